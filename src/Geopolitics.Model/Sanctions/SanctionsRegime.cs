using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Sanctions;

/// <summary>
/// Measures that an <see cref="Authority"/> (the UN Security Council, a state, the EU) imposes on a
/// <see cref="Target"/> over a <see cref="Period"/> under a <see cref="LegalBasis"/>, binding the states that
/// <see cref="Binding"/> names. Equality compares every member, collections in order.
/// </summary>
/// <remarks>
/// Rules across fields (the authority is not the target, at least one measure, a valid period, known actors, no
/// start before the legal basis) are checked by <see cref="Validation.SanctionsRegimeValidator"/>.
/// </remarks>
public sealed record SanctionsRegime : IEvidenced
{
    /// <summary>Creates a sanctions regime.</summary>
    /// <param name="id">The regime's id.</param>
    /// <param name="authority">Who imposes it.</param>
    /// <param name="target">Whom it targets.</param>
    /// <param name="legalBasis">The instruments it rests on, oldest first by convention; a default array is taken as empty.</param>
    /// <param name="period">When it applies, both ends included; an open end while in force.</param>
    /// <param name="measures">What it imposes; a default array is taken as empty.</param>
    /// <param name="binding">Whom it binds.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="name">A display name ("UN sanctions on the DPRK"), or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is the default value, an element is null, or the period starts or ends on <c>default(PartialDate)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binding"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public SanctionsRegime(
        SanctionsRegimeId id,
        ActorId authority,
        ActorId target,
        ImmutableArray<LegalInstrument> legalBasis,
        DatePeriod period,
        ImmutableArray<SanctionsMeasure> measures,
        SanctionsBinding binding,
        Evidence evidence,
        string? name = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Authority = ArgumentChecks.NotDefault(authority, nameof(authority));
        Target = ArgumentChecks.NotDefault(target, nameof(target));
        LegalBasis = ArgumentChecks.Elements(legalBasis, nameof(legalBasis));
        Period = ArgumentChecks.NotDefault(period, nameof(period));
        Measures = ArgumentChecks.Elements(measures, nameof(measures));
        Binding = ArgumentChecks.Defined(binding, nameof(binding));
        Evidence = evidence;
        Name = ArgumentChecks.OptionalText(name);
    }

    /// <summary>The regime's id.</summary>
    public SanctionsRegimeId Id { get; }

    /// <summary>Who imposes it.</summary>
    public ActorId Authority { get; }

    /// <summary>Whom it targets.</summary>
    public ActorId Target { get; }

    /// <summary>The instruments it rests on, in the order given.</summary>
    public ImmutableArray<LegalInstrument> LegalBasis { get; }

    /// <summary>When it applies, both ends included; an open end while in force.</summary>
    public DatePeriod Period { get; }

    /// <summary>What it imposes, in the order given.</summary>
    public ImmutableArray<SanctionsMeasure> Measures { get; }

    /// <summary>Whom it binds.</summary>
    public SanctionsBinding Binding { get; }

    /// <summary>What supports the fact.</summary>
    public Evidence Evidence { get; }

    /// <summary>A display name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <inheritdoc/>
    public bool Equals(SanctionsRegime? other) =>
        other is not null && Id == other.Id && Authority == other.Authority && Target == other.Target &&
        LegalBasis.SequenceEqual(other.LegalBasis) && Period == other.Period && Measures.SequenceEqual(other.Measures) &&
        Binding == other.Binding && Evidence.Equals(other.Evidence) && Name == other.Name;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Authority, Target, LegalBasis.Length, Period, Measures.Length, Binding, Evidence);

    /// <summary>Culture-invariant text such as "un-dprk: UNSC on PRK, 2006-10-14/.., 4 measure(s), AllStates [Confirmed]".</summary>
    /// <returns>The regime as text.</returns>
    public override string ToString() =>
        $"{Id}: {Authority} on {Target}, {Period}, {Measures.Length} measure(s), {Binding} [{Evidence.Confidence}]";
}
