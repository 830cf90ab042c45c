using System.Text;

namespace Geopolitics.Model.Tests.Actors;

/// <summary>
/// A small RFC 4180 reader for the raw dataset copies under <c>data/</c>: quoted fields (with commas, doubled quotes
/// and line breaks), LF, CRLF or CR-only line endings, UTF-8 with or without a byte-order mark.
/// </summary>
internal sealed class RawCsv
{
    private readonly Dictionary<string, int> _columns;

    private RawCsv(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    public static RawCsv Read(params string[] pathUnderData)
    {
        var path = DataPath(pathUnderData);
        var records = Parse(File.ReadAllText(path, Encoding.UTF8), path);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        var header = records[0];
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Length != header.Length)
            {
                throw new InvalidDataException($"{path}, record {i}: {records[i].Length} fields, the header has {header.Length}.");
            }
        }

        return new RawCsv(header, records.GetRange(1, records.Count - 1));
    }

    public string Get(string[] row, string column) =>
        _columns.TryGetValue(column, out var index) ? row[index] : throw new KeyNotFoundException($"No column '{column}'.");

    private static List<string[]> Parse(string text, string path)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case '"':
                    throw new InvalidDataException($"{path}: a quote inside an unquoted field at character {i}.");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new InvalidDataException($"{path}: the file ends inside a quoted field.");
        }

        // The last record may lack a final line break.
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
