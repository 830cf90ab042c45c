using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>One parsed row of an ATOP member-level file: one member in one alliance phase, for one spell.</summary>
internal sealed class AtopMemberRow
{
    public required int Row { get; init; }

    public required long Line { get; init; }

    public required int AtopId { get; init; }

    public required int Phase { get; init; }

    public required int Member { get; init; }

    public required Actor Actor { get; init; }

    public required PartialDate Entry { get; init; }

    public required PartialDate? Exit { get; init; }

    public required AtopObligations Obligations { get; init; }

    public required bool ObligationsVary { get; init; }

    public required AtopConditions Conditions { get; init; }

    public int? CowId { get; init; }

    public int? Cow4Id { get; init; }

    public int? SpecificThreat { get; init; }

    public int? Threat1 { get; init; }

    public int? Threat2 { get; init; }

    public int? MilitaryAid { get; init; }

    public int? Bases { get; init; }

    public int? IntegratedCommand { get; init; }

    public int? EconomicAid { get; init; }

    public int? TerminationMode { get; init; }

    /// <summary>Set when a rule across rows (overlapping spells, too few members, an invalid treaty) rejects the row after parsing.</summary>
    public bool Rejected { get; set; }
}

/// <summary>One parsed row of an ATOP alliance-level file: the dates of the whole alliance.</summary>
internal sealed class AtopAllianceRow
{
    public required int Row { get; init; }

    public required long Line { get; init; }

    public required int AtopId { get; init; }

    public required PartialDate Begin { get; init; }

    public required PartialDate? End { get; init; }
}
