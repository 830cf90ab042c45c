using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// Where one party stands towards a treaty on a day: the statuses still possible given the precision of the dates
/// (one when certain), the day it became bound, and the facts the answer rests on. Part of a
/// <see cref="TreatyStatusReport"/>.
/// </summary>
public sealed class TreatyPartyStatus
{
    private readonly StatusTruths _truths;

    internal TreatyPartyStatus(
        ActorId actor,
        StatusTruths truths,
        DayRange? entryIntoForce,
        ImmutableArray<TreatyFact> facts,
        ImmutableArray<TreatyFact> ignoredFacts,
        ImmutableArray<string> explanation)
    {
        Actor = actor;
        _truths = truths;
        EntryIntoForce = entryIntoForce;
        Facts = facts;
        IgnoredFacts = ignoredFacts;
        Explanation = explanation;
    }

    /// <summary>The party.</summary>
    public ActorId Actor { get; }

    /// <summary>The statuses that are possible on the day, in the order of <see cref="TreatyStatus"/>; exactly one when the answer is certain.</summary>
    public ImmutableArray<TreatyStatus> Statuses => _truths.Possible;

    /// <summary>Whether the answer is certain (one status possible).</summary>
    public bool IsCertain => Statuses.Length == 1;

    /// <summary>Whether the party is bound by the treaty on the day (status <see cref="TreatyStatus.InForce"/>).</summary>
    public Truth IsInForce => Is(TreatyStatus.InForce);

    /// <summary>
    /// The days on which the party became, or will become, bound (both ends included), or <see langword="null"/>
    /// when the facts admitted never bind it. A latest day of <see cref="NodaTime.LocalDate.MaxIsoValue"/> means no
    /// later bound is known (an exchange of instruments whose date is not recorded).
    /// </summary>
    public DayRange? EntryIntoForce { get; }

    /// <summary>The party's own facts the answer relies on.</summary>
    public ImmutableArray<TreatyFact> Facts { get; }

    /// <summary>The party's own facts left out because the minimum confidence does not admit them.</summary>
    public ImmutableArray<TreatyFact> IgnoredFacts { get; }

    /// <summary>The answer and its reasons as readable lines.</summary>
    public ImmutableArray<string> Explanation { get; }

    /// <summary>Whether the party's status on the day is <paramref name="status"/>.</summary>
    /// <param name="status">The status asked about.</param>
    /// <returns>True when certainly, false when certainly not, unknown when the precision of a date decides.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public Truth Is(TreatyStatus status) => _truths.Is(status);

    /// <summary>The party and its possible statuses, for diagnostics.</summary>
    /// <returns>For example <c>RUS: ConsentGiven</c> or <c>PRK: Signed|ConsentGiven</c>.</returns>
    public override string ToString() => $"{Actor}: {string.Join("|", Statuses)}";
}
