using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// What the ATOP tables need from a scenario, read once: for each treaty with an ATOP id, its parties that are COW
/// states, their membership spells, what each owes, and the years in which a party's obligations hand over to a
/// superseding phase.
/// </summary>
internal sealed class AtopMemberships
{
    // A scenario is immutable, so what is read from it holds as long as the scenario lives; the tables are asked of
    // the same imported scenario again and again (a table per query, per year range, per tool command).
    private static readonly ConditionalWeakTable<Scenario, AtopMemberships> Cache = [];

    private AtopMemberships(List<TreatyMembers> treaties)
    {
        Treaties = treaties;
        var states = new SortedSet<int>();
        FirstYear = int.MaxValue;
        foreach (var party in treaties.SelectMany(treaty => treaty.Parties))
        {
            states.Add(party.Cow);
            FirstYear = Math.Min(FirstYear, party.Spells[0].Start.Year);
        }

        States = [.. states];
        StateIndex = new int[1 << 10]; // COW codes are below 1000
        Array.Fill(StateIndex, -1);
        for (var i = 0; i < States.Length; i++)
        {
            StateIndex[States[i]] = i;
        }
    }

    public List<TreatyMembers> Treaties { get; }

    /// <summary>The COW codes of the states with a membership, ascending: the tables pack a state as its index here.</summary>
    public int[] States { get; }

    /// <summary>The index of each COW code in <see cref="States"/>, or −1.</summary>
    public int[] StateIndex { get; }

    /// <summary>The first year of any membership (<see cref="int.MaxValue"/> when there is none).</summary>
    public int FirstYear { get; }

    /// <summary>The memberships of a scenario, read on first use and kept while the scenario lives; read-only once shared.</summary>
    public static AtopMemberships Of(Scenario scenario) => Cache.GetValue(scenario, Read);

    private static AtopMemberships Read(Scenario scenario)
    {
        var treaties = new List<TreatyMembers>();
        var byId = new Dictionary<TreatyId, TreatyMembers>();
        var spells = new List<MembershipSpell>();
        foreach (var treaty in scenario.Treaties)
        {
            if (AtopId(treaty) is not { } atopId)
            {
                continue;
            }

            var members = new TreatyMembers(treaty, atopId);
            foreach (var party in treaty.Parties)
            {
                if (!CowActors.TryGetCowCode(party.Actor, out var cow))
                {
                    continue;
                }

                MembershipSpells.Read(treaty, party, spells);
                if (spells.Count > 0)
                {
                    members.Parties.Add(new PartyMembership(party.Actor, cow, [.. spells]));
                }
            }

            AddObligations(members);
            AddPartnerSuspensions(members);
            treaties.Add(members);
            byId.TryAdd(treaty.Id, members);
        }

        // The state-year rule: in the year a member's commitment under one phase ends on the day its commitment under the
        // superseding phase begins, the earlier phase's obligations do not count; the later phase's do.
        foreach (var later in treaties)
        {
            foreach (var supersededId in later.Treaty.Supersedes)
            {
                if (!byId.TryGetValue(supersededId, out var earlier) || earlier == later)
                {
                    continue;
                }

                foreach (var member in later.Parties)
                {
                    var before = earlier.Find(member.Actor);
                    if (before is not null && before.Spells[^1].End is { } ended && member.Spells[0].Start == ended)
                    {
                        (before.HandOverYears ??= []).Add(ended.Year);
                    }
                }
            }
        }

        return new AtopMemberships(treaties);
    }

