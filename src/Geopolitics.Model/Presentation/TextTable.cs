using System.Text;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// A plain-text table with a header row, a rule and left-aligned columns two spaces apart, cells written invariantly
/// and trailing spaces trimmed: the tables of <see cref="AnswerText"/> and of the tool's report.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public TextTable Add(params object?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add([.. cells.Select(cell => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)]);
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        var widths = _headers.Select((header, i) => _rows.Select(row => row[i].Length).Append(header.Length).Max()).ToArray();
        WriteRow(writer, _headers, widths);
        WriteRow(writer, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
