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
internal sealed class DefenceTieIndex
{
    private readonly StatusAnalysis _evaluator;
    private readonly ScenarioFacts _facts;
    private readonly ImmutableArray<(Treaty Treaty, ImmutableArray<(MutualDefenceClause Clause, ImmutableArray<GuaranteePair> Pairs)> Clauses)> _treaties;

    // One per scenario instance, shared by the partnership and alignment analyses of that scenario.
    private static readonly ConditionalWeakTable<Scenario, DefenceTieIndex> Shared = [];

    /// <summary>The index of <paramref name="scenario"/>'s defence ties, built on first use and then shared.</summary>
    public static DefenceTieIndex Of(Scenario scenario) =>
        Shared.GetValue(scenario, static s => new DefenceTieIndex(s.Treaties.DistinctBy(t => t.Id), StatusAnalysis.Of(s), ScenarioFacts.Of(s)));

    private DefenceTieIndex(IEnumerable<Treaty> treaties, StatusAnalysis evaluator, ScenarioFacts facts)
    {
        _evaluator = evaluator;
        _facts = facts;
        _treaties =
        [
            .. treaties
                .Select(t => (Treaty: t, Clauses: t.Clauses.OfType<MutualDefenceClause>().Select(c => (c, t.GuaranteePairs(c))).ToImmutableArray()))
                .Where(t => !t.Clauses.IsEmpty),
        ];
    }

    /// <summary>The defence ties of every pair on the day; each treaty is evaluated once.</summary>
    public DefenceTieSnapshot On(LocalDate day, Confidence minimum)
    {
        var ties = new Dictionary<(ActorId, ActorId), List<ClauseTie>>();
        foreach (var (treaty, clauses) in _treaties)
        {
            var report = _evaluator.EvaluateTreaty(treaty, day, minimum);
            foreach (var (clause, pairs) in clauses)
            {
                foreach (var group in pairs.GroupBy(p => Key(p.Guarantor, p.Beneficiary)))
                {
                    var tie = Tie(treaty, clause, report, group.Key.Item1, group.Key.Item2, [.. group]);
                    if (!ties.TryGetValue(group.Key, out var list))
                    {
                        ties[group.Key] = list = [];
                    }

                    list.Add(tie);
                }
            }
        }

        return new DefenceTieSnapshot(ties.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray()));
    }

    /// <summary>The defence ties between two actors on the day, one per clause that names them.</summary>
    public ImmutableArray<ClauseTie> Between(ActorId first, ActorId second, LocalDate day, Confidence minimum)
    {
        var result = ImmutableArray.CreateBuilder<ClauseTie>();
        foreach (var (treaty, clauses) in _treaties)
        {
            if (!treaty.IsParty(first) || !treaty.IsParty(second))
            {
                continue;
            }

            TreatyStatusReport? report = null;
            foreach (var (clause, pairs) in clauses)
            {
                var between = pairs.Where(p => (p.Guarantor == first && p.Beneficiary == second) || (p.Guarantor == second && p.Beneficiary == first)).ToImmutableArray();
                if (!between.IsEmpty)
                {
                    report ??= _evaluator.EvaluateTreaty(treaty, day, minimum);
                    result.Add(Tie(treaty, clause, report, first, second, between));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The facts of a treaty's status report that concern the two actors (or the treaty as a whole).</summary>
    public static IEnumerable<TreatyFact> FactsFor(IEnumerable<TreatyFact> facts, ActorId first, ActorId second) =>
        facts.Where(f => f.Party is null || f.Party == first || f.Party == second);

    private static (ActorId, ActorId) Key(ActorId a, ActorId b) => a < b ? (a, b) : (b, a);

    private ClauseTie Tie(Treaty treaty, MutualDefenceClause clause, TreatyStatusReport report, ActorId first, ActorId second, ImmutableArray<GuaranteePair> pairs)
    {
        var firstStatus = report.Party(first);
        var secondStatus = report.Party(second);
        var inForce = firstStatus is null || secondStatus is null ? Truth.False : firstStatus.IsInForce & secondStatus.IsInForce;
        var facts = ImmutableArray.CreateBuilder<FactReference>();
        facts.Add(_facts.Clause(treaty, clause));
        facts.AddRange(FactsFor(report.Facts, first, second).Select(_facts.TreatyFact));
        var ignored = FactsFor(report.IgnoredFacts, first, second).Select(_facts.TreatyFact).ToImmutableArray();
        return new ClauseTie(treaty, clause, pairs, inForce, facts.ToImmutable(), ignored);
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

    /// <inheritdoc/>
    public bool Equals(ClauseTie? other) =>
        other is not null && Treaty.Id == other.Treaty.Id && Clause.Id == other.Clause.Id && Pairs.SequenceEqual(other.Pairs) &&
        InForce == other.InForce && Facts.SequenceEqual(other.Facts) && Ignored.SequenceEqual(other.Ignored);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Treaty.Id, Clause.Id, Pairs.Length, InForce);
}

/// <summary>The defence ties of every pair of actors on one day.</summary>
internal sealed class DefenceTieSnapshot
{
    private readonly Dictionary<(ActorId, ActorId), ImmutableArray<ClauseTie>> _ties;
    private readonly Dictionary<ActorId, List<ActorId>> _partners = [];

    public DefenceTieSnapshot(Dictionary<(ActorId, ActorId), ImmutableArray<ClauseTie>> ties)
    {
        _ties = ties;
        foreach (var (first, second) in ties.Keys.Where(pair => Tie(pair.Item1, pair.Item2).IsPossible).Order())
        {
            Partners(first).Add(second);
            Partners(second).Add(first);
        }

        List<ActorId> Partners(ActorId actor) => _partners.TryGetValue(actor, out var list) ? list : _partners[actor] = [];
    }

    /// <summary>The actors a defence tie in force on the day may bind to <paramref name="actor"/>: those with which <see cref="Tie"/> is possible.</summary>
    public IReadOnlyList<ActorId> PartnersOf(ActorId actor) => _partners.TryGetValue(actor, out var list) ? list : [];

    /// <summary>The clauses that tie the two actors (in force or not).</summary>
    public ImmutableArray<ClauseTie> Between(ActorId first, ActorId second) =>
        _ties.GetValueOrDefault(first < second ? (first, second) : (second, first), []);

    /// <summary>Whether a defence tie between the two actors is in force on the day.</summary>
    public Truth Tie(ActorId first, ActorId second) => Truth.Any(Between(first, second).Select(t => t.InForce));
}
