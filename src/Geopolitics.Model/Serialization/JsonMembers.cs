using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Serialization;

/// <summary>Reads one value of a scenario file at a path, reporting problems to the reader; returns <c>default</c> after a problem.</summary>
/// <typeparam name="T">What the value becomes.</typeparam>
internal delegate T JsonValueReader<out T>(JsonElement element, string path);

/// <summary>
/// The members of one JSON object of a scenario file, read by name. It reports a missing required member, a member
/// given twice, and, when <see cref="Finish"/> is called, every member that nobody asked for (an unknown property):
/// together they make sure no value in the file is silently ignored.
/// </summary>
/// <remarks>
/// Every method returns <c>default</c> for a value that could not be read, after reporting why; callers build the
/// model object only when <see cref="Finish"/> returns <see langword="true"/>, that is when nothing inside the object
/// went wrong.
/// </remarks>
internal sealed class JsonMembers
{
    private readonly JsonErrors _errors;

    // The first occurrence of each member, in file order. Objects have a handful of members, so a linear scan comparing
    // UTF-8 names beats hashing, and no member name is turned into a string unless an error needs it.
    private readonly JsonProperty[] _members;
    private readonly bool[] _used;
    private readonly int _count;

    // Every name asked for, present or not: an unknown member's error lists them.
    private readonly List<string> _asked = new(8);
    private readonly int _errorsBefore;

    private JsonMembers(JsonErrors errors, JsonElement element, string path)
    {
        _errors = errors;
        _errorsBefore = errors.Count;
        Path = path;
        _members = new JsonProperty[element.GetPropertyCount()];
        foreach (var member in element.EnumerateObject())
        {
            if (IndexOf(member) >= 0)
            {
                var at = JsonPath.Property(path, member.Name);
                errors.Report(
                    ErrorCodes.DuplicateProperty,
                    $"'{at}' is given more than once; a member appears once in an object, so that no value is silently overridden.",
                    at,
                    atLastOccurrence: true);
            }
            else
            {
                _members[_count++] = member;
            }
        }

        _used = new bool[_count];
    }

    public string Path { get; }

    /// <summary>Opens the object at <paramref name="path"/>, or reports that the value is not an object.</summary>
    /// <param name="errors">Where problems go.</param>
    /// <param name="element">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the object is, for the message ("a treaty").</param>
    /// <returns>The members, or <see langword="null"/> when the value is not an object.</returns>
    public static JsonMembers? Open(JsonErrors errors, JsonElement element, string path, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.WrongType(element, path, $"an object ({what})");
            return null;
        }

