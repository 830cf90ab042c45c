using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Places;

/// <summary>
/// A place that matters to a clause: a state's home territory, a territory such as Guam or the Kursk region, or a
/// region such as the Pacific area. A territory records the actor that administers it and the regions it lies in,
/// which is what geographic conditions of clauses ("territories under the administration of Japan", "the Pacific
/// area") are stated in.
/// </summary>
/// <remarks>
/// <see cref="Regions"/> lists the regions the place lies wholly in; <see cref="PartlyIn"/> those it straddles (the
/// United States' home territory is partly in the Pacific area), for which "is it in the region" is unknown unless a
/// more precise place is named. Equality compares every member, collections in order.
/// </remarks>
public sealed record Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="id">The place's id.</param>
    /// <param name="name">Its name in English.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <param name="administeredBy">The actor that administers it; <see langword="null"/> for a region.</param>
    /// <param name="regions">The regions it lies wholly in.</param>
    /// <param name="partlyIn">The regions it lies partly in.</param>
    /// <param name="aliases">Other names it is known by, for resolving text ("Kursk", "Kursk Oblast").</param>
    /// <exception cref="ArgumentException">The name is blank; a territory has no administering actor or a region has one; or a region is listed both wholly and partly.</exception>
    public Place(
        PlaceId id,
        string name,
        PlaceKind kind,
        ActorId? administeredBy = null,
        ImmutableArray<PlaceId> regions = default,
        ImmutableArray<PlaceId> partlyIn = default,
        ImmutableArray<string> aliases = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Kind = ArgumentChecks.Defined(kind, nameof(kind));
        ArgumentProblem.ThrowIf(Problem(id, name, kind, administeredBy, regions, partlyIn));
        Regions = regions.IsDefault ? [] : regions;
        PartlyIn = partlyIn.IsDefault ? [] : partlyIn;

        Name = name.Trim();
        AdministeredBy = administeredBy;
        Aliases = aliases.IsDefault ? [] : aliases;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(PlaceId id, string name, PlaceKind kind, ActorId? administeredBy, ImmutableArray<PlaceId> regions, ImmutableArray<PlaceId> partlyIn) =>
        ArgumentProblem.Blank(name, nameof(name))
        ?? ((kind == PlaceKind.Region) != (administeredBy is null)
            ? new(nameof(administeredBy), kind == PlaceKind.Region
                ? $"Region '{id}' must not name an administering actor."
                : $"Place '{id}' must name the actor that administers it.")
            : !regions.IsDefault && !partlyIn.IsDefault && regions.Intersect(partlyIn).Any()
                ? new(nameof(partlyIn), $"Place '{id}' lists a region both as wholly and as partly containing it.")
                : null);

    /// <summary>The place's id.</summary>
    public PlaceId Id { get; }

    /// <summary>Its name in English.</summary>
    public string Name { get; }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>The actor that administers it; <see langword="null"/> for a region.</summary>
    public ActorId? AdministeredBy { get; }

    /// <summary>The regions it lies wholly in.</summary>
    public ImmutableArray<PlaceId> Regions { get; }

    /// <summary>The regions it lies partly in.</summary>
    public ImmutableArray<PlaceId> PartlyIn { get; }

    /// <summary>Other names it is known by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Whether the place lies in <paramref name="region"/>.</summary>
    /// <param name="region">The region.</param>
    /// <returns>True when wholly in it (or it is the region itself), unknown when partly, false otherwise.</returns>
    public Truth LiesIn(PlaceId region) =>
        Id == region || Regions.Contains(region) ? Truth.True
        : PartlyIn.Contains(region) ? Truth.Unknown
        : Truth.False;

    /// <inheritdoc/>
    public bool Equals(Place? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind &&
        AdministeredBy == other.AdministeredBy && Regions.SequenceEqual(other.Regions) &&
        PartlyIn.SequenceEqual(other.PartlyIn) && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, AdministeredBy);

    /// <summary>The id and name, for diagnostics.</summary>
    /// <returns>For example <c>GUAM (Guam)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
