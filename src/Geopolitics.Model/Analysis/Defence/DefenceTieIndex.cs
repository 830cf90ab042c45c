using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// The mutual-defence clauses of a scenario and the defence ties they create on a day: two actors are tied when a
/// mutual-defence clause names one as guarantor of the other (either way) and both are bound by the treaty on the day.
/// </summary>
/// <remarks>
/// A treaty is kept as its party set (one membership per party), never as its guarantor–beneficiary pairs: the pairs of
/// a treaty of <c>n</c> parties are <c>n·(n−1)</c>, and a question about two actors needs only the treaties both are
/// party to. Pairs are derived when a question asks about them.
/// </remarks>
internal sealed class DefenceTieIndex
{
    private readonly StatusAnalysis _evaluator;
    private readonly ScenarioFacts _facts;
    private readonly ImmutableArray<TreatyClauses> _treaties;

    // For each actor, the indexes into _treaties of the treaties it is party to, ascending (the scenario's order).
    private readonly FrozenDictionary<ActorId, int[]> _treatiesOf;

    // One per scenario instance, shared by the partnership and alignment analyses of that scenario.
    private static readonly ConditionalWeakTable<Scenario, DefenceTieIndex> Shared = [];

    /// <summary>The index of <paramref name="scenario"/>'s defence ties, built on first use and then shared.</summary>
    public static DefenceTieIndex Of(Scenario scenario) =>
        Shared.GetValue(scenario, static s => new DefenceTieIndex(s.Treaties.DistinctBy(t => t.Id), StatusAnalysis.Of(s), ScenarioFacts.Of(s)));

