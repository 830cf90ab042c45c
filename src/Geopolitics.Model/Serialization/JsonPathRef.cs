using System.Diagnostics;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// The JSON path of a value being read, kept as the object that holds it, the member's name and, for an element of an
/// array member, its index; <see cref="ToString"/> spells it out (<c>$.transfers[12].item</c>) with
/// <see cref="ErrorPath"/>. Reading a file builds one for every value but spells out only those an error names.
/// </summary>
/// <remarks>
/// <c>default</c> is the path of the document's root value. A path is good while its object is being read: the
/// <see cref="JsonMembers"/> it names is reused for the next object at that depth, so errors spell paths out at once.
/// </remarks>
internal readonly struct JsonPathRef
{
    private readonly string? _name;

    // The array index plus one, so that zero (the default) means none.
    private readonly int _indexPlusOne;

    private JsonPathRef(JsonMembers parent, string name, int indexPlusOne)
    {
        Parent = parent;
        _name = name;
        _indexPlusOne = indexPlusOne;
    }

    /// <summary>The path of the document's root value.</summary>
    public static JsonPathRef Root => default;

    /// <summary>The object that holds the value, or <see langword="null"/> for the root.</summary>
    public JsonMembers? Parent { get; }

    /// <summary>The path of member <paramref name="name"/> of <paramref name="parent"/>.</summary>
    public static JsonPathRef Member(JsonMembers parent, string name) => new(parent, name, 0);

    /// <summary>The path of element <paramref name="index"/> of the array at this path (a member's; the format has no arrays of arrays).</summary>
    public JsonPathRef Element(int index)
    {
        Debug.Assert(Parent is not null && _indexPlusOne == 0, "Only a member holds an array.");
        return new(Parent!, _name!, index + 1);
    }

    /// <summary>The path as segments, from the document's root.</summary>
    public ErrorPath ToErrorPath()
    {
        if (Parent is null)
        {
            return ErrorPath.DocumentRoot;
        }

        var member = Parent.At.Member(_name!);
        return _indexPlusOne == 0 ? member : member.Element(_indexPlusOne - 1);
    }

    /// <summary>The path as text: <c>$.treaties[0].parties[1].consent</c>.</summary>
    public override string ToString() => ToErrorPath().ToString();
}
