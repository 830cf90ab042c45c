using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;

namespace Geopolitics.Model.Tests.Fuzzing;

/// <summary>What a corpus holds, which decides the structural mutations.</summary>
internal enum FileShape
{
    /// <summary>JSON documents: mutations of the tree.</summary>
    Json,

    /// <summary>Delimited tables (comma or semicolon): mutations of rows, columns and fields.</summary>
    Table,
}

/// <summary>
/// A seeded random mutator of files, for fuzzing loaders: input number <c>n</c> of seed <c>s</c> is always the same
/// bytes, so any finding is reproduced from the two numbers. Half the mutations work on bytes (bit flips, random and
/// "interesting" bytes, insertions, deletions, duplications, truncations, splices of two corpus files, runs of
/// brackets); the other half on the structure of a corpus file, which gets past the syntax checks into the readers and
/// the validators. For JSON: values of the wrong type or out of range, members removed or renamed, array elements
/// duplicated, removed or swapped, values moved elsewhere, texts blanked, lengthened or made odd. For tables: columns
/// swapped (header only, or header and values), dropped or duplicated, rows duplicated, dropped or cut, fields set to
/// hostile values, delimiters and line ends changed.
/// </summary>
/// <remarks>Used by the loaders' fuzzing tests of both test projects (linked into the datasets' tests).</remarks>
internal sealed class FileMutator
{
    private static readonly byte[] InterestingBytes = [(byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)',', (byte)'\\', (byte)'-', (byte)'0', (byte)'9', (byte)'e', (byte)'.', (byte)' ', (byte)'\n', 0x00, 0x7F, 0x80, 0xC0, 0xED, 0xEF, 0xBB, 0xBF, 0xF4, 0xFE, 0xFF];

    private static readonly string[] Tokens = ["null", "true", "false", "0", "-0", "-1", "1e999", "-1e999", "1.5", "79228162514264337593543950336", "2147483648", "\"\"", "\" \"", "[]", "{}", "\"\\uD800\"", "\"\\u0000\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2024-02-30\"", "\"P-1D\"", "\"P99999Y\"", "NaN", "[[[[[[[[[[", "\"ZZZ\""];

    private static readonly string[] Texts = ["", " ", "ZZZ", "RUS", "rus", "PRK", "2024", "2024-13", "0000", "P1Y", "P0D", "unknown", "confirmed", "mutualDefence", "https://example.org", "not a url", "\u00e9\u0301", "\U0001F600", "a\u0000b", new string('x', 300)];

    private static readonly string[] Fields = ["", " ", "NA", ".", "-9", "-1", "0", "1", "13", "32", "1e999", "NaN", "99999999999999999999", "2147483648", "-2147483649", "1.5", "abc", "\"", "\"\"", "?", "9999", "0000", "Ünïcödé", new string('9', 400),

        // Issue 15: sums that overflow, a NUL after a number, a quoted line break, controls.
        "2000000000", "2147483647", "79228162514264337593543950335", "1005\0", "\"1\n2\"", "\u001B[31m", "\uFFFE"];

    private readonly byte[][] _corpus;
    private readonly JsonNode?[] _trees;
    private readonly FileShape _shape;

    public FileMutator(IEnumerable<byte[]> corpus, FileShape shape = FileShape.Json)
    {
        _corpus = [.. corpus];
        if (_corpus.Length == 0)
        {
            throw new ArgumentException("The corpus is empty.", nameof(corpus));
        }

        _shape = shape;
        _trees = shape == FileShape.Json ? [.. _corpus.Select(bytes => JsonNode.Parse(bytes))] : [];
    }