    private static int? AtopId(Treaty treaty)
    {
        foreach (var reference in treaty.ExternalReferences)
        {
            if (reference.Dataset == DatasetNames.Atop &&
                int.TryParse(reference.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id is > 0 and < (1 << 24))
            {
                return id;
            }
        }

        return null;
    }

    private static void AddObligations(TreatyMembers members)
    {
        var treaty = members.Treaty;
        if (members.Parties.Count == 0)
        {
            return;
        }

        // Indexes instead of Clause.GuaranteePairs: large alliances (the OSCE has 57 members) make the pairs many. A party
        // that is not a COW state (ATOP-8152) still counts as someone a member owes, but has no dyad of its own.
        var parties = new List<ActorId>(treaty.Parties.Length);
        var index = new Dictionary<ActorId, int>(treaty.Parties.Length);
        foreach (var party in treaty.Parties)
        {
            if (index.TryAdd(party.Actor, parties.Count))
            {
                parties.Add(party.Actor);
            }
        }

        var member = new int[parties.Count];
        for (var i = 0; i < parties.Count; i++)
        {
            member[i] = members.IndexOf(parties[i]);
        }

        var guarantors = new List<int>(parties.Count);
        var beneficiaries = new List<int>(parties.Count);
        foreach (var clause in treaty.Clauses)
        {
            var obligation = Obligation(clause.Kind);
            if (obligation == AtopObligations.None || AtopTreatyFactory.IsUnstated(clause))
            {
                continue;
            }

            Indexes(clause.Guarantors, index, parties.Count, guarantors);
            Indexes(clause.Beneficiaries, index, parties.Count, beneficiaries);
            foreach (var guarantor in guarantors)
            {
                var owing = member[guarantor];
                if (owing < 0)
                {
                    continue;
                }

                foreach (var beneficiary in beneficiaries)
                {
                    if (guarantor == beneficiary)
                    {
                        continue;
                    }

                    members.Parties[owing].Owes |= obligation;
                    if (member[beneficiary] is var owed and >= 0)
                    {
                        members.AddOwed(owing, owed, obligation);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A party's suspensions of its obligations towards one partner (<see cref="TreatyParty.PartnerSuspensions"/>): the
    /// years they cover whole, in which the party owes that partner nothing.
    /// </summary>
    private static void AddPartnerSuspensions(TreatyMembers members)
    {
        for (var g = 0; g < members.Parties.Count; g++)
        {
            var party = members.Treaty.Parties.FirstOrDefault(p => p.Actor == members.Parties[g].Actor);
            if (party is null || party.PartnerSuspensions.IsEmpty)
            {
                continue;
            }

            foreach (var suspension in party.PartnerSuspensions)
            {
                var b = members.IndexOf(suspension.Partner);
                if (b < 0)
                {
                    continue;
                }

                // Whole years only: a year in which the party owed the partner on some day keeps its flags, as a
                // membership counts for every year it touches.
                var start = suspension.Period.Start.Start;
                var first = start.DayOfYear == 1 ? start.Year : start.Year + 1;
                var last = suspension.Period.End is { } end ? (end.End.Month == 12 && end.End.Day == 31 ? end.End.Year : end.End.Year - 1) : int.MaxValue;
                if (first <= last)
                {
                    members.AddSuspendedYears(g, b, first, last);
                }
            }
        }
    }

    /// <summary>The parties a clause names (all when it names none), as indexes into the treaty's distinct parties.</summary>
    private static void Indexes(ImmutableArray<ActorId> named, Dictionary<ActorId, int> index, int count, List<int> into)
    {
        into.Clear();
        if (named.IsEmpty)
        {
            for (var i = 0; i < count; i++)
            {
                into.Add(i);
            }

            return;
        }

        foreach (var actor in named)
        {
            if (index.TryGetValue(actor, out var i) && !into.Contains(i))
            {
                into.Add(i);
            }
        }
    }

    private static AtopObligations Obligation(ClauseKind kind) => kind switch
    {
        ClauseKind.MutualDefence => AtopObligations.Defense,
        ClauseKind.Offence => AtopObligations.Offense,
        ClauseKind.Neutrality => AtopObligations.Neutral,
        ClauseKind.NonAggression => AtopObligations.NonAggression,
        ClauseKind.Consultation => AtopObligations.Consultation,
        _ => AtopObligations.None,
    };

    /// <summary>A treaty with an ATOP id and its parties that are COW states.</summary>
    internal sealed class TreatyMembers(Treaty treaty, int atopId)
    {
        private AtopObligations[]? _owed;

        public Treaty Treaty { get; } = treaty;

        public int AtopId { get; } = atopId;

        public List<PartyMembership> Parties { get; } = [];

        public int IndexOf(ActorId actor)
        {
            for (var i = 0; i < Parties.Count; i++)
            {
                if (Parties[i].Actor == actor)
                {
                    return i;
                }
            }

            return -1;
        }

        public PartyMembership? Find(ActorId actor) => IndexOf(actor) is var i and >= 0 ? Parties[i] : null;

        /// <summary>What party <paramref name="guarantor"/> owes party <paramref name="beneficiary"/> (indexes into <see cref="Parties"/>).</summary>
        public AtopObligations Owed(int guarantor, int beneficiary) =>
            _owed is { } owed ? owed[(guarantor * Parties.Count) + beneficiary] : AtopObligations.None;

        private List<(int Guarantor, int Beneficiary, int First, int Last)>? _suspended;

        /// <summary>Whether any party suspended its obligations towards one partner for a whole year.</summary>
        public bool HasSuspendedYears => _suspended is not null;

        /// <summary>What party <paramref name="guarantor"/> owes party <paramref name="beneficiary"/> in <paramref name="year"/>: nothing in a year its suspension towards that partner covers whole.</summary>
        public AtopObligations OwedIn(int guarantor, int beneficiary, int year)
        {
            if (_suspended is { } suspended)
            {
                foreach (var (g, b, first, last) in suspended)
                {
                    if (g == guarantor && b == beneficiary && first <= year && year <= last)
                    {
                        return AtopObligations.None;
                    }
                }
            }

            return Owed(guarantor, beneficiary);
        }

        /// <summary>Records the whole years of a suspension towards one partner; only while the memberships are read.</summary>
        public void AddSuspendedYears(int guarantor, int beneficiary, int first, int last) =>
            (_suspended ??= []).Add((guarantor, beneficiary, first, last));

        /// <summary>Adds to what a party owes another; only while the memberships are read, never once they are shared.</summary>
        public void AddOwed(int guarantor, int beneficiary, AtopObligations obligation)
        {
            _owed ??= new AtopObligations[Parties.Count * Parties.Count];
            _owed[(guarantor * Parties.Count) + beneficiary] |= obligation;
        }
    }

    /// <summary>One party that is a COW state: its spells, what it owes anyone, and the years its obligations hand over to a later phase.</summary>
    internal sealed class PartyMembership(ActorId actor, int cow, MembershipSpell[] spells)
    {
        public ActorId Actor { get; } = actor;

        public int Cow { get; } = cow;

        public MembershipSpell[] Spells { get; } = spells;

        public AtopObligations Owes { get; set; }

        public List<int>? HandOverYears { get; set; }

        public bool HandsOverIn(int year) => HandOverYears is { } years && years.Contains(year);
    }
}
