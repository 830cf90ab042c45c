using System.Globalization;

namespace Geopolitics.Model.Errors;

/// <summary>
/// One step of an <see cref="ErrorPath"/>: into a named member (<c>parties</c>), a list's element (<c>[1]</c>) or a
/// keyed entry (<c>['KOR']</c>). Create one with <see cref="Member"/>, <see cref="Element"/> or <see cref="Key"/>.
/// </summary>
public readonly struct PathSegment : IEquatable<PathSegment>
{
    private readonly string? _name;

    private PathSegment(PathSegmentKind kind, string? name, int index)
    {
        Kind = kind;
        _name = name;
        Index = index;
    }

    /// <summary>What the segment steps into.</summary>
    public PathSegmentKind Kind { get; }

    /// <summary>The member's name or the entry's key; empty for an element.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The element's 0-based index; 0 for a member or a keyed entry.</summary>
    public int Index { get; }

    /// <summary>A step into the member <paramref name="name"/>.</summary>
    /// <param name="name">The member's name; a JSON object may have a member named by the empty string.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static PathSegment Member(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(PathSegmentKind.Member, name, 0);
    }

    /// <summary>A step into the element at <paramref name="index"/> of a list.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static PathSegment Element(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(PathSegmentKind.Element, null, index);
    }

    /// <summary>A step into the entry of a keyed collection with <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static PathSegment Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(PathSegmentKind.Key, key, 0);
    }

    /// <summary>Whether both segments step the same way.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PathSegment left, PathSegment right) => left.Equals(right);

    /// <summary>Whether the segments step different ways.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PathSegment left, PathSegment right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PathSegment other) => Kind == other.Kind && Index == other.Index && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PathSegment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Index, Name);

    /// <summary>The segment as it is written in a path: <c>parties</c>, <c>[1]</c> or <c>['KOR']</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PathSegmentKind.Element => string.Create(CultureInfo.InvariantCulture, $"[{Index}]"),
        PathSegmentKind.Key => Bracketed(Name),
        _ => IsIdentifier(Name) ? Name : Bracketed(Name),
    };

    /// <summary>Whether a member's name can be written after a dot; other names are written in brackets.</summary>
    internal static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Bracketed(string name) =>
        $"['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
}
