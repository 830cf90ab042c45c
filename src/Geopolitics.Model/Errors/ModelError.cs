namespace Geopolitics.Model.Errors;

/// <summary>
/// One problem found in data: a stable <see cref="Code"/> from <see cref="ErrorCodes"/>, a full-sentence
/// <see cref="Message"/> and the <see cref="Location"/> where it was found. Errors are values, returned by
/// parsers, loaders and validators; they are never thrown.
/// </summary>
/// <param name="Code">The stable error code, for example <see cref="ErrorCodes.InvalidPartialDate"/>.</param>
/// <param name="Message">A sentence that names what is wrong and the rule it breaks.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record ModelError(string Code, string Message, ErrorLocation Location)
{
    /// <summary>The stable error code, for example <see cref="ErrorCodes.InvalidPartialDate"/>.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>A sentence that names what is wrong and the rule it breaks.</summary>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Where the problem is.</summary>
    public ErrorLocation Location { get; init; } = Location ?? throw new ArgumentNullException(nameof(Location));

    /// <summary>Creates an error with only a path as its location.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="message">The message.</param>
    /// <param name="path">The path inside the value read, or <see langword="null"/>.</param>
    public ModelError(string code, string message, ErrorPath? path)
        : this(
            code ?? throw new ArgumentNullException(nameof(code)),
            message ?? throw new ArgumentNullException(nameof(message)),
            path is null ? ErrorLocation.None : ErrorLocation.AtPath(path))
    {
    }

    /// <summary>Culture-invariant text: <c>location: CODE: message</c>.</summary>
    /// <returns>The error as one line of text.</returns>
    public override string ToString()
    {
        var where = Location.ToString();
        return where.Length == 0 ? $"{Code}: {Message}" : $"{where}: {Code}: {Message}";
    }
}
