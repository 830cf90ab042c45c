using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Compliance;

/// <summary>
/// A transfer that breaches a measure of a sanctions regime, found by <see cref="ComplianceAnalysis"/>: who is in
/// breach, whether the breach is certain or only possible, why, and the facts it rests on.
/// </summary>
public sealed record SanctionsBreach
{
    internal SanctionsBreach(
        SanctionsRegimeId regime,
        ActorId target,
        SanctionsMeasure measure,
        TransferId transfer,
        ActorId supplier,
        ActorId recipient,
        PartyInBreach party,
        Truth truth,
        ImmutableArray<string> reasons,
        ImmutableArray<FactReference> facts)
    {
        Regime = regime;
        Target = target;
        Measure = measure;
        Transfer = transfer;
        Supplier = supplier;
        Recipient = recipient;
        Party = party;
        Truth = truth;
        Reasons = reasons;
        Facts = facts;
    }

    /// <summary>The regime breached.</summary>
    public SanctionsRegimeId Regime { get; }

    /// <summary>The regime's target.</summary>
    public ActorId Target { get; }

    /// <summary>The measure breached.</summary>
    public SanctionsMeasure Measure { get; }

    /// <summary>The transfer that breaches it.</summary>
    public TransferId Transfer { get; }

    /// <summary>The transfer's supplier.</summary>
    public ActorId Supplier { get; }

    /// <summary>The transfer's recipient.</summary>
    public ActorId Recipient { get; }

    /// <summary>Which party is in breach.</summary>
    public PartyInBreach Party { get; }

    /// <summary>The actors in breach: the supplier, the recipient, or both (supplier first).</summary>
    public ImmutableArray<ActorId> PartiesInBreach => Party switch
    {
        PartyInBreach.Supplier => [Supplier],
        PartyInBreach.Recipient => [Recipient],
        _ => [Supplier, Recipient],
    };

    /// <summary>
    /// <see cref="Truth.True"/> when the breach is certain; <see cref="Truth.Unknown"/> when it is possible (partial
    /// dates, a planned transfer, or a cap not knowably exceeded leave it open). Never <see cref="Truth.False"/>.
    /// </summary>
    public Truth Truth { get; }

    /// <summary>Whether the breach is certain.</summary>
    public bool IsCertain => Truth.IsTrue;

    /// <summary>The reasons, as readable sentences.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>The facts the answer rests on: the measure (in its regime) and the transfer.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>Whether <paramref name="actor"/> is in breach.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Whether it is one of <see cref="PartiesInBreach"/>.</returns>
    public bool IsInBreach(ActorId actor) => PartiesInBreach.Contains(actor);

    /// <inheritdoc/>
    public bool Equals(SanctionsBreach? other) =>
        other is not null && Regime == other.Regime && Target == other.Target && Measure.Equals(other.Measure) &&
        Transfer == other.Transfer && Supplier == other.Supplier && Recipient == other.Recipient && Party == other.Party &&
        Truth == other.Truth && Reasons.SequenceEqual(other.Reasons) && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Regime, Measure, Transfer, Party, Truth);

    /// <summary>Culture-invariant text such as <c>un-dprk arms embargo [Both]: prk-rus-shells (PRK -> RUS), in breach: Both (certain)</c>.</summary>
    /// <returns>The breach as text.</returns>
    public override string ToString() =>
        $"{Regime} {Measure}: {Transfer} ({Supplier} -> {Recipient}), in breach: {Party} ({(IsCertain ? "certain" : "possible")})";
}
