namespace Geopolitics.Model.Errors;

/// <summary>
/// Where an error was found: a file, a line and column (1-based, for text formats), a row (1-based, for tables)
/// and a path inside the value read (for example <c>$.treaties[0].parties[1].consent</c> in a scenario file, or a table's
/// column). Every part is optional.
/// </summary>
/// <param name="File">The file, or <see langword="null"/> when the input did not come from a file.</param>
/// <param name="Line">The 1-based line, or <see langword="null"/>.</param>
/// <param name="Column">The 1-based column, or <see langword="null"/>.</param>
/// <param name="Row">The 1-based data row of a table (the header is row 0), or <see langword="null"/>.</param>
/// <param name="Path">The path inside the value read, or <see langword="null"/>.</param>
public sealed record ErrorLocation(string? File = null, long? Line = null, long? Column = null, long? Row = null, ErrorPath? Path = null)
{
    /// <summary>A location that says nothing.</summary>
    public static ErrorLocation None { get; } = new();

    /// <summary>A location that is only a path inside the value read.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ErrorLocation AtPath(ErrorPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(Path: path);
    }

    /// <summary>Culture-invariant text such as <c>scenario.json(12,5): treaties[0].id</c>.</summary>
    /// <returns>The location as text; empty when nothing is known.</returns>
    public override string ToString()
    {
        var text = File ?? string.Empty;
        if (Line is { } line)
        {
            text += Column is { } column
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({line},{column})")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({line})");
        }
        else if (Row is { } row)
        {
            text += string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[row {row}]");
        }

        if (Path?.ToString() is { Length: > 0 } path)
        {
            text += text.Length == 0 ? path : ": " + path;
        }

        return text;
    }
}
