using System.Collections.Immutable;
using System.Text;

namespace Geopolitics.Model.Errors;

/// <summary>
/// Where inside a value an error is: a list of <see cref="PathSegment"/>s from the value's root, such as member
/// <c>treaties</c>, element 0, member <c>parties</c>, element 1. A path either runs through an object graph
/// (<see cref="Root"/>; written <c>Treaties[0].Parties[1]</c>) or through a document such as a scenario file
/// (<see cref="DocumentRoot"/>; written in JSONPath style, <c>$.treaties[0].parties[1]</c>). Paths are built and read
/// by their segments; the text is only for people.
/// </summary>
public sealed class ErrorPath : IEquatable<ErrorPath>
{
    private ErrorPath(ImmutableArray<PathSegment> segments, bool inDocument)
    {
        Segments = segments;
        InDocument = inDocument;
    }

    /// <summary>The root of an object graph, such as the scenario being validated: no segment.</summary>
    public static ErrorPath Root { get; } = new([], inDocument: false);

    /// <summary>The root value of a document, such as a scenario file: no segment, written <c>$</c>.</summary>
    public static ErrorPath DocumentRoot { get; } = new([], inDocument: true);

    /// <summary>The steps from the root, outermost first.</summary>
    public ImmutableArray<PathSegment> Segments { get; }

    /// <summary>Whether the path runs through a document (written from <c>$</c>) rather than an object graph.</summary>
    public bool InDocument { get; }

    /// <summary>The path of the value that holds this one, or <see langword="null"/> for a root.</summary>
    public ErrorPath? Parent => Segments.IsEmpty ? null : new(Segments.RemoveAt(Segments.Length - 1), InDocument);

    /// <summary>A path of one member under the object-graph root, such as <c>Name</c>.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static ErrorPath OfMember(string name) => Root.Member(name);

    /// <summary>The path of member <paramref name="name"/> of the value at this path.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The longer path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public ErrorPath Member(string name) => Append(PathSegment.Member(name));

    /// <summary>The path of element <paramref name="index"/> of the list at this path.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The longer path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public ErrorPath Element(int index) => Append(PathSegment.Element(index));

    /// <summary>The path of the entry with <paramref name="key"/> of the keyed collection at this path.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The longer path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public ErrorPath Key(string key) => Append(PathSegment.Key(key));

    /// <summary>This path followed by the segments of <paramref name="relative"/>, a path inside the value at this one.</summary>
    /// <param name="relative">The path inside; whether it is a document path is ignored.</param>
    /// <returns>The longer path, a document path when this one is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relative"/> is <see langword="null"/>.</exception>
    public ErrorPath Concat(ErrorPath relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return relative.Segments.IsEmpty ? this : new(Segments.AddRange(relative.Segments), InDocument);
    }

    /// <summary>Whether the path starts with the segments of <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The shorter path; whether it is a document path is ignored.</param>
    /// <returns><see langword="true"/> when every segment of <paramref name="prefix"/> begins this path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
    public bool StartsWith(ErrorPath prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Segments.Length <= Segments.Length && Segments.AsSpan(0, prefix.Segments.Length).SequenceEqual(prefix.Segments.AsSpan());
    }

    /// <summary>Whether both paths have the same segments and the same kind of root.</summary>
    /// <param name="other">The other path.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ErrorPath? other) =>
        other is not null && InDocument == other.InDocument && Segments.AsSpan().SequenceEqual(other.Segments.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ErrorPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(InDocument);
        foreach (var segment in Segments)
        {
            hash.Add(segment);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// The path as text: <c>Treaties[0].Parties[1]</c> for an object graph (empty for its root),
    /// <c>$.treaties[0].parties[1]</c> for a document; a name that is not an identifier is written in brackets,
    /// <c>$['a b']</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(InDocument ? "$" : string.Empty);
        foreach (var segment in Segments)
        {
            if (segment.Kind == PathSegmentKind.Member && PathSegment.IsIdentifier(segment.Name) && text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(segment.ToString());
        }

        return text.ToString();
    }

    private ErrorPath Append(PathSegment segment) => new(Segments.Add(segment), InDocument);
}
