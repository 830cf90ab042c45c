namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>A scenario file is not well-formed JSON (a syntax error, a truncated file, an empty file); the location gives the line and column.</summary>
    public const string InvalidJson = "GM1001";

    /// <summary>A scenario file nests objects and arrays deeper than the configured maximum depth.</summary>
    public const string JsonTooDeep = "GM1002";

    /// <summary>A scenario file is larger than the configured maximum number of bytes.</summary>
    public const string JsonTooLarge = "GM1003";

    /// <summary>A scenario file could not be opened or read (missing file, no permission, I/O failure).</summary>
    public const string FileNotReadable = "GM1004";

    /// <summary>A scenario file's <c>formatVersion</c> is not a version this library reads.</summary>
    public const string UnsupportedFormatVersion = "GM1005";

    /// <summary>A JSON value has the wrong type: for example a number where a string is expected, or <c>null</c>.</summary>
    public const string WrongJsonType = "GM1006";

    /// <summary>A JSON object lacks a member that the format requires.</summary>
    public const string MissingProperty = "GM1007";

    /// <summary>A JSON object has a member that the format does not define (often a typo), which would otherwise be lost.</summary>
    public const string UnknownProperty = "GM1008";

    /// <summary>A JSON object has the same member twice, so one of the two values would otherwise be lost.</summary>
    public const string DuplicateProperty = "GM1009";

    /// <summary>The <c>kind</c> of a tagged union (a clause, a transfer item, a rule…) is not one of its closed set of kinds.</summary>
    public const string UnknownKind = "GM1010";

    /// <summary>A string is not one of the names of an enumeration (a confidence, a status, a role…).</summary>
    public const string UnknownEnumValue = "GM1011";

    /// <summary>A value is refused by the model: out of range, badly formed, or impossible together with the object's other members.</summary>
    public const string InvalidValue = "GM1012";
}
