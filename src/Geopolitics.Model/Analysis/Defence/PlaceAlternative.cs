using Geopolitics.Model.Places;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// A place of the victim where a <see cref="DefenceObligation"/> would be answered differently because of the
/// clause's geographic scope: for an attack on the United States with no place named, a clause limited to the Pacific
/// area may apply (the home territory straddles the region's edge), applies on Guam or Hawaii, and not in Puerto Rico.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record PlaceAlternative
{
    internal PlaceAlternative(Place place, Truth applies, string reason)
    {
        Place = place;
        Applies = applies;
        Reason = reason;
    }

    /// <summary>The place: the victim's home territory or a territory it administers, in the scenario's gazetteer.</summary>
    public Place Place { get; }

    /// <summary>Whether the obligation would apply to an attack there, every other condition as in the query.</summary>
    public Truth Applies { get; }

    /// <summary>How the clause's geographic scope reads at that place, in a sentence.</summary>
    public string Reason { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>GUAM (Guam): true</c>.</returns>
    public override string ToString() => $"{Place}: {Applies}";
}
