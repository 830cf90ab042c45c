using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// Where an attack must happen for a clause to apply: on territories under the administration of one of
/// <see cref="AdministeredBy"/> (empty: anyone's), and within one of <see cref="Regions"/> or one of the named
/// <see cref="Places"/> (both empty: anywhere), both conditions together. US–ROK 1953: an armed attack in the Pacific area on territories under the administration of
/// either party (<c>AdministeredBy = [USA, KOR]</c>, <c>Regions = [PACIFIC]</c>); US–Japan 1960: an armed attack
/// against the territories under the administration of Japan (<c>AdministeredBy = [JPN]</c>); SEATO 1954: the general
/// area of Southeast Asia, including the entire territories of the Asian parties (<c>Regions = [SOUTHEAST_ASIA]</c>,
/// <c>Places = [PAK, PHL, THA]</c>).
/// Equality compares every member, collections in order.
/// </summary>
public sealed record GeographicScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="administeredBy">The actors whose administered territories are covered; empty for any.</param>
    /// <param name="regions">The regions of the gazetteer the place must lie in; empty for anywhere.</param>
    /// <param name="description">The treaty's own words, or <see langword="null"/>.</param>
#pragma warning disable RS0027 // Shipped in 1.0.0 with its optional parameters; the overload with places is added beside it, as binary compatibility requires.
    public GeographicScope(IEnumerable<ActorId>? administeredBy = null, IEnumerable<PlaceId>? regions = null, string? description = null)
#pragma warning restore RS0027
    {
        AdministeredBy = administeredBy is null ? [] : [.. administeredBy];
        Regions = regions is null ? [] : [.. regions];
        Places = [];
        Description = description;
    }

    /// <summary>Creates a scope that names particular places (territories, home territories) as well as regions.</summary>
    /// <param name="administeredBy">The actors whose administered territories are covered; empty for any.</param>
    /// <param name="regions">The regions of the gazetteer the place may lie in.</param>
    /// <param name="places">The places of the gazetteer the place may be or lie in, besides the regions.</param>
    /// <param name="description">The treaty's own words, or <see langword="null"/>.</param>
    public GeographicScope(IEnumerable<ActorId>? administeredBy, IEnumerable<PlaceId>? regions, IEnumerable<PlaceId>? places, string? description)
        : this(administeredBy, regions, description) =>
        Places = places is null ? [] : [.. places];

    /// <summary>The actors whose administered territories are covered ("territories under the administration of"); empty for any.</summary>
    public ImmutableArray<ActorId> AdministeredBy { get; }

    /// <summary>The regions the place of attack must lie in (for example <c>PACIFIC</c>); empty for anywhere.</summary>
    public ImmutableArray<PlaceId> Regions { get; }

    /// <summary>
    /// The places named besides the regions (for example <c>GREENLAND</c>, or <c>PAK</c> for Pakistan's home
    /// territory): an attack there, or on a place lying in one of them, is inside the scope as in a region.
    /// </summary>
    public ImmutableArray<PlaceId> Places { get; }

    /// <summary>The treaty's own words, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the scope restricts nothing: no administering actor, no region, no place and no description.</summary>
    public bool IsUnrestricted => AdministeredBy.IsEmpty && Regions.IsEmpty && Places.IsEmpty && Description is null;

    /// <inheritdoc/>
    public bool Equals(GeographicScope? other) =>
        other is not null && AdministeredBy.SequenceEqual(other.AdministeredBy) && Regions.SequenceEqual(other.Regions) &&
        Places.SequenceEqual(other.Places) && Description == other.Description;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AdministeredBy.Length, Regions.Length, Places.Length, Description);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>administered by USA, KOR; in PACIFIC</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (!AdministeredBy.IsEmpty)
        {
            parts.Add("administered by " + string.Join(", ", AdministeredBy));
        }

        if (!Regions.IsEmpty || !Places.IsEmpty)
        {
            parts.Add("in " + string.Join(", ", Regions.Concat(Places)));
        }

        if (Description is not null)
        {
            parts.Add($"\"{Description}\"");
        }

        return parts.Count == 0 ? "anywhere" : string.Join("; ", parts);
    }
}
