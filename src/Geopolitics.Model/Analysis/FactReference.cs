using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis;

/// <summary>
/// A fact an analysis relied on (or set aside): what it is, where it sits in the scenario, its date and confidence,
/// and a readable description. Every analysis result lists the facts it used, so each answer explains itself.
/// </summary>
/// <param name="Kind">What kind of fact it is.</param>
/// <param name="Id">The fact's id (a treaty, transfer, stance… id; for a clause, <c>treaty/clause</c>).</param>
/// <param name="Path">Where it sits in the scenario, for example <c>Transfers[3]</c> or <c>Treaties[0].Parties[1].Consent</c>.</param>
/// <param name="Date">When it happened, to the precision known, or <see langword="null"/> when undated.</param>
/// <param name="Confidence">How strongly it is supported.</param>
/// <param name="Description">A readable one-line description.</param>
public sealed record FactReference(FactKind Kind, string Id, string Path, PartialDate? Date, Confidence Confidence, string Description)
{
    /// <summary>Culture-invariant text: <c>[Confidence] date description (path)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        Date is { } date ? $"[{Confidence}] {date} {Description} ({Path})" : $"[{Confidence}] {Description} ({Path})";
}
