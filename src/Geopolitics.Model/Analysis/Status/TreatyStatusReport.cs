using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// The status of a treaty on a day, for the treaty and for each party, as computed by
/// <see cref="StatusAnalysis"/>: the statuses still possible (one when certain, several when partial dates
/// leave it open), the computed entry into force, and the facts relied on and ignored, as structured references and
/// as readable lines.
/// </summary>
public sealed class TreatyStatusReport
{
    private readonly StatusTruths _truths;

    internal TreatyStatusReport(
        TreatyId treaty,
        LocalDate day,
        Confidence minimum,
        StatusTruths truths,
        DayRange? entryIntoForce,
        DayRange? expiry,
        DayRange? pendingExpiry,
        ImmutableArray<TreatyPartyStatus> parties,
        ImmutableArray<TreatyFact> facts,
        ImmutableArray<TreatyFact> ignoredFacts,
        ImmutableArray<string> explanation)
    {
        Treaty = treaty;
        Day = day;
        Minimum = minimum;
        _truths = truths;
        EntryIntoForce = entryIntoForce;
        Expiry = expiry;
        PendingExpiry = pendingExpiry;
        Parties = parties;
        Facts = facts;
        IgnoredFacts = ignoredFacts;
        Explanation = explanation;
    }

    /// <summary>The treaty.</summary>
    public TreatyId Treaty { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The statuses that are possible on the day, in the order of <see cref="TreatyStatus"/>; exactly one when the answer is certain.</summary>
    public ImmutableArray<TreatyStatus> Statuses => _truths.Possible;

    /// <summary>Whether the answer is certain (one status possible).</summary>
    public bool IsCertain => Statuses.Length == 1;

    /// <summary>Whether the treaty is in force (and not suspended) on the day.</summary>
    public Truth IsInForce => Is(TreatyStatus.InForce);

    /// <summary>
    /// The days on which the treaty entered, or will enter, into force (both ends included): the day its rule is met
    /// and at least two parties are bound. <see langword="null"/> when the admitted facts never bring it into force.
    /// A latest day of <see cref="LocalDate.MaxIsoValue"/> means no later bound is known.
    /// </summary>
    public DayRange? EntryIntoForce { get; }

    /// <summary>
    /// The days on which the treaty expires or expired (both ends included): the end of a fixed term that does not
    /// renew, or, after a notice of non-renewal (<see cref="TerminationKind.ByNonRenewal"/>), the end of the renewing
    /// term then running. <see langword="null"/> when the admitted facts never make it expire.
    /// </summary>
    public DayRange? Expiry { get; }

    /// <summary>
    /// <see cref="Expiry"/> while it is pending on the day: a party has given (or may have given) notice of
    /// non-renewal and the running term has not certainly ended, so the treaty is in force until then; otherwise
    /// <see langword="null"/>.
    /// </summary>
    public DayRange? PendingExpiry { get; }

    /// <summary>Each party's status, in the treaty's order.</summary>
    public ImmutableArray<TreatyPartyStatus> Parties { get; }

    /// <summary>Every fact the answer relies on.</summary>
    public ImmutableArray<TreatyFact> Facts { get; }

    /// <summary>The facts left out because the minimum confidence does not admit them.</summary>
    public ImmutableArray<TreatyFact> IgnoredFacts { get; }

    /// <summary>The answer and its reasons as readable lines.</summary>
    public ImmutableArray<string> Explanation { get; }

    /// <summary>Whether the treaty's status on the day is <paramref name="status"/>.</summary>
    /// <param name="status">The status asked about.</param>
    /// <returns>True when certainly, false when certainly not, unknown when the precision of a date decides.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public Truth Is(TreatyStatus status) => _truths.Is(status);

    /// <summary>The status of party <paramref name="actor"/>, or <see langword="null"/> when it is not a party.</summary>
    /// <param name="actor">The party.</param>
    /// <returns>Its status.</returns>
    public TreatyPartyStatus? Party(ActorId actor) => Parties.FirstOrDefault(party => party.Actor == actor);

    /// <summary>The explanation, one line each, separated by line feeds.</summary>
    /// <returns>The readable report.</returns>
    public override string ToString() => string.Join("\n", Explanation);
}
