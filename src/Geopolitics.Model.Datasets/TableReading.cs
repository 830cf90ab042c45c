using System.Globalization;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets;

/// <summary>The error codes a dataset's reader reports, so that ATOP and COW share the parsing code but keep their codes.</summary>
internal sealed record TableCodes(string FileUnreadable, string MissingColumn, string InvalidNumber, string InvalidDate, string InvalidFlag, string UnterminatedQuote)
{
    /// <summary>The code of a date before <see cref="FirstYear"/>, the first year the dataset covers; none when it has no such bound.</summary>
    public string? DateBeforeCoverage { get; init; }

    /// <summary>The first year the dataset covers (ATOP 1815, COW 1816).</summary>
    public int FirstYear { get; init; }

    /// <summary>What the dataset's first year is, for the message: <c>the first year ATOP covers</c>.</summary>
    public string? FirstYearMeaning { get; init; }

    /// <summary>The year columns held to <see cref="FirstYear"/>, or <see langword="null"/> for all (COW: the membership's, since an alliance may begin before 1816).</summary>
    public IReadOnlySet<string>? CoverageColumns { get; init; }
}

/// <summary>Reads typed cells from the rows of one comma-separated file, recording every problem as a located <see cref="ModelError"/>.</summary>
internal sealed class TableReading
{
    // How many characters of a cell an error message quotes.
    private const int MaxQuoted = 80;

    private readonly TableCodes _codes;

    public TableReading(string file, TableCodes codes)
    {
        File = file;
        _codes = codes;
    }

    public string File { get; }

