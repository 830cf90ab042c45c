using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Defence;

// DefendersOf: the defenders of a victim on many days, from calendars computed once per victim and confidence.
public sealed partial class DefenceAnalysis
{
    /// <summary>
    /// Who must come to the defence of <paramref name="victim"/> on <paramref name="day"/>, attacked on its home territory by
    /// an attacker not named, provocation not stated: the guarantors of the obligations that
    /// <see cref="Defenders"/> lists for that query (those that apply or may apply), without the conditions, facts and
    /// explanation. Meant for many queries: the first query about a victim computes its defenders for every stretch of
    /// days between the days on which its treaties' statuses may change; later queries look the day up.
    /// </summary>
    /// <param name="victim">The actor attacked.</param>
    /// <param name="day">The day of the attack.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The guarantors, each once, in id order; or an error as for <see cref="Defenders"/> (<see cref="ErrorCodes.UnknownDefenceVictim"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<ImmutableArray<ActorId>, ModelError> DefendersOf(ActorId victim, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        if (CheckActors(victim, null) is { } error)
        {
            return error;
        }

        var calendars = _victimCalendars[(int)minimum];
        if (!calendars.TryGetValue(victim, out var calendar))
        {
            calendar = calendars.GetOrAdd(victim, VictimCalendar(victim, minimum));
        }

