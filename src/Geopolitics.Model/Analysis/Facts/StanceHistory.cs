using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Analysis.Facts;

/// <summary>
/// The stances of a scenario grouped by the actor that holds them (an agency's stance counts as its principal's) and
/// by target, answering which stance is in effect on a day: the latest one dated on or before it.
/// </summary>
internal sealed class StanceHistory
{
    private readonly Dictionary<ActorId, ActorId> _principals = [];
    private readonly Dictionary<ActorId, Dictionary<StanceTarget, Series>> _byPrincipal = [];

    public StanceHistory(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var actor in scenario.Actors)
        {
            _principals.TryAdd(actor.Id, actor.Principal);
        }

        foreach (var stance in scenario.Stances)
        {
            var principal = PrincipalOf(stance.Holder);
            if (!_byPrincipal.TryGetValue(principal, out var targets))
            {
                _byPrincipal[principal] = targets = [];
            }

            if (!targets.TryGetValue(stance.Target, out var series))
            {
                targets[stance.Target] = series = new Series();
            }

            series.Stances.Add(stance);
            series.Days.Add(stance.Date.Range);
        }
    }

    /// <summary>The actor an agency speaks for, or the actor itself.</summary>
    public ActorId PrincipalOf(ActorId actor) => _principals.GetValueOrDefault(actor, actor);

    /// <summary>Every target the principal (or one of its agencies) ever took a stance on, in a stable order.</summary>
    public IEnumerable<StanceTarget> TargetsOf(ActorId principal) =>
        _byPrincipal.TryGetValue(principal, out var targets) ? targets.Keys : [];

    /// <summary>Every actor that holds a stance (itself or through one of its agencies).</summary>
    public IEnumerable<ActorId> Principals => _byPrincipal.Keys;

    /// <summary>Every target any principal ever took a stance on, each once.</summary>
    public IEnumerable<StanceTarget> Targets => _byPrincipal.Values.SelectMany(targets => targets.Keys).Distinct();

    /// <summary>Every stance of the principal on the target, whatever its date and confidence.</summary>
    public IReadOnlyList<Stance> StancesOn(ActorId principal, StanceTarget target) =>
        _byPrincipal.TryGetValue(principal, out var targets) && targets.TryGetValue(target, out var series) ? series.Stances : [];

    /// <summary>
    /// Which stance of the principal on the target may be in effect on <paramref name="day"/>: the latest admitted one dated
    /// on or before it. When partial dates leave the order or the occurrence open, every stance that may be the latest is a
    /// candidate, and "no stance yet" stays possible while none is certainly dated on or before the day.
    /// </summary>
    public StanceOutcome Outcome(ActorId principal, StanceTarget target, LocalDate day, Confidence minimum)
    {
        if (!_byPrincipal.TryGetValue(principal, out var targets) || !targets.TryGetValue(target, out var series))
        {
            return new StanceOutcome(target, [], true, []);
        }

        var (stances, days) = (series.Stances, series.Days);
        ImmutableArray<Stance>.Builder? ignored = null;
        var certainlyBy = 0;
        LocalDate? latestCertainStart = null;
        for (var i = 0; i < stances.Count; i++)
        {
            if (days[i].Earliest > day)
            {
                continue;
            }

            if (!stances[i].Evidence.IsAdmittedBy(minimum))
            {
                (ignored ??= ImmutableArray.CreateBuilder<Stance>()).Add(stances[i]);
            }
            else if (days[i].Latest <= day)
            {
                certainlyBy++;
                latestCertainStart = latestCertainStart is { } latest && latest >= days[i].Earliest ? latest : days[i].Earliest;
            }
        }

        // A stance cannot be the latest if another is certainly dated by the day and certainly after it (never itself: a
        // stance starts on or before it ends), that is if it ends before the latest start of those certainly dated by the day.
        var candidates = new List<Stance>(1);
        for (var i = 0; i < stances.Count; i++)
        {
            if (days[i].Earliest <= day && stances[i].Evidence.IsAdmittedBy(minimum) && !(days[i].Latest < latestCertainStart))
            {
                candidates.Add(stances[i]);
            }
        }

        var ordered = candidates.Count <= 1
            ? [.. candidates]
            : candidates.OrderByDescending(s => s.Date.End).ThenByDescending(s => s.Date.Start).ThenBy(s => s.Id).ToImmutableArray();
        return new StanceOutcome(target, ordered, certainlyBy == 0, ignored?.DrainToImmutable() ?? []);
    }

    /// <summary>The stances of one principal on one target, in the scenario's order, with the days each date covers.</summary>
    private sealed class Series
    {
        public List<Stance> Stances { get; } = [];

        public List<DayRange> Days { get; } = [];
    }
}

/// <summary>The stances that may be in effect for one holder and target on a day.</summary>
/// <param name="Target">The target.</param>
/// <param name="Candidates">The admitted stances that may be the latest on the day, latest first.</param>
/// <param name="MaybeNone">Whether it is possible that no stance had been taken yet.</param>
/// <param name="Ignored">The stances dated possibly on or before the day that the minimum confidence set aside.</param>
internal sealed record StanceOutcome(StanceTarget Target, ImmutableArray<Stance> Candidates, bool MaybeNone, ImmutableArray<Stance> Ignored)
{
    // Decided once: a bloc search asks every outcome again for every pair. (Outcomes are never copied with 'with'.)
    private readonly bool _decided = Decide(Candidates, MaybeNone);

    /// <summary>Whether the position on the day is known: one position, or certainly none.</summary>
    public bool IsDecided => _decided;

    /// <summary>Whether certainly no stance is in effect.</summary>
    public bool IsNone => MaybeNone && Candidates.IsEmpty;

    /// <summary>The stance in effect when the position is decided (the latest of those that agree).</summary>
    public Stance? InEffect => IsDecided && !MaybeNone ? Candidates[0] : null;

    /// <summary>Whether the stance in effect satisfies <paramref name="predicate"/>; "no stance" does not.</summary>
    public Truth Satisfies(Func<Stance, bool> predicate)
    {
        var some = Candidates.Any(predicate);
        if (!some)
        {
            return Truth.False;
        }

        return !MaybeNone && Candidates.All(predicate) ? Truth.True : Truth.Unknown;
    }

    private static bool Decide(ImmutableArray<Stance> candidates, bool maybeNone)
    {
        // The number of distinct positions among the candidates, plus one for "no stance yet", must be exactly one.
        var positions = maybeNone ? 1 : 0;
        for (var i = 0; i < candidates.Length && positions <= 1; i++)
        {
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = candidates[j].Position == candidates[i].Position;
            }

            positions += seenBefore ? 0 : 1;
        }

        return positions == 1;
    }
}
