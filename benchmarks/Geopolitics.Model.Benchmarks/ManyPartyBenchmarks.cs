using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// Pacts to which every state is party (196 states; 1, 10 and 100 pacts, one mutual-defence clause each; one state withdrew
/// from all of them): the defenders of 16 victims and the blocs on one day, each operation from a fresh analysis, as a
/// command of the tool pays it. Baseline: the pair list, every guarantor→beneficiary pair of every pact materialised
/// (<see cref="Treaty.GuaranteePairs"/>), kept when both are bound on the day, the defenders read off it and the blocs
/// joined by union-find over it — which on this data (no stances; each pact among all its parties, so portfolios are
/// equal) are the alignment blocs. <see cref="Library"/> is <see cref="DefenceAnalysis.DefendersOf"/> and
/// <see cref="AlignmentAnalysis.BlocMembers"/>; <see cref="LibraryExplained"/> the explained answers
/// (<see cref="DefenceAnalysis.Defenders"/> and <see cref="AlignmentAnalysis.Blocs"/>, the links' facts not read). The
/// point is growth: from 10 to 100 pacts the pair list grows tenfold, the library's work much less.
/// </summary>
[MemoryDiagnoser]
public class ManyPartyBenchmarks
{
    private const int Victims = 16;
    private static readonly LocalDate Day = new(2020, 1, 1);
    private static readonly ActorId Withdrawn = new("AGO");
    private Scenario _scenario = null!;
    private ActorId[] _victims = null!;

    /// <summary>How many pacts (each among every state).</summary>
    [Params(1, 10, 100)]
    public int Pacts { get; set; }

    /// <summary>Generates the scenario and checks that the three computations give the same defenders and blocs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // The smoke run (CI's dry mode) shrinks the states, not the pacts: the cost it must not hide grows with both.
        var states = BenchmarkSizes.Smoke ? 40 : CountryCatalogue.Default.Countries.Length;
        _scenario = GeneratedScenarios.ManyPartyPacts(states, BenchmarkSizes.Smoke ? Math.Max(2, Pacts / 10) : Pacts, Withdrawn);
        var actors = _scenario.Actors.Select(a => a.Id).ToArray();
        _victims = [Withdrawn, .. actors.Where(a => a != Withdrawn).Where((_, i) => i % Math.Max(1, actors.Length / (Victims - 1)) == 0).Take(Victims - 1)];

        var pairs = PairList();
        var library = Library();
        var explained = LibraryExplained();
        for (var v = 0; v < Victims; v++)
        {
            var expected = string.Join(" ", pairs.Defenders[v]);
            var actual = string.Join(" ", library.Defenders[v]);
            var fromAnswer = string.Join(" ", explained.Answers[v].Defenders);
            if (expected != actual || expected != fromAnswer)
            {
                throw new InvalidOperationException($"Defenders of {_victims[v]}: the pair list names [{expected}], DefendersOf [{actual}], Defenders [{fromAnswer}].");
            }
        }

        var blocs = pairs.Blocs.Select(b => string.Join(" ", b)).ToList();
        var members = library.Blocs.Select(b => string.Join(" ", b)).ToList();
        var explainedMembers = explained.Blocs.Blocs.Select(b => string.Join(" ", b.Members)).ToList();
        if (!blocs.SequenceEqual(members) || !blocs.SequenceEqual(explainedMembers) || blocs.Count != 1 || !explained.Blocs.Unaligned.SequenceEqual([Withdrawn]))
        {
            throw new InvalidOperationException($"The pair list finds {blocs.Count} blocs, BlocMembers {members.Count}, Blocs {explainedMembers.Count}; they should agree on one, without {Withdrawn}.");
        }

        if (pairs.Defenders[0].Count != 0 || pairs.Defenders[1].Count != actors.Length - 2)
        {
            throw new InvalidOperationException($"{Withdrawn} should have no defenders and {_victims[1]} every state but itself and {Withdrawn}.");
        }
    }

    /// <summary>The baseline: every pair of every pact materialised, then the defenders and the components read off it.</summary>
    /// <returns>The defenders of each victim (in id order) and the blocs (members in id order, largest first).</returns>
    [Benchmark(Baseline = true)]
    public (List<ActorId>[] Defenders, List<List<ActorId>> Blocs) PairList()
    {
        var pairs = new List<(ActorId Guarantor, ActorId Beneficiary)>();
        foreach (var treaty in _scenario.Treaties)
        {
            if (!(treaty.EntryIntoForce is RecordedRule recorded && recorded.Date.End <= Day))
            {
                continue;
            }

            foreach (var clause in treaty.Clauses.OfType<MutualDefenceClause>())
            {
                foreach (var pair in treaty.GuaranteePairs(clause))
                {
                    if (BoundOn(treaty, pair.Guarantor) && BoundOn(treaty, pair.Beneficiary))
                    {
                        pairs.Add((pair.Guarantor, pair.Beneficiary));
                    }
                }
            }
        }

        var byBeneficiary = pairs.ToLookup(p => p.Beneficiary, p => p.Guarantor);
        var defenders = _victims.Select(v => byBeneficiary[v].Distinct().Order().ToList()).ToArray();

        var actors = _scenario.Actors.Select(a => a.Id).Order().ToList();
        var index = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var parent = Enumerable.Range(0, actors.Count).ToArray();
        foreach (var (guarantor, beneficiary) in pairs)
        {
            var (a, b) = (Root(index[guarantor]), Root(index[beneficiary]));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var blocs = Enumerable.Range(0, actors.Count).GroupBy(Root).Where(g => g.Count() >= 2)
            .Select(g => g.Select(i => actors[i]).ToList())
            .OrderByDescending(b => b.Count).ThenBy(b => b[0])
            .ToList();
        return (defenders, blocs);

        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        static bool BoundOn(Treaty treaty, ActorId actor) =>
            treaty.Party(actor)?.Withdrawal?.Effective is not { } effective || effective.Start > Day;
    }

    /// <summary>The defenders alone and the members of the blocs alone, each from a fresh analysis.</summary>
    /// <returns>The defenders of each victim and the blocs.</returns>
    [Benchmark]
    public (ImmutableArray<ActorId>[] Defenders, ImmutableArray<ImmutableArray<ActorId>> Blocs) Library()
    {
        var defence = new DefenceAnalysis(_scenario);
        var defenders = _victims.Select(v => defence.DefendersOf(v, Day).AsT0).ToArray();
        return (defenders, new AlignmentAnalysis(_scenario).BlocMembers(Day));
    }

    /// <summary>The explained answers: each victim's obligations with their conditions and facts, and every link with its reason.</summary>
    /// <returns>The answers and the blocs.</returns>
    [Benchmark]
    public (DefenceAnswer[] Answers, AlignmentBlocs Blocs) LibraryExplained()
    {
        var defence = new DefenceAnalysis(_scenario);
        var answers = _victims.Select(v => defence.Defenders(v, Day).AsT0).ToArray();
        return (answers, new AlignmentAnalysis(_scenario).Blocs(Day));
    }
}
