using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Serialization;

/// <summary>Reads one value of a scenario file at a path, reporting problems to the reader; returns <c>default</c> (for an object, <see langword="null"/>) after a problem.</summary>
/// <typeparam name="T">What the value becomes.</typeparam>
internal delegate T? JsonValueReader<out T>(JsonElement element, JsonPathRef path);

/// <summary>
/// The members of one JSON object of a scenario file, read by name. It reports a missing required member, a member
/// given twice, and, when <see cref="Finish"/> is called, every member that nobody asked for (an unknown property):
/// together they make sure no value in the file is silently ignored.
/// </summary>
/// <remarks>
/// Every method returns <c>default</c> for a value that could not be read, after reporting why; callers build the
/// model object only when <see cref="Finish"/> returns <see langword="true"/>, that is when nothing inside the object
/// went wrong. An object is read whole before the next one at its depth is opened, so the document's
/// <see cref="Workspace"/> keeps one instance per depth for them all, and their members in one array, each object's
/// above its parent's, where the next sibling reuses the room.
/// </remarks>
internal sealed class JsonMembers
{
    private readonly JsonErrors _errors;
    private readonly Workspace _work;
    private readonly int _depth;

    // This object's members (the first occurrence of each, in file order) are _work.Members[_start.._start + _count].
    // Objects have a handful of members, so a linear scan comparing UTF-8 names beats hashing, and no member name is
    // turned into a string unless an error needs it.
    private int _start;
    private int _count;

    // The names this object asked for but does not have start at _work.Absent[_absentStart] (an unknown member's error
    // lists every name asked for: those, and the names of the members used).
    private int _absentStart;
    private int _errorsBefore;
    private ErrorPath? _at;

    private JsonMembers(JsonErrors errors, int depth)
    {
        _errors = errors;
        _work = errors.Workspace;
        _depth = depth;
    }

    /// <summary>The path of this object.</summary>
    public JsonPathRef Path { get; private set; }

    /// <summary>The path of this object as segments, built once (only for an object with an error).</summary>
    public ErrorPath At => _at ??= Path.ToErrorPath();

    /// <summary>The path of this object as text.</summary>
    public string PathText => At.ToString();

    /// <summary>Opens the object at <paramref name="path"/>, or reports that the value is not an object.</summary>
    /// <param name="errors">Where problems go.</param>
    /// <param name="element">The value.</param>
    /// <param name="path">Its path.</param>
    /// <param name="what">What the object is, for the message ("a treaty").</param>
    /// <returns>The members, or <see langword="null"/> when the value is not an object.</returns>
    public static JsonMembers? Open(JsonErrors errors, JsonElement element, JsonPathRef path, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.WrongType(element, path, $"an object ({what})");
            return null;
        }

