using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var stated = StatedAtHome(victim, minimum);
        var all = GuaranteesTo(victim);
        var guarantees = new List<(Guarantee Guarantee, StatusCalendar Calendar)>();
        var days = new List<LocalDate>();
        var seen = new HashSet<StatusCalendar>();
        for (var g = 0; g < all.Length; g++)
        {
            // A treaty the minimum does not admit obliges no one, as in Defenders. The conditions other than being in
            // force are those of an attack on the home territory by an attacker not named.
            var guarantee = all[g];
            if (!Truth.All(stated[g].Select(condition => condition.Holds)).IsPossible || !guarantee.Treaty.Evidence.IsAdmittedBy(minimum))
            {
                continue;
            }

            var calendar = CalendarOf(guarantee, minimum);
            guarantees.Add((guarantee, calendar));
            if (seen.Add(calendar))
            {
                days.AddRange(calendar.Days);
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

        // Each guarantee with its treaty's calendar (by its place among the victim's), its two parties' places in that
        // treaty's statuses (−1 when not a party: never in force) and its guarantor's rank among the guarantors in id
        // order. A stretch re-reads only the guarantees of the treaties whose status may change on its first day (and
        // those a suspension towards the victim may change), and counts for each guarantor its guarantees that may
        // apply: a victim of many many-party treaties has tens of thousands of guarantees and hundreds of stretches.
        days.Sort();
        LocalDate[] changes = [.. days.Distinct()];
        ActorId[] guarantors = [.. guarantees.Select(g => g.Guarantee.Guarantor).Distinct().Order()];
        var rankOf = guarantors.Select((actor, rank) => (actor, rank)).ToDictionary(x => x.actor, x => x.rank);
        var used = new List<StatusCalendar>();
        var placeOf = new Dictionary<StatusCalendar, int>(ReferenceEqualityComparer.Instance);
        var ofCalendar = new List<List<int>>();
        var directed = new List<int>();
        var prepared = new (int Calendar, int Guarantor, int Victim, int Rank, Guarantee? Directed)[guarantees.Count];
        for (var g = 0; g < prepared.Length; g++)
        {
            var (guarantee, calendar) = guarantees[g];
            if (!placeOf.TryGetValue(calendar, out var c))
            {
                placeOf[calendar] = c = used.Count;
                used.Add(calendar);
                ofCalendar.Add([]);
            }

            var suspended = DirectedObligations.HasSuspensionTowards(guarantee.Treaty, guarantee.Guarantor, victim);
            prepared[g] = (c, calendar.PartyIndex(guarantee.Guarantor), calendar.PartyIndex(guarantee.Beneficiary), rankOf[guarantee.Guarantor], suspended ? guarantee : null);
            (suspended ? directed : ofCalendar[c]).Add(g);
        }

        // The stretches on whose first day each calendar's statuses may change, in order.
        var changing = new List<(int Stretch, int Calendar)>();
        for (var c = 0; c < used.Count; c++)
        {
            foreach (var day in used[c].Days)
            {
                changing.Add((Array.BinarySearch(changes, day) + 1, c));
            }
        }

        changing.Sort((a, b) => a.Stretch != b.Stretch ? a.Stretch.CompareTo(b.Stretch) : a.Calendar.CompareTo(b.Calendar));

        var counts = new int[guarantors.Length];
        var applies = new bool[prepared.Length];
        var defenders = new ImmutableArray<ActorId>[changes.Length + 1];
        var next = 0;
        for (var i = 0; i < defenders.Length; i++)
        {
            var day = i > 0 ? changes[i - 1] : changes.Length > 0 && changes[0] > LocalDate.MinIsoValue ? changes[0].PlusDays(-1) : LocalDate.MinIsoValue;
            var changed = i == 0;
            void Read(int g, Truth[] truths)
            {
                // As StatusCalendar.InForce: both bound by the treaty on the day.
                var (_, guarantor, beneficiary, rank, towards) = prepared[g];
                var now = guarantor >= 0 && beneficiary >= 0 && (truths[guarantor] & truths[beneficiary]).IsPossible &&
                    (towards is null || DirectedObligations.Owed(towards.Treaty, towards.Guarantor, victim, day, minimum).Owed.IsPossible);
                if (now != applies[g])
                {
                    applies[g] = now;
                    counts[rank] += now ? 1 : -1;
                    changed |= counts[rank] == (now ? 1 : 0);
                }
            }

            for (var c = 0; c < used.Count && i == 0; c++)
            {
                var truths = used[c].TruthsOn(day);
                ofCalendar[c].ForEach(g => Read(g, truths));
            }

            for (; next < changing.Count && changing[next].Stretch == i; next++)
            {
                var c = changing[next].Calendar;
                var truths = used[c].TruthsOn(day);
                ofCalendar[c].ForEach(g => Read(g, truths));
            }

            directed.ForEach(g => Read(g, used[prepared[g].Calendar].TruthsOn(day)));

            // Most stretches name the defenders of the one before (only another guarantor's count changed): they share its list.
            if (!changed)
            {
                defenders[i] = defenders[i - 1];
                continue;
            }

            var list = new ActorId[counts.Count(n => n > 0)];
            for (int k = 0, n = 0; k < counts.Length; k++)
            {
                if (counts[k] > 0)
                {
                    list[n++] = guarantors[k];
                }
            }

            defenders[i] = ImmutableCollectionsMarshal.AsImmutableArray(list);
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
