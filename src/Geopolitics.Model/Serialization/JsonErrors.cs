using System.Globalization;
using System.Text.Json;
using System.Text;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime.Text;
using NodaTime;

namespace Geopolitics.Model.Serialization;

/// <summary>One problem found while reading a scenario file, located by JSON path until line and column are known.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Message">The message.</param>
/// <param name="Path">The JSON path of the value at fault.</param>
/// <param name="Anchor">The path whose position in the text locates the error (the object, for a missing member).</param>
/// <param name="AtLastOccurrence">Whether to point at the last of several members with this path (for a duplicate).</param>
internal sealed record JsonError(string Code, string Message, ErrorPath Path, ErrorPath Anchor, bool AtLastOccurrence);

/// <summary>
/// Collects the problems found while reading a scenario file, and reads the leaf values of the format (text, numbers,
/// dates, ISO periods, URLs, enumeration names), reporting each bad one at its path.
/// </summary>
internal sealed class JsonErrors
{
    // The characters of a URL scheme (RFC 3986, section 3.1).
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    // How many characters of a value from the file an error message quotes.
    private const int MaxShown = 80;

    private readonly List<JsonError> _errors = [];

    // One reader per enumeration, made on first use.
    private readonly Dictionary<object, object> _enumReaders = [];

    /// <summary>The number of problems so far.</summary>
    public int Count => _errors.Count;

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<JsonError> Errors => _errors;

    /// <summary>The room the document's objects are read in.</summary>
    public JsonMembers.Workspace Workspace { get; } = new();

    /// <summary>Records a problem.</summary>
    public void Report(string code, string message, ErrorPath path, ErrorPath? anchor = null, bool atLastOccurrence = false) =>
        _errors.Add(new JsonError(code, message, path, anchor ?? path, atLastOccurrence));

    /// <summary>Records a problem with the value at <paramref name="path"/>.</summary>
    public void Report(string code, string message, JsonPathRef path) => Report(code, message, path.ToErrorPath());

    /// <summary>Records that the value at <paramref name="path"/> is not of the type expected.</summary>
    public void WrongType(JsonElement element, JsonPathRef path, string expected) =>
        Report(
            ErrorCodes.WrongJsonType,
            element.ValueKind == JsonValueKind.Null
                ? $"'{path}' is null; expected {expected}. Leave an optional member out rather than setting it to null."
                : $"'{path}' is {Describe(element.ValueKind)}; expected {expected}.",
            path);

    /// <summary>Reads text.</summary>
    public string? String(JsonElement element, JsonPathRef path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            WrongType(element, path, "a string");
            return null;
        }

