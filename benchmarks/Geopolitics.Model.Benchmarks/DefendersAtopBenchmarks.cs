using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// "Who must defend X on day D" over the scenario imported from all of ATOP 5.1 (every alliance phase a treaty, every
/// member's promise a clause), for 1,024 random victims among the states of the scenario and random days 1816–2018 per
/// operation (times are per query), against a straightforward scan over every treaty and clause. The scan reads the
/// dates as an analyst would — bound from entry into force and its own signature, until its withdrawal or the
/// termination, a date known to the month or year counting from its first possible day — so it can differ from the
/// library's three-valued rules on partial dates and on the gaps between a member's spells; the setup prints how often
/// they agree. Goal: at most 1 µs per query and at least 100× faster than the scan.
/// </summary>
[MemoryDiagnoser]
public class DefendersAtopBenchmarks
{
    private const int Queries = 1024;
    private Scenario _scenario = null!;
    private DefenceObligations _obligations = null!;
    private (ActorId Victim, LocalDate Day)[] _queries = [];

    /// <summary>Imports ATOP 5.1, draws the queries and compares the answers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var import = AtopImporter.Import(RepositoryPaths.Dataset("atop/v5.1/atop5_1m.csv"), RepositoryPaths.Dataset("atop/v5.1/atop5_1a.csv"));
        _scenario = import.Scenario ?? throw new InvalidOperationException($"ATOP 5.1 failed to import: {import}");
        _obligations = new DefenceObligations(_scenario);
        var states = _scenario.Treaties.SelectMany(t => t.PartyActors).Distinct().Order().ToArray();
        var random = new Random(13);
        var start = new LocalDate(1816, 1, 1);
        _queries = [.. Enumerable.Range(0, Queries).Select(_ => (states[random.Next(states.Length)], start.PlusDays(random.Next(74_000))))];

        var scan = Scan();
        var library = LibraryIds();
        var answers = Library();
        var agree = 0;
        var answered = 0;
        for (var i = 0; i < Queries; i++)
        {
            if (!library[i].SequenceEqual(answers[i].Defenders))
            {
                throw new InvalidOperationException($"Query {i} ({_queries[i]}): DefendersOf and Defenders disagree.");
            }

            agree += scan[i].SequenceEqual(library[i]) ? 1 : 0;
            answered += library[i].IsEmpty ? 0 : 1;
        }

        Console.WriteLine($"// ATOP 5.1: {_scenario.Treaties.Length} treaties; {answered} of {Queries} queries have defenders; the scan agrees with the library on {agree}.");
        if (agree < Queries * 9 / 10)
        {
            throw new InvalidOperationException($"The scan agrees with the library on only {agree} of {Queries} queries.");
        }
    }

    /// <summary>The baseline: every treaty, every mutual-defence clause, the dates checked by hand.</summary>
    /// <returns>The defenders of each query, in id order.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public List<ActorId>[] Scan()
    {
        var results = new List<ActorId>[Queries];
        for (var q = 0; q < Queries; q++)
        {
            var (victim, day) = _queries[q];
            var defenders = new SortedSet<ActorId>();
            foreach (var treaty in _scenario.Treaties)
            {
                if (!MayBind(treaty, victim, day))
                {
                    continue;
                }

                foreach (var clause in treaty.Clauses)
                {
                    if (clause is not MutualDefenceClause defence || !(defence.Beneficiaries.IsEmpty || defence.Beneficiaries.Contains(victim)))
                    {
                        continue;
                    }

                    var guarantors = defence.Guarantors.IsEmpty ? treaty.PartyActors.AsEnumerable() : defence.Guarantors;
                    foreach (var guarantor in guarantors)
                    {
                        if (guarantor != victim && MayBind(treaty, guarantor, day))
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

    /// <summary>The library's explained answer: <see cref="DefenceObligations.Defenders"/>.</summary>
    /// <returns>The answer of each query.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public DefenceAnswer[] Library()
    {
        var results = new DefenceAnswer[Queries];
        for (var q = 0; q < Queries; q++)
        {
            results[q] = _obligations.Defenders(_queries[q].Victim, _queries[q].Day).AsT0;
        }

        return results;
    }

    /// <summary>The library's list of defenders alone: <see cref="DefenceObligations.DefendersOf"/>.</summary>
    /// <returns>The defenders of each query.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public ImmutableArray<ActorId>[] LibraryIds()
    {
        var results = new ImmutableArray<ActorId>[Queries];
        for (var q = 0; q < Queries; q++)
        {
            results[q] = _obligations.DefendersOf(_queries[q].Victim, _queries[q].Day).AsT0;
        }

        return results;
    }

    /// <summary>Whether the treaty may bind the actor on the day: by then in force and signed, not withdrawn nor terminated for certain.</summary>
    private static bool MayBind(Treaty treaty, ActorId actor, LocalDate day)
    {
        if (treaty.Party(actor) is not { } party || treaty.EntryIntoForce is not EntryIntoForceRule.Recorded entry)
        {
            return false;
        }

        var from = party.Signature is { } signature ? LocalDate.Max(entry.Date.Start, signature.Date.Start) : entry.Date.Start;
        var ends = treaty.Termination?.Date.End;
        if (party.Withdrawal is { } withdrawal)
        {
            var effective = (withdrawal.Effective ?? withdrawal.Notified).End;
            ends = ends is { } e ? LocalDate.Min(e, effective) : effective;
        }

        return day >= from && (ends is not { } end || day < end) && !party.Suspensions.Any(s => Certainly(s.Period, day));
    }

    private static bool Certainly(DatePeriod period, LocalDate day) => period.Contains(day).IsTrue;
}