    public static SepReaderOptions Options { get; } = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true });

    public TableCodes Codes => _codes;

    public ModelError Error(string code, int row, long line, string? column, string message) =>
        new(code, message, new ErrorLocation(File: File, Line: line, Row: row, Path: Column(column)));

    /// <summary>The path of a row's cell: the column, a member of the row.</summary>
    public static ErrorPath? Column(string? name) => string.IsNullOrEmpty(name) ? null : ErrorPath.OfMember(name);

    public ModelError FileError(string message) => new(_codes.FileUnreadable, message, new ErrorLocation(File: File));

    /// <summary>The column indexes of <paramref name="required"/> and <paramref name="optional"/> (−1 for a missing optional column), or the missing-column errors.</summary>
    public Dictionary<string, int> Columns(SepReader reader, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ModelError> errors)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in required)
        {
            if (reader.Header.TryIndexOf(name, out var index))
            {
                indexes[name] = index;
            }
            else
            {
                errors.Add(new ModelError(
                    _codes.MissingColumn,
                    $"The header of '{File}' has no column '{name}'; the importer needs it, so nothing is imported from this file.",
                    new ErrorLocation(File: File, Line: 1, Row: 0, Path: Column(name))));
            }
        }

        foreach (var name in optional)
        {
            indexes[name] = reader.Header.TryIndexOf(name, out var index) ? index : -1;
        }

        return indexes;
    }

    /// <summary>
    /// The line on which a quote of the row opens and is never closed, or <see langword="null"/>. Sep reads such a quote
    /// to the end of the file as one field, so a whole file would be lost as one rejected row.
    /// </summary>
    /// <param name="raw">The row's text as in the file, quotes included.</param>
    /// <param name="firstLine">The line the row starts on.</param>
    public static long? UnclosedQuoteLine(ReadOnlySpan<char> raw, long firstLine)
    {
        if (!raw.Contains('"'))
        {
            return null;
        }

        // Every quote toggles quoting, a doubled quote inside a field included, so the last opening one is unclosed
        // exactly when the count is odd.
        var open = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '"')
            {
                open = open < 0 ? i : -1;
            }
        }

        return open < 0 ? null : firstLine + raw[..open].Count('\n');
    }

    /// <summary>
    /// The error that fails an import whose row starting on <paramref name="firstLine"/> holds a quote never closed, the
    /// last opening on <paramref name="opened"/>. It is located at the row's first line: the quote that broke the row is
    /// there or after it, since every quote before the row was closed.
    /// </summary>
    public static ModelError UnclosedQuote(string code, string file, long opened, long firstLine, int row) =>
        new(
            code,
            string.Create(CultureInfo.InvariantCulture, $"The row starting on line {firstLine} opens a quote that is never closed (the last quote opens on line {opened}), so the rest of the file would read as one field and its rows would be lost; nothing is imported. Close the quote, or double it (\"\") inside a quoted field."),
            new ErrorLocation(File: file, Line: firstLine, Row: row));

    /// <summary>The error of <see cref="UnclosedQuote(string, string, long, long, int)"/> for this table's file and codes, or <see langword="null"/> when the row's quotes are closed.</summary>
    public ModelError? UnclosedQuote(SepReader.Row row) =>
        UnclosedQuoteLine(row.Span, row.LineNumberFrom) is { } opened ? UnclosedQuote(_codes.UnterminatedQuote, File, opened, row.LineNumberFrom, row.RowIndex) : null;

    /// <summary>
    /// A note (with <paramref name="code"/>) when the row holds U+FFFD, which the UTF-8 reader puts for bytes that are
    /// not UTF-8: without it the replaced text would be imported as if it were the file's.
    /// </summary>
    public ModelError? InvalidUtf8(SepReader.Row row, IReadOnlyList<string> header, string code)
    {
        if (!row.Span.Contains('\uFFFD'))
        {
            return null;
        }

        var column = 0;
        while (column < row.ColCount - 1 && !row[column].Span.Contains('\uFFFD'))
        {
            column++;
        }

        var name = column < header.Count ? header[column] : null;
        return Error(code, row.RowIndex, row.LineNumberFrom, name, $"The row holds bytes that are not UTF-8 (read as U+FFFD){(name is null ? string.Empty : $" in '{name}'")}; the file should be UTF-8, so that text is not the file's own.");
    }

    /// <summary>Whether a number's cell holds a NUL, which .NET's parsers skip at its end (<c>1005\0</c> would read as 1005).</summary>
    public static bool HasNul(ReadOnlySpan<char> cell) => cell.Contains('\0');

    public static ReadOnlySpan<char> Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span.Trim() : [];

    /// <summary>A text from the file, or a reader's message quoting it, cut to a length an error message can carry.</summary>
    public static string Shortened(string text) => InputText.Shortened(text, 4 * MaxQuoted);

    /// <summary>A cell as an error message quotes it: <c>blank</c>, or in quotes, shortened and on one line (<see cref="InputText"/>).</summary>
    public static string Text(ReadOnlySpan<char> cell) =>
        cell.Length == 0 ? "blank"
        : cell.Length <= MaxQuoted ? $"'{InputText.Escaped(cell)}'"

        // A hostile file must not make its errors as large as itself: quote the start and give the length.
        : string.Create(CultureInfo.InvariantCulture, $"'{InputText.Escaped(cell[..(MaxQuoted - 16)])}…' ({cell.Length} characters)");

    public bool TryInt(SepReader.Row row, int index, string column, List<ModelError> errors, out int value)
    {
        var cell = Cell(row, index);
        value = 0;
        if (!HasNul(cell) && int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        errors.Add(Error(_codes.InvalidNumber, row.RowIndex, row.LineNumberFrom, column, $"'{column}' is {Text(cell)}; it must be a whole number."));
        return false;
    }

    /// <summary>Reads a whole number that may be blank (then <see langword="null"/>); a missing column reads as blank.</summary>
    public bool TryOptionalInt(SepReader.Row row, int index, string column, List<ModelError> errors, out int? value)
    {
        var cell = Cell(row, index);
        if (cell.Length == 0)
        {
            value = null;
            return true;
        }

        if (!HasNul(cell) && int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        value = null;
        errors.Add(Error(_codes.InvalidNumber, row.RowIndex, row.LineNumberFrom, column, $"'{column}' is {Text(cell)}; it must be a whole number or blank."));
        return false;
    }

    /// <summary>Reads a 0/1 flag; blank reads as <see langword="null"/> when <paramref name="blankAllowed"/>.</summary>
    public bool TryFlag(SepReader.Row row, int index, string column, bool blankAllowed, List<ModelError> errors, out bool? value)
    {
        var cell = Cell(row, index);
        value = cell switch
        {
            "0" => false,
            "1" => true,
            _ => null,
        };
        if (value is not null || (cell.Length == 0 && blankAllowed))
        {
            return true;
        }

        errors.Add(Error(_codes.InvalidFlag, row.RowIndex, row.LineNumberFrom, column, $"'{column}' is {Text(cell)}; it must be 0 or 1{(blankAllowed ? " or blank" : string.Empty)}."));
        return false;
    }

    /// <summary>
    /// Reads a date from year, month and day columns: a blank day gives a year-month date, a blank month (and day) a
    /// year. When <paramref name="zeroMeansNone"/>, all three 0 (ATOP) read as no date; when <paramref name="blankMeansNone"/>,
    /// all three blank (COW) read as no date.
    /// </summary>
    public bool TryDate(
        SepReader.Row row,
        (int Year, int Month, int Day) indexes,
        (string Year, string Month, string Day) names,
        bool zeroMeansNone,
        bool blankMeansNone,
        List<ModelError> errors,
        out PartialDate? date)
    {
        date = null;
        var yearCell = Cell(row, indexes.Year);
        var monthCell = Cell(row, indexes.Month);
        var dayCell = Cell(row, indexes.Day);
        if (blankMeansNone && yearCell.Length == 0 && monthCell.Length == 0 && dayCell.Length == 0)
        {
            return true;
        }

        if (!TryPart(row, yearCell, names.Year, errors, out var year) ||
            !TryPart(row, monthCell, names.Month, errors, out var month) ||
            !TryPart(row, dayCell, names.Day, errors, out var day))
        {
            return false;
        }

        if (zeroMeansNone && year == 0 && month is null or 0 && day is null or 0)
        {
            return true;
        }

        string? problem = year is not { } y ? $"'{names.Year}' is blank"
            : y is < 1 or > 9999 ? $"'{names.Year}' ({y}) is not a year"
            : month is not { } m ? (day is not null ? $"'{names.Day}' is given without '{names.Month}'" : null)
            : m is < 1 or > 12 ? $"'{names.Month}' ({m}) is not a month"
            : day is { } d && (d < 1 || d > NodaTime.CalendarSystem.Iso.GetDaysInMonth(y, m)) ? $"'{names.Day}' ({d}) is not a day of {y:D4}-{m:D2}"
            : null;
        if (problem is not null)
        {
            errors.Add(Error(_codes.InvalidDate, row.RowIndex, row.LineNumberFrom, names.Year, string.Create(CultureInfo.InvariantCulture, $"{problem}, so '{names.Year}/{names.Month}/{names.Day}' is not a date.")));
            return false;
        }

        // A year before the dataset's coverage is no real entry (a year 1 would also make tables of two thousand years
        // for each pair): the row is rejected with its own code.
        if (_codes.DateBeforeCoverage is { } beforeCoverage && year < _codes.FirstYear && _codes.CoverageColumns?.Contains(names.Year) != false)
        {
            errors.Add(Error(beforeCoverage, row.RowIndex, row.LineNumberFrom, names.Year, string.Create(CultureInfo.InvariantCulture, $"'{names.Year}' ({year}) is before {_codes.FirstYear}, {_codes.FirstYearMeaning}, so the row is rejected.")));
            return false;
        }

        date = month is not { } mm ? new PartialDate(year!.Value)
            : day is not { } dd ? new PartialDate(year!.Value, mm)
            : new PartialDate(year!.Value, mm, dd);
        return true;
    }

    private bool TryPart(SepReader.Row row, ReadOnlySpan<char> cell, string column, List<ModelError> errors, out int? value)
    {
        value = null;
        if (cell.Length == 0)
        {
            return true;
        }

        if (!HasNul(cell) && int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        errors.Add(Error(_codes.InvalidNumber, row.RowIndex, row.LineNumberFrom, column, $"'{column}' is {Text(cell)}; it must be a whole number."));
        return false;
    }
}