        return new JsonMembers(errors, element, path);
    }

    /// <summary>Whether the object has member <paramref name="name"/> (which counts as asking for it).</summary>
    public bool Has(string name) => Ask(name) >= 0;

    /// <summary>Reads a member the format requires; reports it when missing.</summary>
    public T Required<T>(string name, JsonValueReader<T> read)
    {
        if (Ask(name) is var i and >= 0)
        {
            return read(_members[i].Value, JsonPath.Property(Path, name));
        }

        _errors.Report(
            ErrorCodes.MissingProperty,
            $"'{Path}' has no member '{name}', which is required.",
            JsonPath.Property(Path, name),
            anchor: Path);
        return default!;
    }

    /// <summary>Reads an optional member that holds an object or text; <see langword="null"/> when absent.</summary>
    public T? Optional<T>(string name, JsonValueReader<T> read)
        where T : class
    {
        return Ask(name) is var i and >= 0 ? read(_members[i].Value, JsonPath.Property(Path, name)) : null;
    }

    /// <summary>Reads an optional member that holds a value type; <see langword="null"/> when absent.</summary>
    public T? OptionalValue<T>(string name, JsonValueReader<T> read)
        where T : struct
    {
        return Ask(name) is var i and >= 0 ? read(_members[i].Value, JsonPath.Property(Path, name)) : null;
    }

    /// <summary>Reads an optional member; <paramref name="absent"/> when it is not there.</summary>
    public T OptionalOr<T>(string name, JsonValueReader<T> read, T absent)
    {
        return Ask(name) is var i and >= 0 ? read(_members[i].Value, JsonPath.Property(Path, name)) : absent;
    }

    /// <summary>Reads an array member, whose absence means an empty array.</summary>
    public ImmutableArray<T> Array<T>(string name, JsonValueReader<T> read)
    {
        if (Ask(name) is not (var i and >= 0))
        {
            return [];
        }

        var value = _members[i].Value;
        var path = JsonPath.Property(Path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.WrongType(value, path, "an array");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add(read(item, JsonPath.Index(path, index++)));
        }

        return items.MoveToImmutable();
    }

    /// <summary>
    /// Reads the <c>kind</c> that tags a union and checks it against the union's closed set; on a problem the other
    /// members are left unread without being reported, since which ones belong depends on the kind.
    /// </summary>
    /// <param name="kinds">The kinds of the union.</param>
    /// <param name="union">The union, for the message ("clause").</param>
    /// <returns>The kind, or <see langword="null"/> after a problem.</returns>
    public string? Kind(IReadOnlyCollection<string> kinds, string union)
    {
        var kind = Required("kind", _errors.String);
        if (kind is not null && !kinds.Contains(kind))
        {
            var path = JsonPath.Property(Path, "kind");
            _errors.Report(
                ErrorCodes.UnknownKind,
                $"'{path}' is '{kind}', which is not a kind of {union}: expected one of {JsonEnums.Describe(kinds)}.",
                path);
            kind = null;
        }

        if (kind is null)
        {
            for (var i = 0; i < _count; i++)
            {
                _used[i] = true;
                _asked.Add(_members[i].Name);
            }
        }

        return kind;
    }

    /// <summary>
    /// Reports every member nobody asked for, and tells whether the object was read without any problem (its own or
    /// its members').
    /// </summary>
    public bool Finish()
    {
        for (var i = 0; i < _count; i++)
        {
            if (!_used[i])
            {
                var path = JsonPath.Property(Path, _members[i].Name);
                var known = _asked.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                _errors.Report(
                    ErrorCodes.UnknownProperty,
                    $"'{path}' is not a member of this object, so its value would be lost; the members are {JsonEnums.Describe(known)}.",
                    path);
            }
        }

        return _errors.Count == _errorsBefore;
    }

    /// <summary>
    /// Builds the model object, turning the <see cref="ArgumentException"/> of a constructor that refuses the values
    /// into an error located at the member the exception names (or at the object).
    /// </summary>
    /// <param name="build">Calls the constructor.</param>
    /// <param name="code">The code of the error; <see cref="ErrorCodes.InvalidValue"/> unless a more precise one applies.</param>
    /// <returns>The object, or <c>default</c> after a problem.</returns>
    public T Build<T>(Func<T> build, string code = ErrorCodes.InvalidValue)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception)
        {
            var path = exception.ParamName is { } name && Find(name) >= 0 ? JsonPath.Property(Path, name) : Path;
            _errors.Report(code, $"'{path}' is refused: {JsonErrors.FirstSentences(exception.Message)}", path);
            return default!;
        }
    }
    /// <summary>Records that <paramref name="name"/> was asked for and returns the position of its member, or −1.</summary>
    private int Ask(string name)
    {
        _asked.Add(name);
        var i = Find(name);
        if (i >= 0)
        {
            _used[i] = true;
        }

        return i;
    }

    private int Find(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_members[i].NameEquals(name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of a member already kept with the same name as <paramref name="member"/>, or −1.</summary>
    private int IndexOf(JsonProperty member)
    {
        if (_count == 0)
        {
            return -1;
        }

        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        var escaped = raw.IndexOf((byte)'\\') >= 0;
        for (var i = 0; i < _count; i++)
        {
            var other = JsonMarshal.GetRawUtf8PropertyName(_members[i]);

            // Raw names compare as bytes unless an escape sequence makes two spellings of one name.
            var same = escaped || other.IndexOf((byte)'\\') >= 0
                ? string.Equals(member.Name, _members[i].Name, StringComparison.Ordinal)
                : raw.SequenceEqual(other);
            if (same)
            {
                return i;
            }
        }

        return -1;
    }
}
