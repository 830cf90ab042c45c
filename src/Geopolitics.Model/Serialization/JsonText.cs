using System.Text.Json;
using System.Text;

using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// The UTF-8 text of a scenario file and what is needed to point into it: the syntax check with its depth limit, and
/// the 1-based line and column of any byte offset or JSON path.
/// </summary>
/// <remarks>
/// Columns count UTF-16 characters from 1, as editors do, so a line with non-ASCII text still points at the right place
/// (<see cref="JsonException.BytePositionInLine"/> counts bytes from 0).
/// </remarks>
internal sealed class JsonText
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private int[]? _lineStarts;

    /// <summary>Wraps the file's bytes, skipping a UTF-8 byte order mark.</summary>
    public JsonText(ReadOnlyMemory<byte> utf8) =>
        _utf8 = utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>The bytes of the JSON text, without a byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>Whether the text holds nothing but white space.</summary>
    public bool IsBlank => _utf8.Span.Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>
    /// Whether the text may hold what <see cref="JsonDocument"/> parses without complaint but cannot read back as text:
    /// bytes that are not UTF-8, or an escape sequence (<c>\u</c>) that could be half of a surrogate pair. Both checks
    /// are vectorised scans, far cheaper than reading the tokens.
    /// </summary>
    public bool MayHoldUndecodableText =>
        !System.Text.Unicode.Utf8.IsValid(_utf8.Span) || _utf8.Span.IndexOf("\\u"u8) >= 0;

    /// <summary>
    /// Reads every token to find the first syntax error or the first container nested deeper than
    /// <paramref name="maxDepth"/>, which <see cref="JsonDocument"/> would report without telling the two apart.
    /// </summary>
    /// <returns><see langword="null"/> when the text is well-formed and shallow enough; otherwise the problem.</returns>
    public (bool TooDeep, string Message, long Line, long Column)? FindSyntaxError(int maxDepth)
    {
        // The reader checks the structure but not every byte of a string; reading one later would throw.
        if (FirstInvalidUtf8() is { } invalid)
        {
            var (line, column) = At(invalid);
            return (false, "a byte is not valid UTF-8; a scenario file is UTF-8 text.", line, column);
        }

        // One more level than allowed, so that the reader lets this check see the container that is too deep.
        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    var (line, column) = At(reader.TokenStartIndex);
                    return (true, string.Empty, line, column);
                }

                // An escaped lone surrogate ("\uD800") passes the reader but cannot become text.
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !CanDecode(ref reader))
                {
                    var (line, column) = At(reader.TokenStartIndex);
                    return (false, "a string escapes half of a UTF-16 surrogate pair, which is not text.", line, column);
                }
            }
        }
        catch (JsonException exception)
        {
            var (line, column) = AtLine(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return (false, ReaderMessage(exception.Message), line, column);
        }

        return null;
    }

    private static bool CanDecode(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private int? FirstInvalidUtf8()
    {
        var span = _utf8.Span;
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return null;
        }

        for (var at = 0; at < span.Length;)
        {
            if (Rune.DecodeFromUtf8(span[at..], out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += length;
        }

        return null;
    }

    /// <summary>The 1-based line and column of the byte at <paramref name="offset"/>.</summary>
    public (long Line, long Column) At(long offset)
    {
        var starts = LineStarts();
        var line = Array.BinarySearch(starts, (int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, Column(starts[line], (int)offset));
    }

    /// <summary>
    /// Finds where each of <paramref name="paths"/> is: a member at its name, an array element at its value. A member
    /// given twice has a first and a last occurrence; otherwise the two are the same.
    /// </summary>
    public Dictionary<ErrorPath, (long Offset, long LastOffset)> Locate(IReadOnlySet<ErrorPath> paths)
    {
        var found = new Dictionary<ErrorPath, (long Offset, long LastOffset)>();
        if (paths.Count == 0)
        {
            return found;
        }

        // Only the containers on the way to a wanted path are walked into; the others are skipped whole, so that
        // locating costs one pass over the text and no path is built for values nobody asked about, however deep.
        var ancestors = new HashSet<ErrorPath>();
        foreach (var wanted in paths)
        {
            var parent = wanted.Parent;
            while (parent is not null && ancestors.Add(parent))
            {
                parent = parent.Parent;
            }
        }

        // The path of each open container, and for arrays the index of the next element.
        var containers = new Stack<(ErrorPath Path, bool IsArray, int Next)>();
        ErrorPath? member = null;
        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = int.MaxValue });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                member = containers.Peek().Path.Member(reader.GetString()!);
                Record(member, reader.TokenStartIndex);
                continue;
            }

            ErrorPath path;
            if (containers.Count == 0)
            {
                path = ErrorPath.DocumentRoot;
                Record(path, reader.TokenStartIndex);
            }
            else if (containers.Peek().IsArray)
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }

                var (parent, _, next) = containers.Pop();
                containers.Push((parent, true, next + 1));
                path = parent.Element(next);
                Record(path, reader.TokenStartIndex);
            }
            else
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    containers.Pop();
                    continue;
                }

                path = member!;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (ancestors.Contains(path))
                {
                    containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return found;

        void Record(ErrorPath path, long offset)
        {
            if (paths.Contains(path))
            {
                found[path] = found.TryGetValue(path, out var first) ? (first.Offset, offset) : (offset, offset);
            }
        }
    }

    private (long Line, long Column) AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var starts = LineStarts();
        var line = (int)Math.Min(zeroBasedLine, starts.Length - 1);
        var offset = (int)Math.Min(starts[line] + bytePositionInLine, _utf8.Length);
        return (line + 1, Column(starts[line], offset));
    }

    private long Column(int lineStart, int offset) =>
        Encoding.UTF8.GetCharCount(_utf8.Span[lineStart..Math.Max(lineStart, offset)]) + 1;

    private int[] LineStarts()
    {
        if (_lineStarts is null)
        {
            var starts = new List<int> { 0 };
            var span = _utf8.Span;
            for (var next = span.IndexOf((byte)'\n'); next >= 0; next = span[starts[^1]..].IndexOf((byte)'\n'))
            {
                starts.Add(starts[^1] + next + 1);
            }

            _lineStarts = [.. starts];
        }

        return _lineStarts;
    }

    // The reader appends the location to its messages; the error carries it separately.
    private static string ReaderMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal).Trim();
    }
}