        return calendar.On(day);
    }

    /// <summary>
    /// The defenders of one victim on every day: the days on which any of its guarantees may change (those of their
    /// treaties' calendars), and for each stretch between two of them the guarantors whose obligation may apply.
    /// </summary>
    private DefenderCalendar VictimCalendar(ActorId victim, Confidence minimum)
    {
        bool MayApplyAtHome(Guarantee g) =>
            new Conditions(g, null, default, null, _scenario.Gazetteer.HomeTerritoryOf(g.Beneficiary), true, null).AllButInForce(minimum).IsPossible;

        var guarantees = new List<(Guarantee Guarantee, StatusCalendar Calendar)>();
        var days = new SortedSet<LocalDate>();
        var seen = new HashSet<StatusCalendar>();
        foreach (var guarantee in GuaranteesTo(victim))
        {
            // A treaty the minimum does not admit obliges no one, as in Defenders. The conditions other than being in
            // force are those of an attack on the home territory by an attacker not named.
            if (!MayApplyAtHome(guarantee) || !guarantee.Treaty.Evidence.IsAdmittedBy(minimum))
            {
                continue;
            }

            var calendar = CalendarOf(guarantee, minimum);
            guarantees.Add((guarantee, calendar));
            if (seen.Add(calendar))
            {
                days.UnionWith(calendar.Days);
            }

            // A suspension towards this victim alone changes the answer on the days its ends may fall on.
            foreach (var party in guarantee.Treaty.Parties)
            {
                if (party.Actor != guarantee.Guarantor)
                {
                    continue;
                }

                foreach (var suspension in party.PartnerSuspensions.Where(s => s.Partner == victim))
                {
                    days.Add(suspension.Period.Start.Start);
                    days.Add(suspension.Period.Start.End.PlusDays(1));
                    if (suspension.Period.End is { } end)
                    {
                        days.Add(end.Start);
                        days.Add(end.End.PlusDays(1));
                    }
                }
            }
        }

        // Each guarantee with its two parties' places in its treaty's statuses (−1 when not a party: never in force) and
        // its guarantor's rank among the guarantors in id order, so that a stretch is a pass of array reads: a victim of
        // many many-party treaties has tens of thousands of guarantees and hundreds of stretches.
        LocalDate[] changes = [.. days];
        ActorId[] guarantors = [.. guarantees.Select(g => g.Guarantee.Guarantor).Distinct().Order()];
        var rankOf = guarantors.Select((actor, rank) => (actor, rank)).ToDictionary(x => x.actor, x => x.rank);
        var prepared = guarantees
            .Select(g => (g.Calendar, Guarantor: g.Calendar.PartyIndex(g.Guarantee.Guarantor), Victim: g.Calendar.PartyIndex(g.Guarantee.Beneficiary), Rank: rankOf[g.Guarantee.Guarantor],
                Directed: DirectedObligations.HasSuspensionTowards(g.Guarantee.Treaty, g.Guarantee.Guarantor, victim) ? g.Guarantee : null))
            .ToArray();
        var marked = new bool[guarantors.Length];
        var defenders = new ImmutableArray<ActorId>[changes.Length + 1];
        for (var i = 0; i < defenders.Length; i++)
        {
            var day = i > 0 ? changes[i - 1] : changes.Length > 0 && changes[0] > LocalDate.MinIsoValue ? changes[0].PlusDays(-1) : LocalDate.MinIsoValue;
            Array.Clear(marked);
            StatusCalendar? last = null;
            Truth[] truths = [];
            foreach (var (calendar, guarantor, beneficiary, rank, directed) in prepared)
            {
                if (!ReferenceEquals(calendar, last))
                {
                    (last, truths) = (calendar, calendar.TruthsOn(day));
                }

                // As StatusCalendar.InForce: both bound by the treaty on the day.
                if (guarantor >= 0 && beneficiary >= 0 && (truths[guarantor] & truths[beneficiary]).IsPossible &&
                    (directed is null || DirectedObligations.Owed(directed.Treaty, directed.Guarantor, victim, day, minimum).Owed.IsPossible))
                {
                    marked[rank] = true;
                }
            }

            defenders[i] = [.. guarantors.Where((_, k) => marked[k])];
        }

        return new DefenderCalendar(changes, defenders);
    }

    /// <summary>The status calendar of the guarantee's treaty at <paramref name="minimum"/>, made when first asked for and then kept.</summary>
    private StatusCalendar CalendarOf(Guarantee guarantee, Confidence minimum)
    {
        ref var slot = ref _calendars[(int)minimum][guarantee.TreatyIndex];
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, new StatusCalendar(_evaluator, guarantee.Treaty, minimum), null) ?? slot!;
    }

    /// <summary>
    /// The statuses of one treaty's parties on every day, at one minimum confidence: the treaty is evaluated once per
    /// stretch of days between the days its statuses may change (<see cref="StatusAnalysis.ChangeDays"/>), by the
    /// same evaluator as <see cref="Defenders"/> (<see cref="StatusAnalysis.PartiesInForce"/>: only whether each party
    /// is bound, from one timeline), so the answers agree.
    /// </summary>
    private sealed class StatusCalendar
    {
        private readonly LocalDate[] _days;

        /// <summary>The days on which a status may change, sorted.</summary>
        public IReadOnlyList<LocalDate> Days => _days;
        private readonly Truth[][] _inForce;
        private readonly FrozenDictionary<ActorId, int> _parties;

        public StatusCalendar(StatusAnalysis evaluator, Treaty treaty, Confidence minimum)
        {
            _days = evaluator.ChangeDays(treaty, minimum);

            // Stretch 0 runs up to the day before the first change day; stretch i from change day i - 1 to the day before
            // change day i (the last one has no end).
            var representatives = new LocalDate[_days.Length + 1];
            representatives[0] = _days.Length == 0 ? new LocalDate(2000, 1, 1) : _days[0] > LocalDate.MinIsoValue ? _days[0].PlusDays(-1) : _days[0];
            _days.CopyTo(representatives, 1);
            (var parties, _inForce) = evaluator.PartiesInForce(treaty, minimum, representatives);
            _parties = parties.Select((actor, p) => (actor, p)).DistinctBy(x => x.actor).ToFrozenDictionary(x => x.actor, x => x.p);
        }

        /// <summary>Whether each party is bound on the day, by the places <see cref="PartyIndex"/> gives.</summary>
        public Truth[] TruthsOn(LocalDate day)
        {
            var found = Array.BinarySearch(_days, day);
            return _inForce[found >= 0 ? found + 1 : ~found];
        }

        /// <summary>The place of an actor's status in <see cref="TruthsOn"/>, or −1 when it is not a party.</summary>
        public int PartyIndex(ActorId actor) => _parties.TryGetValue(actor, out var index) ? index : -1;
    }
    /// <summary>The defenders of one victim: for each stretch between two change days, the guarantors, in id order.</summary>
    private sealed class DefenderCalendar(LocalDate[] days, ImmutableArray<ActorId>[] defenders)
    {
        public ImmutableArray<ActorId> On(LocalDate day)
        {
            var found = Array.BinarySearch(days, day);
            return defenders[found >= 0 ? found + 1 : ~found];
        }
    }
}
