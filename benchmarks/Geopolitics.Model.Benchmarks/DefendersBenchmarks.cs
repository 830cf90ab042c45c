using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Places;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// "Who must defend X on day D" for 1,024 random victims and days (1900–2020) per operation (times are per query), over
/// a generated scenario in the manner of ATOP (200 states, 1,000 defence pacts), against a straightforward scan over
/// every treaty and clause that checks the same dates and conditions. <see cref="Library"/> gives the explained answer
/// (conditions, facts, reasons); <see cref="LibraryIds"/> the list of defenders alone. Goal: at most 1 µs per query and
/// at least 100× faster than the scan.
/// </summary>
[MemoryDiagnoser]
public class DefendersBenchmarks : DefenderQueryBenchmarks
{
    /// <summary>Generates the scenario and the queries, and checks that both computations name the same defenders.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenario = GeneratedScenarios.Treaties(200, 1_000);
        Prepare(scenario, [.. scenario.Actors.Select(a => a.Id)], new LocalDate(1900, 1, 1), 44_000, seed: 11);

        var library = Library();
        var ids = LibraryIds();
        var scan = Scan();
        var answered = 0;
        for (var i = 0; i < Queries; i++)
        {
            var expected = string.Join(" ", scan[i]);
            var actual = string.Join(" ", library[i].Defenders);
            var quick = string.Join(" ", ids[i]);
            if (expected != actual || expected != quick)
            {
                throw new InvalidOperationException($"Query {i} ({Asked[i]}): the library names [{actual}] ([{quick}] by DefendersOf), the scan [{expected}].");
            }

            answered += scan[i].Count > 0 ? 1 : 0;
        }

        if (answered < Queries / 4)
        {
            throw new InvalidOperationException($"Only {answered} of {Queries} queries have a defender; the data should give more.");
        }
    }

    /// <summary>The baseline: every treaty, every mutual-defence clause, the dates and the scope checked by hand.</summary>
    /// <returns>The defenders of each query, in id order.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public List<ActorId>[] Scan()
    {
        var results = new List<ActorId>[Queries];
        for (var q = 0; q < Queries; q++)
        {
            var (victim, day) = Asked[q];
            var home = Scenario.Gazetteer.HomeTerritoryOf(victim);
            var defenders = new SortedSet<ActorId>();
            foreach (var treaty in Scenario.Treaties)
            {
                foreach (var clause in treaty.Clauses)
                {
                    if (clause is not MutualDefenceClause defence || !BindsOn(treaty, victim, day) || !InScope(defence, home))
                    {
                        continue;
                    }

                    var guarantors = defence.Guarantors.IsEmpty
                        ? treaty.Parties.Select(p => p.Actor).Where(a => a != victim)
                        : defence.Beneficiaries.Contains(victim) ? defence.Guarantors.AsEnumerable() : [];
                    foreach (var guarantor in guarantors)
                    {
                        if (BindsOn(treaty, guarantor, day))
                        {
                            defenders.Add(guarantor);
                        }
                    }
                }
            }

            results[q] = [.. defenders];
        }

        return results;
    }

    /// <summary>
    /// The one-off cost of <see cref="LibraryIds"/>: a new analysis answering one query for every actor, which builds the
    /// status calendar of every treaty (one operation).
    /// </summary>
    /// <returns>The defenders of each actor on 2000-01-01.</returns>
    [Benchmark]
    public ImmutableArray<ActorId>[] PrepareIds()
    {
        var obligations = new DefenceAnalysis(Scenario);
        return [.. Scenario.Actors.Select(a => obligations.DefendersOf(a.Id, new LocalDate(2000, 1, 1)).AsT0)];
    }

    /// <summary>Whether the treaty binds the actor on the day: consent and entry into force by then, not terminated, not withdrawn.</summary>
    private static bool BindsOn(Treaty treaty, ActorId actor, LocalDate day)
    {
        if (treaty.Party(actor) is not { Consent: { } consent } party || treaty.EntryIntoForce is not RecordedRule entry)
        {
            return false;
        }

        var bound = LocalDate.Max(entry.Date.Start, consent.Date.Start);
        var ends = treaty.Termination?.Date.Start;
        if (party.Withdrawal is { } withdrawal)
        {
            var effective = withdrawal.Notified.Start.Plus(treaty.WithdrawalNotice ?? Period.Zero);
            ends = ends is { } e ? LocalDate.Min(e, effective) : effective;
        }

        return day >= bound && (ends is not { } end || day < end);
    }

    /// <summary>Whether the victim's home territory may lie in the clause's regions (unknown counts, as the library lists such obligations).</summary>
    private static bool InScope(MutualDefenceClause clause, Place? home) =>
        clause.Conditions.GeographicScope is not { Regions.IsEmpty: false } scope || home is null ||
        scope.Regions.Any(r => home.Regions.Contains(r) || home.PartlyIn.Contains(r));
}