        var parent = path.Parent;
        var members = errors.Workspace.AtDepth(parent is null ? 0 : parent._depth + 1, errors);
        members.Read(element, path);
        return members;
    }

    /// <summary>Takes in the members of the object at <paramref name="path"/>, reporting those given twice.</summary>
    private void Read(JsonElement element, JsonPathRef path)
    {
        Path = path;
        _at = null;
        _errorsBefore = _errors.Count;
        _start = path.Parent is { } parent ? parent._start + parent._count : 0;
        _count = 0;
        _absentStart = _work.AbsentCount;
        var members = _work.Reserve(_start, JsonRuntime.PropertyCount(element));
        foreach (var property in element.EnumerateObject())
        {
            var member = new Member(property);
            if (IndexOf(member) >= 0)
            {
                var at = At.Member(property.Name);
                _errors.Report(
                    ErrorCodes.DuplicateProperty,
                    $"'{at}' is given more than once; a member appears once in an object, so that no value is silently overridden.",
                    at,
                    atLastOccurrence: true);
            }
            else
            {
                members[_start + _count++] = member;
            }
        }
    }

    /// <summary>Whether the object has member <paramref name="name"/> (which counts as asking for it).</summary>
    public bool Has(string name) => Ask(name) >= 0;

    /// <summary>
    /// Reads a member the format requires; reports it when missing. A value that could not be read is <c>default</c>
    /// (<see langword="null"/> for an object) and typed as read: an error has been reported, so <see cref="Finish"/>
    /// fails and no model object is ever built from it. This and <see cref="Array{T}"/> are the only places that rely
    /// on that rule.
    /// </summary>
    public T Required<T>(string name, JsonValueReader<T> read)
    {
        if (Ask(name) is var i and >= 0)
        {
            return read(_work.Members[i].Property.Value, JsonPathRef.Member(this, name))!;
        }

        _errors.Report(
            ErrorCodes.MissingProperty,
            $"'{PathText}' has no member '{name}', which is required.",
            At.Member(name),
            anchor: At);
        return default!;
    }

    /// <summary>Reads an optional member that holds an object or text; <see langword="null"/> when absent.</summary>
    public T? Optional<T>(string name, JsonValueReader<T> read)
        where T : class
    {
        return Ask(name) is var i and >= 0 ? read(_work.Members[i].Property.Value, JsonPathRef.Member(this, name)) : null;
    }

    /// <summary>Reads an optional member that holds a value type; <see langword="null"/> when absent.</summary>
    public T? OptionalValue<T>(string name, JsonValueReader<T> read)
        where T : struct
    {
        return Ask(name) is var i and >= 0 ? read(_work.Members[i].Property.Value, JsonPathRef.Member(this, name)) : null;
    }

    /// <summary>Reads an optional member; <paramref name="absent"/> when it is not there.</summary>
    public T OptionalOr<T>(string name, JsonValueReader<T> read, T absent)
    {
        return Ask(name) is var i and >= 0 ? read(_work.Members[i].Property.Value, JsonPathRef.Member(this, name))! : absent;
    }

    /// <summary>Reads an array member, whose absence means an empty array.</summary>
    public ImmutableArray<T> Array<T>(string name, JsonValueReader<T> read)
    {
        if (Ask(name) is not (var i and >= 0))
        {
            return [];
        }

        var value = _work.Members[i].Property.Value;
        var path = JsonPathRef.Member(this, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.WrongType(value, path, "an array");
            return [];
        }

        var length = value.GetArrayLength();
        if (length == 0)
        {
            return [];
        }

        var items = new T[length];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            // An element that could not be read is default (see Required): the array is then never used.
            items[index] = read(item, path.Element(index))!;
            index++;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
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
            var path = At.Member("kind");
            _errors.Report(
                ErrorCodes.UnknownKind,
                $"'{path}' is '{kind}', which is not a kind of {union}: expected one of {JsonEnums.Describe(kinds)}.",
                path);
            kind = null;
        }

        if (kind is null)
        {
            // Every member counts as asked for, and so as used.
            foreach (ref var member in Members)
            {
                member.Used = true;
            }
        }

        return kind;
    }

    /// <summary>
    /// Reads the <c>kind</c> of a union whose kinds are the names of an enumeration, as <see cref="Kind(IReadOnlyCollection{string}, string)"/> does.
    /// </summary>
    /// <param name="kinds">The kinds of the union.</param>
    /// <param name="union">The union, for the message ("clause").</param>
    /// <param name="kind">The kind, when it is one of <paramref name="kinds"/>.</param>
    /// <returns>Whether the kind was read; <see langword="false"/> after a problem.</returns>
    public bool Kind<T>(JsonEnum<T> kinds, string union, out T kind)
        where T : struct, Enum
    {
        // A known kind is matched in UTF-8, without a string; anything else takes the way that says what is wrong.
        if (Find("kind") is var i and >= 0 && _work.Members[i].Property.Value is { ValueKind: JsonValueKind.String } value &&
            kinds.TryParse(value, out kind))
        {
            Ask("kind");
            return true;
        }

        var name = Kind(kinds.Names, union);
        kind = default;
        return name is not null && kinds.TryParse(name, out kind);
    }

    /// <summary>
    /// Reports every member nobody asked for, and tells whether the object was read without any problem (its own or
    /// its members').
    /// </summary>
    public bool Finish()
    {
        foreach (ref var member in Members)
        {
            if (!member.Used)
            {
                var path = At.Member(member.Property.Name);
                _errors.Report(
                    ErrorCodes.UnknownProperty,
                    $"'{path}' is not a member of this object, so its value would be lost; the members are {JsonEnums.Describe(Asked())}.",
                    path);
            }
        }

        // What this object's members asked for is no longer needed.
        _work.AbsentCount = _absentStart;
        return _errors.Count == _errorsBefore;
    }

    /// <summary>
    /// Makes the model object once its values are read, or reports <paramref name="problem"/> — what the type's
    /// <c>Problem</c> method found wrong with the values — at the member its parameter names (or at the object). No
    /// exception is used: the constructor is called only with values it accepts.
    /// </summary>
    /// <param name="problem">Why the values cannot make the object, or <see langword="null"/>.</param>
    /// <param name="build">Calls the constructor.</param>
    /// <param name="code">The code of the error; <see cref="ErrorCodes.InvalidValue"/> unless a more precise one applies.</param>
    /// <returns>The object, or <c>default</c> after a problem.</returns>
    public T Create<T>(ArgumentProblem? problem, Func<T> build, string code = ErrorCodes.InvalidValue) =>
        Create(problem, build, static build => build(), code);

    /// <summary>
    /// Makes the model object from the values read, as <see cref="Create{T}(ArgumentProblem?, Func{T}, string)"/>
    /// does; with a static <paramref name="build"/>, no closure is allocated (for the objects a file holds by the
    /// hundred thousand).
    /// </summary>
    /// <param name="problem">Why the values cannot make the object, or <see langword="null"/>.</param>
    /// <param name="values">The values read.</param>
    /// <param name="build">Calls the constructor with them.</param>
    /// <param name="code">The code of the error; <see cref="ErrorCodes.InvalidValue"/> unless a more precise one applies.</param>
    /// <returns>The object, or <c>default</c> after a problem.</returns>
    public T Create<TValues, T>(ArgumentProblem? problem, TValues values, Func<TValues, T> build, string code = ErrorCodes.InvalidValue)
    {
        if (problem is { } found)
        {
            Refuse(found.Parameter, found.Message, code);
            return default!;
        }

        return build(values);
    }

    /// <summary>Reports that the value of member <paramref name="name"/> (or the object, when it has no such member) is refused.</summary>
    public void Refuse(string name, string message, string code = ErrorCodes.InvalidValue)
    {
        var path = Find(name) >= 0 ? At.Member(name) : At;
        _errors.Report(code, $"'{path}' is refused: {JsonErrors.FirstSentences(message)}", path);
    }

    private Span<Member> Members => _work.Members.AsSpan(_start, _count);

    /// <summary>Every name asked for, in order: the members used and the names asked for that are absent.</summary>
    private List<string> Asked()
    {
        var asked = new List<string>();
        foreach (ref var member in Members)
        {
            if (member.Used)
            {
                asked.Add(member.Property.Name);
            }
        }

        for (var i = _absentStart; i < _work.AbsentCount; i++)
        {
            if (ReferenceEquals(_work.Absent[i].Owner, this))
            {
                asked.Add(_work.Absent[i].Name);
            }
        }

        return asked.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Records that <paramref name="name"/> was asked for and returns the position of its member, or −1.</summary>
    private int Ask(string name)
    {
        var i = Find(name);
        if (i >= 0)
        {
            _work.Members[i].Used = true;
        }
        else
        {
            _work.AddAbsent(this, name);
        }

        return i;
    }

    /// <summary>The position in the workspace of the member named <paramref name="name"/>, or −1.</summary>
    private int Find(string name)
    {
        // Names asked for are ASCII: an unescaped member name then compares byte for character, its length and first
        // eight bytes at once.
        var ascii = Member.TryKey(name, out var prefix);
        for (var i = _start; i < _start + _count; i++)
        {
            ref var member = ref _work.Members[i];
            if (member.Escaped || !ascii
                    ? member.Property.NameEquals(name)
                    : member.Length == name.Length && member.Prefix == prefix &&
                      (name.Length <= sizeof(ulong) || Ascii.Equals(JsonRuntime.RawName(member.Property)[sizeof(ulong)..], name.AsSpan(sizeof(ulong)))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of a member already kept with the same name as <paramref name="member"/>, or −1.</summary>
    private int IndexOf(Member member)
    {
        for (var i = _start; i < _start + _count; i++)
        {
            ref var other = ref _work.Members[i];

            // Raw names compare as bytes unless an escape sequence makes two spellings of one name.
            var same = member.Escaped || other.Escaped
                ? string.Equals(member.Property.Name, other.Property.Name, StringComparison.Ordinal)
                : member.Length == other.Length && member.Prefix == other.Prefix &&
                  JsonRuntime.RawName(member.Property).SequenceEqual(JsonRuntime.RawName(other.Property));
            if (same)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A member of an object being read.</summary>
    internal struct Member
    {
        public Member(JsonProperty property)
        {
            Property = property;
            var raw = JsonRuntime.RawName(property);
            Escaped = raw.IndexOf((byte)'\\') >= 0;
            Length = raw.Length;
            Prefix = 0;
            for (var i = 0; i < Math.Min(raw.Length, sizeof(ulong)); i++)
            {
                Prefix |= (ulong)raw[i] << (8 * i);
            }
        }

        public JsonProperty Property { get; }

        /// <summary>Whether the raw name holds an escape sequence, so that it must be decoded to be compared.</summary>
        public bool Escaped { get; }

        /// <summary>The length of the raw name in bytes.</summary>
        public int Length { get; }

        /// <summary>The first eight bytes of the raw name, packed.</summary>
        public ulong Prefix { get; }

        /// <summary>Whether it was asked for.</summary>
        public bool Used { get; set; }

        /// <summary>Packs the first eight characters of an ASCII <paramref name="name"/> as <see cref="Prefix"/> does.</summary>
        /// <returns>Whether the name is ASCII.</returns>
        public static bool TryKey(string name, out ulong prefix)
        {
            prefix = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (!char.IsAscii(name[i]))
                {
                    return false;
                }

                if (i < sizeof(ulong))
                {
                    prefix |= (ulong)name[i] << (8 * i);
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The room the objects of one document are read in: an instance for each depth, the members of the objects being
    /// read (used as a stack), and the names asked for but absent.
    /// </summary>
    internal sealed class Workspace
    {
        private readonly List<JsonMembers> _byDepth = [];

        public Member[] Members { get; private set; } = new Member[64];

        public (JsonMembers Owner, string Name)[] Absent { get; private set; } = new (JsonMembers, string)[64];

        public int AbsentCount { get; set; }

        /// <summary>The instance that reads objects at <paramref name="depth"/>, made on first use.</summary>
        public JsonMembers AtDepth(int depth, JsonErrors errors)
        {
            while (_byDepth.Count <= depth)
            {
                _byDepth.Add(new JsonMembers(errors, _byDepth.Count));
            }

            return _byDepth[depth];
        }

        /// <summary>Makes room for <paramref name="count"/> members from <paramref name="start"/>, dropping those above.</summary>
        public Member[] Reserve(int start, int count)
        {
            if (start + count > Members.Length)
            {
                var members = Members;
                System.Array.Resize(ref members, Math.Max(start + count, Members.Length * 2));
                Members = members;
            }

            return Members;
        }

        public void AddAbsent(JsonMembers owner, string name)
        {
            if (AbsentCount == Absent.Length)
            {
                var absent = Absent;
                System.Array.Resize(ref absent, Absent.Length * 2);
                Absent = absent;
            }

            Absent[AbsentCount++] = (owner, name);
        }
    }
}
