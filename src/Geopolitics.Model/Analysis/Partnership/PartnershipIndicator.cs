using System.Collections.Immutable;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// Whether the condition of one <see cref="PartnershipStage"/> holds for a pair on a day, with the facts behind the answer.
/// </summary>
public sealed record PartnershipIndicator
{
    internal PartnershipIndicator(PartnershipStage stage, Truth holds, ImmutableArray<FactReference> facts, string explanation)
    {
        Stage = stage;
        Holds = holds;
        Facts = facts;
        Explanation = explanation;
    }

    /// <summary>The stage whose condition this is.</summary>
    public PartnershipStage Stage { get; }

    /// <summary>Whether the condition holds: unknown when a partial date decides.</summary>
    public Truth Holds { get; }

    /// <summary>The facts that make the condition hold or possibly hold; empty when it certainly does not.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>A one-line explanation of the answer.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public bool Equals(PartnershipIndicator? other) =>
        other is not null && Stage == other.Stage && Holds == other.Holds && Facts.SequenceEqual(other.Facts) &&
        Explanation == other.Explanation;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Stage, Holds, Facts.Length, Explanation);

    /// <summary>The explanation.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => Explanation;
}