    /// <summary>Input number <paramref name="index"/> of <paramref name="seed"/>, with a short description of how it was made.</summary>
    public (byte[] Bytes, string How) Input(int seed, long index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var source = random.Next(_corpus.Length);
        var steps = random.Next(1, 4);
        var how = new StringBuilder($"corpus[{source}]");
        byte[] bytes;
        var structural = random.Next(2) == 0;
        if (structural && _shape == FileShape.Table)
        {
            var table = Encoding.UTF8.GetString(_corpus[source]);
            for (var i = 0; i < steps; i++)
            {
                (table, var step) = MutateTable(random, table);
                how.Append(' ').Append(step);
            }

            bytes = Encoding.UTF8.GetBytes(table);
        }
        else if (structural)
        {
            var tree = _trees[source]!.DeepClone();
            var raw = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < steps; i++)
            {
                how.Append(' ').Append(MutateTree(random, tree, raw));
            }

            var text = tree.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 });
            foreach (var (placeholder, value) in raw)
            {
                text = text.Replace($"\"{placeholder}\"", value, StringComparison.Ordinal);
            }

            bytes = Encoding.UTF8.GetBytes(text);
        }
        else
        {
            bytes = _corpus[source];
            for (var i = 0; i < steps; i++)
            {
                (bytes, var step) = MutateBytes(random, bytes);
                how.Append(' ').Append(step);
            }
        }

        return (bytes, how.ToString());
    }

    private (byte[], string) MutateBytes(Random random, byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        switch (random.Next(10))
        {
            case 0 when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                var bit = random.Next(8);
                flipped[at] ^= (byte)(1 << bit);
                return (flipped, $"flip@{at}.{bit}");
            case 1 when bytes.Length > 0:
                var set = (byte[])bytes.Clone();
                set[at] = (byte)random.Next(256);
                return (set, $"byte@{at}");
            case 2 when bytes.Length > 0:
                var interesting = (byte[])bytes.Clone();
                interesting[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                return (interesting, $"interesting@{at}");
            case 3:
                var token = Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
                return ([.. bytes.AsSpan(0, at), .. token, .. bytes.AsSpan(at)], $"insert@{at}");
            case 4 when bytes.Length > 0:
                var length = Math.Min(bytes.Length - at, 1 + random.Next(random.Next(2) == 0 ? 8 : 512));
                return ([.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)], $"delete@{at}+{length}");
            case 5 when bytes.Length > 0:
                var from = random.Next(bytes.Length);
                var count = Math.Min(bytes.Length - from, 1 + random.Next(512));
                return ([.. bytes.AsSpan(0, at), .. bytes.AsSpan(from, count), .. bytes.AsSpan(at)], $"duplicate@{from}+{count}->{at}");
            case 6:
                return (bytes[..at], $"truncate@{at}");
            case 7:
                var other = _corpus[random.Next(_corpus.Length)];
                var cut = other.Length == 0 ? 0 : random.Next(other.Length);
                return ([.. bytes.AsSpan(0, at), .. other.AsSpan(cut)], $"splice@{at}<-{cut}");
            case 8:
                var run = Encoding.UTF8.GetBytes(new string(random.Next(2) == 0 ? '[' : '{', random.Next(1, 200)));
                return ([.. bytes.AsSpan(0, at), .. run, .. bytes.AsSpan(at)], $"run@{at}x{run.Length}");
            default:
                return bytes.Length >= 3 && random.Next(2) == 0
                    ? ([.. "\uFEFF"u8, .. bytes], "bom")
                    : ([.. bytes.AsSpan(0, at), (byte)random.Next(256), .. bytes.AsSpan(at)], $"random-byte@{at}");
        }
    }

    private static string MutateTree(Random random, JsonNode root, Dictionary<string, string> raw)
    {
        var nodes = Descendants(root).ToList();
        var (node, parent, key) = nodes[random.Next(nodes.Count)];
        if (parent is null)
        {
            return "root-kept";
        }

        var path = node?.GetPath() ?? $"{parent.GetPath()}[{key}]";

        switch (random.Next(8))
        {
            case 0:
                var placeholder = $"__raw{raw.Count}__";
                raw[placeholder] = Tokens[random.Next(Tokens.Length)];
                Replace(parent, key, JsonValue.Create(placeholder));
                return $"token@{path}";
            case 1:
                Replace(parent, key, JsonValue.Create(Texts[random.Next(Texts.Length)]));
                return $"text@{path}";
            case 2 when parent is JsonObject obj:
                obj.Remove((string)key);
                return $"remove@{path}";
            case 3 when parent is JsonObject obj:
                var name = (string)key;
                var value = obj[name];
                obj.Remove(name);
                var renamed = random.Next(3) switch { 0 => name.ToUpperInvariant(), 1 => name + "s", _ => Texts[random.Next(Texts.Length)] };
                obj[renamed] = value;
                return $"rename@{path}";
            case 4 when parent is JsonArray array:
                array.Insert((int)key, node?.DeepClone());
                return $"duplicate-element@{path}";
            case 5 when parent is JsonArray array && array.Count > 1:
                var other = random.Next(array.Count);
                var swapped = array[other]?.DeepClone();
                array[other] = node?.DeepClone();
                array[(int)key] = swapped;
                return $"swap@{path}";
            case 6:
                var (elsewhere, _, _) = nodes[random.Next(nodes.Count)];
                Replace(parent, key, elsewhere?.DeepClone());
                return $"move@{elsewhere?.GetPath()}->{path}";
            default:
                if (parent is JsonArray list)
                {
                    list.RemoveAt((int)key);
                    return $"remove-element@{path}";
                }

                Replace(parent, key, JsonValue.Create(random.Next(2) == 0 ? -random.Next(1000) : random.NextDouble() * 1e6));
                return $"number@{path}";
        }
    }

    private static (string, string) MutateTable(Random random, string text)
    {
        var delimiter = text.Count(c => c == ';') > text.Count(c => c == ',') ? ';' : ',';
        var lineEnd = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(lineEnd).ToList();
        if (lines.Count == 0)
        {
            return (text, "empty");
        }

        // The header is the first line with the most delimiters: files may open with notes.
        var header = lines.Select((line, index) => (Count: line.Count(c => c == delimiter), index)).MaxBy(x => x.Count).index;
        var row = random.Next(lines.Count);
        var cells = lines.Select(line => line.Split(delimiter).ToList()).ToList();
        var width = cells[header].Count;
        var a = random.Next(width);
        var b = random.Next(width);
        string how;
        switch (random.Next(10))
        {
            case 0:
                (cells[header][a], cells[header][b]) = (cells[header][b], cells[header][a]);
                how = $"swap-header@{a},{b}";
                break;
            case 1:
                foreach (var line in cells.Skip(header).Where(line => line.Count > Math.Max(a, b)))
                {
                    (line[a], line[b]) = (line[b], line[a]);
                }

                how = $"swap-columns@{a},{b}";
                break;
            case 2:
                foreach (var line in cells.Skip(header).Where(line => line.Count > a))
                {
                    line.RemoveAt(a);
                }

                how = $"drop-column@{a}";
                break;
            case 3:
                cells[header][a] = cells[header][b];
                how = $"duplicate-header@{b}->{a}";
                break;
            case 4:
                cells.Insert(row, [.. cells[row]]);
                how = $"duplicate-row@{row}";
                break;
            case 5 when cells.Count > 1:
                cells.RemoveAt(row);
                how = $"drop-row@{row}";
                break;
            case 6:
                var line6 = cells[row];
                line6.RemoveRange(Math.Min(a, line6.Count), line6.Count - Math.Min(a, line6.Count));
                how = $"cut-row@{row}:{a}";
                break;
            case 7:
                cells[row].Add(Fields[random.Next(Fields.Length)]);
                how = $"extra-field@{row}";
                break;
            case 8:
                var target = cells[row];
                var column = random.Next(target.Count);
                target[column] = Fields[random.Next(Fields.Length)];
                how = $"field@{row}:{column}";
                break;
            default:
                var joined = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", cells.Select(line => string.Join(delimiter, line)));
                return (random.Next(2) == 0 ? joined.Replace(delimiter, delimiter == ',' ? ';' : ',') : joined + lineEnd + lineEnd, "delimiters-or-line-ends");
        }

        return (string.Join(lineEnd, cells.Select(line => string.Join(delimiter, line))), how);
    }

    private static void Replace(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private static IEnumerable<(JsonNode? Node, JsonNode? Parent, object Key)> Descendants(JsonNode root)
    {
        var pending = new Stack<(JsonNode? Node, JsonNode? Parent, object Key)>();
        pending.Push((root, null, string.Empty));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            switch (current.Node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        pending.Push((value, obj, name));
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        pending.Push((array[i], array, i));
                    }

                    break;
            }
        }
    }
}