    private DefenceTieIndex(IEnumerable<Treaty> treaties, StatusAnalysis evaluator, ScenarioFacts facts)
    {
        _evaluator = evaluator;
        _facts = facts;
        _treaties = [.. treaties.Where(t => t.Clauses.Any(c => c is MutualDefenceClause)).Select(t => new TreatyClauses(t))];
        var of = new Dictionary<ActorId, List<int>>();
        for (var i = 0; i < _treaties.Length; i++)
        {
            foreach (var actor in _treaties[i].Members)
            {
                if (!of.TryGetValue(actor, out var list))
                {
                    of[actor] = list = [];
                }

                list.Add(i);
            }
        }

        _treatiesOf = of.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    /// <summary>The defence ties on the day, each pair's derived when first asked for.</summary>
    public Snapshot On(LocalDate day, Confidence minimum) => new(this, day, minimum);

    /// <summary>The defence ties between two actors on the day, one per clause that names them.</summary>
    public ImmutableArray<ClauseTie> Between(ActorId first, ActorId second, LocalDate day, Confidence minimum) =>
        Between(first, second, day, minimum, i => new DayReport(_evaluator.EvaluateTreaty(_treaties[i].Treaty, day, minimum), indexed: false));

    /// <summary>The facts of a treaty's status report that concern the two actors (or the treaty as a whole).</summary>
    public static IEnumerable<TreatyFact> FactsFor(IEnumerable<TreatyFact> facts, ActorId first, ActorId second) =>
        facts.Where(f => f.Party is null || f.Party == first || f.Party == second);

    /// <summary>The clause ties between two actors, in the order of treaties and clauses, with the treaties' reports from <paramref name="report"/>.</summary>
    private ImmutableArray<ClauseTie> Between(ActorId first, ActorId second, LocalDate day, Confidence minimum, Func<int, DayReport> report)
    {
        var result = ImmutableArray.CreateBuilder<ClauseTie>();
        foreach (var i in Common(first, second))
        {
            var treaty = _treaties[i];
            DayReport? dayReport = null;
            foreach (var clause in treaty.Clauses)
            {
                var pairs = clause.PairsBetween(first, second);
                if (!pairs.IsEmpty)
                {
                    dayReport ??= report(i);
                    result.Add(Tie(treaty, clause.Clause, dayReport, first, second, pairs, day, minimum));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Whether the two are tied by the treaty on the day, from <paramref name="inForce"/> (both bound): when a party of
    /// the treaty suspended its obligations towards one partner alone, only while one of them still owes the other.
    /// </summary>
    private Truth DirectedInForce(int treaty, ActorId first, ActorId second, Truth inForce, LocalDate day, Confidence minimum)
    {
        var clauses = _treaties[treaty];
        if (!clauses.HasPartnerSuspensions || inForce.IsFalse)
        {
            return inForce;
        }

        var owed = Truth.False;
        foreach (var clause in clauses.Clauses)
        {
            foreach (var pair in clause.PairsBetween(first, second))
            {
                owed |= DirectedObligations.Owed(clauses.Treaty, pair.Guarantor, pair.Beneficiary, day, minimum).Owed;
            }
        }

        return inForce & owed;
    }

    /// <summary>Whether any clause of the treaty names one of the two actors as guarantor of the other.</summary>
    private bool Names(int treaty, ActorId first, ActorId second)
    {
        foreach (var clause in _treaties[treaty].Clauses)
        {
            if (clause.Guarantees(first, second) || clause.Guarantees(second, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The treaties (indexes into the index's list) both actors are party to, ascending.</summary>
    private List<int> Common(ActorId first, ActorId second)
    {
        var common = new List<int>();
        if (first == second || !_treatiesOf.TryGetValue(first, out var a) || !_treatiesOf.TryGetValue(second, out var b))
        {
            return common;
        }

        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                common.Add(a[i]);
                i++;
                j++;
            }
            else
            {
                _ = a[i] < b[j] ? i++ : j++;
            }
        }

        return common;
    }

    private ClauseTie Tie(TreatyClauses clauses, MutualDefenceClause clause, DayReport report, ActorId first, ActorId second, ImmutableArray<GuaranteePair> pairs, LocalDate day, Confidence minimum)
    {
        var treaty = clauses.Treaty;
        var inForce = report.InForce(first, second);
        var facts = ImmutableArray.CreateBuilder<FactReference>();
        facts.Add(_facts.Clause(treaty, clause));
        facts.AddRange(report.FactsFor(first, second).Select(_facts.TreatyFact));
        if (clauses.HasPartnerSuspensions)
        {
            // Tied while either direction is owed: a party that suspended its obligations towards the other alone still
            // counts when the other still owes it.
            var owed = Truth.False;
            foreach (var pair in pairs)
            {
                owed |= DirectedObligations.Owed(treaty, pair.Guarantor, pair.Beneficiary, day, minimum).Owed;
            }

            inForce &= owed;
        }

        var ignored = report.IgnoredFor(first, second).Select(_facts.TreatyFact).ToImmutableArray();
        return new ClauseTie(treaty, clause, pairs, inForce, facts.ToImmutable(), ignored);
    }

    /// <summary>
    /// The defence ties of one day, derived pair by pair when asked for and then kept: a treaty's status is evaluated
    /// once, when a question first needs it. Not shared between threads.
    /// </summary>
    internal sealed class Snapshot(DefenceTieIndex index, LocalDate day, Confidence minimum)
    {
        private readonly Dictionary<int, DayReport> _reports = [];
        private readonly Dictionary<(ActorId, ActorId), ImmutableArray<ClauseTie>> _between = [];
        private readonly Dictionary<(ActorId, ActorId), Truth> _ties = [];
        private readonly Dictionary<ActorId, List<ActorId>> _partners = [];

        public ImmutableArray<ClauseTie> Between(ActorId first, ActorId second)
        {
            var key = Key(first, second);
            if (!_between.TryGetValue(key, out var ties))
            {
                _between[key] = ties = index.Between(key.Item1, key.Item2, day, minimum, Report);
            }

            return ties;
        }

        public Truth Tie(ActorId first, ActorId second)
        {
            var key = Key(first, second);
            if (_ties.TryGetValue(key, out var tie))
            {
                return tie;
            }

            // As Truth.Any over the clause ties' InForce, without their facts: every clause of a treaty that names the
            // two has the same InForce (both bound by the treaty).
            tie = Truth.False;
            foreach (var i in index.Common(key.Item1, key.Item2))
            {
                if (index.Names(i, key.Item1, key.Item2))
                {
                    tie |= index.DirectedInForce(i, key.Item1, key.Item2, Report(i).InForce(key.Item1, key.Item2), day, minimum);
                    if (tie.IsTrue)
                    {
                        break;
                    }
                }
            }

            _ties[key] = tie;
            return tie;
        }

        public List<ActorId> PartnersOf(ActorId actor) =>
            _partners.TryGetValue(actor, out var partners) ? partners : FindPartners(actor);

        // Apart from PartnersOf, so that a look-up that finds the partners kept does not allocate the closure below
        // (a lambda's closure is made on entry to the method that holds it).
        private List<ActorId> FindPartners(ActorId actor)
        {
            var candidates = new HashSet<ActorId>();
            if (index._treatiesOf.TryGetValue(actor, out var treaties))
            {
                foreach (var i in treaties)
                {
                    foreach (var clause in index._treaties[i].Clauses)
                    {
                        clause.AddCounterparts(actor, candidates);
                    }
                }
            }

            candidates.Remove(actor);
            List<ActorId> partners = [.. candidates.Where(other => Tie(actor, other).IsPossible).Order()];
            _partners[actor] = partners;
            return partners;
        }

        private DayReport Report(int treaty)
        {
            if (!_reports.TryGetValue(treaty, out var report))
            {
                _reports[treaty] = report = new DayReport(index._evaluator.EvaluateTreaty(index._treaties[treaty].Treaty, day, minimum), indexed: true);
            }

            return report;
        }

        private static (ActorId, ActorId) Key(ActorId a, ActorId b) => a < b ? (a, b) : (b, a);
    }

    /// <summary>A treaty with mutual-defence clauses: its parties and, per clause, who guarantees whom.</summary>
    private sealed class TreatyClauses
    {
        public TreatyClauses(Treaty treaty)
        {
            Treaty = treaty;
            var members = treaty.PartyActors.Distinct().ToList();
            Members = [.. members];
            Clauses = [.. treaty.Clauses.OfType<MutualDefenceClause>().Select(c => new ClauseMembers(c, members))];
            HasPartnerSuspensions = DirectedObligations.HasPartnerSuspensions(treaty);
        }

        /// <summary>Whether a party suspended its obligations towards one partner alone, so that ties follow the directions.</summary>
        public bool HasPartnerSuspensions { get; }

        public Treaty Treaty { get; }

        public ImmutableArray<ActorId> Members { get; }

        public ImmutableArray<ClauseMembers> Clauses { get; }
    }

    /// <summary>
    /// One clause's guarantors (with their rank, the order of <see cref="Clause.GuaranteePairs"/>) and beneficiaries, as
    /// sets: the pairs of the clause are every guarantor with every other beneficiary, never listed.
    /// </summary>
    private sealed class ClauseMembers
    {
        private readonly FrozenDictionary<ActorId, int> _guarantorRank;
        private readonly FrozenSet<ActorId> _beneficiaries;
        private readonly ImmutableArray<ActorId> _guarantors;
        private readonly ImmutableArray<ActorId> _beneficiaryList;

        public ClauseMembers(MutualDefenceClause clause, List<ActorId> members)
        {
            Clause = clause;

            // As Clause.GuaranteePairs chooses them.
            _guarantors = [.. clause.Guarantors.IsEmpty ? members : clause.Guarantors.Distinct().Where(members.Contains)];
            _beneficiaryList = [.. clause.Beneficiaries.IsEmpty ? members : clause.Beneficiaries.Distinct().Where(members.Contains)];
            _guarantorRank = _guarantors.Select((actor, rank) => (actor, rank)).ToFrozenDictionary(p => p.actor, p => p.rank);
            _beneficiaries = _beneficiaryList.ToFrozenSet();
        }

        public MutualDefenceClause Clause { get; }

        public bool Guarantees(ActorId guarantor, ActorId beneficiary) =>
            guarantor != beneficiary && _guarantorRank.ContainsKey(guarantor) && _beneficiaries.Contains(beneficiary);

        /// <summary>The pairs between the two, in either direction, in the order of <see cref="Clause.GuaranteePairs"/> (guarantors' order).</summary>
        public ImmutableArray<GuaranteePair> PairsBetween(ActorId first, ActorId second)
        {
            var forward = Guarantees(first, second);
            var backward = Guarantees(second, first);
            if (forward && backward)
            {
                return _guarantorRank[first] < _guarantorRank[second]
                    ? [new GuaranteePair(first, second), new GuaranteePair(second, first)]
                    : [new GuaranteePair(second, first), new GuaranteePair(first, second)];
            }

            return forward ? [new GuaranteePair(first, second)] : backward ? [new GuaranteePair(second, first)] : [];
        }

        /// <summary>Adds the actors the clause ties to <paramref name="actor"/> either way.</summary>
        public void AddCounterparts(ActorId actor, HashSet<ActorId> into)
        {
            if (_guarantorRank.ContainsKey(actor))
            {
                into.UnionWith(_beneficiaryList);
            }

            if (_beneficiaries.Contains(actor))
            {
                into.UnionWith(_guarantors);
            }
        }
    }

    /// <summary>A treaty's status report on a day, with its party statuses and facts indexed by party.</summary>
    private sealed class DayReport
    {
        private readonly TreatyStatusReport _report;
        private readonly Dictionary<ActorId, Truth> _inForce = [];
        private readonly Lazy<FactsByParty> _facts;
        private readonly Lazy<FactsByParty> _ignored;

        /// <param name="report">The report.</param>
        /// <param name="indexed">
        /// Whether to index the facts by party, for a report many pairs read (a day's snapshot); a report read for one
        /// pair filters them instead.
        /// </param>
        public DayReport(TreatyStatusReport report, bool indexed)
        {
            _report = report;
            foreach (var party in report.Parties)
            {
                // The first entry of an actor, as TreatyStatusReport.Party finds it.
                _inForce.TryAdd(party.Actor, party.IsInForce);
            }

            _facts = new(() => new FactsByParty(report.Facts, indexed));
            _ignored = new(() => new FactsByParty(report.IgnoredFacts, indexed));
        }

        /// <summary>Whether both are bound by the treaty on the day (false when either is not a party).</summary>
        public Truth InForce(ActorId first, ActorId second) =>
            _inForce.TryGetValue(first, out var a) && _inForce.TryGetValue(second, out var b) ? a & b : Truth.False;

        /// <summary>As <see cref="DefenceTieIndex.FactsFor(IEnumerable{TreatyFact}, ActorId, ActorId)"/> over the report's facts, in their order.</summary>
        public List<TreatyFact> FactsFor(ActorId first, ActorId second) => _facts.Value.For(first, second);

        /// <summary>The same over the report's ignored facts.</summary>
        public List<TreatyFact> IgnoredFor(ActorId first, ActorId second) => _ignored.Value.For(first, second);

        public override string ToString() => _report.ToString();
    }

    /// <summary>A report's facts split into those of the treaty as a whole and those of each party, keeping their positions.</summary>
    private sealed class FactsByParty
    {
        private readonly ImmutableArray<TreatyFact> _facts;
        private readonly List<int> _general = [];
        private readonly Dictionary<ActorId, List<int>> _byParty = [];

        private readonly bool _indexed;

        public FactsByParty(ImmutableArray<TreatyFact> facts, bool indexed)
        {
            _facts = facts;
            _indexed = indexed;
            if (!indexed)
            {
                return;
            }

            for (var i = 0; i < facts.Length; i++)
            {
                if (facts[i].Party is { } party)
                {
                    if (!_byParty.TryGetValue(party, out var list))
                    {
                        _byParty[party] = list = [];
                    }

                    list.Add(i);
                }
                else
                {
                    _general.Add(i);
                }
            }
        }

        /// <summary>The facts of the treaty as a whole and of either party, in the report's order (a merge of three ascending lists).</summary>
        public List<TreatyFact> For(ActorId first, ActorId second)
        {
            if (!_indexed)
            {
                return [.. DefenceTieIndex.FactsFor(_facts, first, second)];
            }

            var a = _byParty.GetValueOrDefault(first) ?? [];
            var b = first == second ? [] : _byParty.GetValueOrDefault(second) ?? [];
            var result = new List<TreatyFact>(_general.Count + a.Count + b.Count);
            int i = 0, j = 0, k = 0;
            while (i < _general.Count || j < a.Count || k < b.Count)
            {
                var next = Math.Min(i < _general.Count ? _general[i] : int.MaxValue, Math.Min(j < a.Count ? a[j] : int.MaxValue, k < b.Count ? b[k] : int.MaxValue));
                if (i < _general.Count && _general[i] == next)
                {
                    i++;
                }
                else if (j < a.Count && a[j] == next)
                {
                    j++;
                }
                else
                {
                    k++;
                }

                result.Add(_facts[next]);
            }

            return result;
        }
    }
}

/// <summary>One mutual-defence clause tying two actors, and whether it binds both on the day.</summary>
/// <param name="Treaty">The treaty.</param>
/// <param name="Clause">The clause.</param>
/// <param name="Pairs">The guarantees between the two actors (one or both directions).</param>
/// <param name="InForce">Whether both actors are bound by the treaty on the day.</param>
/// <param name="Facts">The clause and the treaty facts the answer rests on.</param>
/// <param name="Ignored">The treaty facts set aside by the minimum confidence.</param>
internal sealed record ClauseTie(
    Treaty Treaty,
    MutualDefenceClause Clause,
    ImmutableArray<GuaranteePair> Pairs,
    Truth InForce,
    ImmutableArray<FactReference> Facts,
    ImmutableArray<FactReference> Ignored)
{
    /// <summary>A readable description of the guarantees.</summary>
    public string Describe() =>
        $"{Treaty.Id} {Clause.Id}{(Clause.Article is { } article ? " (" + article + ")" : string.Empty)}: {string.Join(", ", Pairs)}";
}