        return element.GetString()!;
    }

    /// <summary>Reads <see langword="true"/> or <see langword="false"/>.</summary>
    public bool Boolean(JsonElement element, JsonPathRef path)
    {
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(element, path, "true or false");
            return false;
        }

        return element.GetBoolean();
    }

    /// <summary>Reads a whole number that fits in 32 bits.</summary>
    public int Integer(JsonElement element, JsonPathRef path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            WrongType(element, path, "a whole number");
            return 0;
        }

        if (!element.TryGetInt32(out var value))
        {
            Report(ErrorCodes.InvalidValue, $"'{path}' is {Shown(element.GetRawText())}; expected a whole number between {int.MinValue} and {int.MaxValue}.", path);
        }

        return value;
    }

    /// <summary>Reads a decimal number (up to 28 significant digits).</summary>
    public decimal Decimal(JsonElement element, JsonPathRef path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            WrongType(element, path, "a number");
            return 0m;
        }

        if (!element.TryGetDecimal(out var value))
        {
            Report(ErrorCodes.InvalidValue, $"'{path}' is {Shown(element.GetRawText())}, which is beyond the range of a decimal number (about ±7.9e28).", path);
        }
        else if (value == 0m && IsNonZero(element.GetRawText()))
        {
            // 1e-30 reads as 0: an amount would silently vanish.
            Report(ErrorCodes.InvalidValue, $"'{path}' is {Shown(element.GetRawText())}, which is not zero but smaller than the smallest step of a decimal number (1e-28), so it would be read as 0.", path);
        }

        return value;
    }

    /// <summary>Whether a JSON number's digits before its exponent are not all zeros.</summary>
    private static bool IsNonZero(string number)
    {
        foreach (var c in number)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a finite floating-point number.</summary>
    public double Double(JsonElement element, JsonPathRef path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            WrongType(element, path, "a number");
            return 0d;
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            Report(ErrorCodes.InvalidValue, $"'{path}' is {Shown(element.GetRawText())}, which is not a finite number.", path);
        }

        return value;
    }

    /// <summary>Reads a date known to the year, month or day: <c>"2024"</c>, <c>"2024-06"</c>, <c>"2024-06-19"</c>.</summary>
    public PartialDate Date(JsonElement element, JsonPathRef path)
    {
        // A well-formed date is read from the file's bytes, without a string: at most ten ASCII characters between
        // quotes, unescaped. Anything else takes the way below, which says what is wrong.
        if (element.ValueKind == JsonValueKind.String)
        {
            var raw = JsonRuntime.RawValue(element);
            Span<char> chars = stackalloc char[10];
            if (raw.Length is >= 2 and <= 12 && raw[0] == '"' && raw[^1] == '"' && raw.IndexOf((byte)'\\') < 0 &&
                Ascii.ToUtf16(raw[1..^1], chars, out var length) == System.Buffers.OperationStatus.Done &&
                PartialDate.TryParse(chars[..length], out var parsed))
            {
                return parsed;
            }
        }

        var text = String(element, path);
        if (text is null)
        {
            return default;
        }

        if (!PartialDate.TryParse(text, out var date))
        {
            Report(
                ErrorCodes.InvalidPartialDate,
                $"'{path}' is '{Shown(text)}', which is not a date: expected an ISO 8601 year, year-month or date such as '2024', '2024-06' or '2024-06-19', with a real month and day.",
                path);
        }

        return date;
    }

    /// <summary>Reads a day: an ISO 8601 date such as <c>"2024-06-19"</c>, a date known to the day.</summary>
    public LocalDate Day(JsonElement element, JsonPathRef path)
    {
        var before = Count;
        var date = Date(element, path);
        if (Count > before)
        {
            return default;
        }

        if (date.Precision != DatePrecision.Day)
        {
            Report(ErrorCodes.InvalidPartialDate, $"'{path}' is '{date}', a date known only to the {JsonEnums.Name(date.Precision)}; expected a day such as '2024-06-19'.", path);
            return default;
        }

        return date.Start;
    }

    /// <summary>Reads an ISO 8601 period of years, months, weeks and days: <c>"P1Y"</c>, <c>"P20Y"</c>, <c>"P90D"</c>.</summary>
    public Period? Period(JsonElement element, JsonPathRef path)
    {
        var text = String(element, path);
        if (text is null)
        {
            return null;
        }

        // The round-trip pattern keeps every unit as written (P2W stays two weeks), so a period reads back equal.
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success)
        {
            Report(
                ErrorCodes.InvalidValue,
                $"'{path}' is '{Shown(text)}', which is not an ISO 8601 period: expected text such as 'P1Y', 'P6M', 'P2W' or 'P90D'.",
                path);
            return null;
        }

        return result.Value;
    }

    /// <summary>Reads an absolute URL.</summary>
    public Uri? Url(JsonElement element, JsonPathRef path)
    {
        var text = String(element, path);
        if (text is null)
        {
            return null;
        }

        // A scheme is required (a Unix path would otherwise pass as a file URL), and no white space, as in an IRI.
        if (!HasScheme(text) || text.Any(char.IsWhiteSpace) || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            Report(ErrorCodes.InvalidValue, $"'{path}' is '{Shown(text)}', which is not an absolute URL such as 'https://example.org/report'.", path);
            return null;
        }

        return url;
    }

    /// <summary>Reads one of the names of an enumeration.</summary>
    public JsonValueReader<T> Enum<T>(JsonEnum<T> names)
        where T : struct, System.Enum
    {
        if (!_enumReaders.TryGetValue(names, out var reader))
        {
            reader = (JsonValueReader<T>)((element, path) => EnumValue(element, path, names));
            _enumReaders.Add(names, reader);
        }

        return (JsonValueReader<T>)reader;
    }

    /// <summary>Reads an identifier, checked with the id type's own rule before it is built.</summary>
    /// <remarks>
    /// Upper-case identifiers name actors and places, which a file repeats in fact after fact: each distinct one is read
    /// once per document and then found by its bytes (<see cref="JsonIdCache{T}"/>).
    /// </remarks>
    public JsonValueReader<T> Id<T>(Func<string?, bool> isValid, Func<string, T> create, string what, bool upperCase)
        where T : struct
    {
        T Read(JsonElement element, JsonPathRef path)
        {
            var text = String(element, path);
            if (text is null)
            {
                return default;
            }

            if (!isValid(text))
            {
                Report(
                    ErrorCodes.InvalidIdentifier,
                    $"'{path}' is '{Shown(text)}', which is not a valid {what} id: it must be 1 to 64 {(upperCase ? "upper-case " : string.Empty)}ASCII letters, digits or '_', '-', '.', ':', starting with a letter or digit.",
                    path);
                return default;
            }

            return create(text);
        }

        if (!upperCase || !JsonRuntime.HasRawValues)
        {
            return Read;
        }

        var cache = new JsonIdCache<T>();
        return (element, path) =>
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                return Read(element, path);
            }

            var raw = JsonRuntime.RawValue(element);
            if (cache.TryGet(raw, out var id))
            {
                return id;
            }

            var before = Count;
            id = Read(element, path);
            if (Count == before && raw.IndexOf((byte)'\\') < 0)
            {
                cache.Add(raw, id);
            }

            return id;
        };
    }

    private T EnumValue<T>(JsonElement element, JsonPathRef path, JsonEnum<T> names)
        where T : struct, System.Enum
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            WrongType(element, path, "a string");
            return default;
        }

        if (names.TryParse(element, out var value))
        {
            return value;
        }

        Report(ErrorCodes.UnknownEnumValue, $"'{path}' is '{Shown(element.GetString()!)}', which is not {names.What}: expected one of {names.Describe()}.", path);
        return default;
    }

    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 && char.IsAsciiLetter(text[0]) &&
               !text.AsSpan(0, colon).ContainsAnyExcept(SchemeCharacters);
    }

    /// <summary>The first line of an exception message, without the parameter name .NET appends to it.</summary>
    public static string FirstSentences(string message)
    {
        var line = message.Split('\n')[0].TrimEnd();
        var cut = line.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? line : line[..cut];
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => string.Format(CultureInfo.InvariantCulture, "{0}", kind),
    };

    /// <summary>
    /// A value from the file as an error message shows it: whole when short, otherwise its start and its length, so
    /// that a hostile file cannot make its errors as large as itself; line breaks and other controls escaped.
    /// </summary>
    internal static string Shown(string text) => InputText.Shortened(text, MaxShown);
}
