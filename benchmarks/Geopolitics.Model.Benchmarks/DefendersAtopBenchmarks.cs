using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// "Who must defend X on day D" over the scenario imported from all of ATOP 5.1 (every alliance phase a treaty, every
/// member's promise a clause), or from 10 or 100 copies of it (<see cref="AtopCopies"/>: every alliance repeated under
/// new ids, so each victim has the same defenders through that many times the treaties), for 1,024 random victims among the states of the scenario and random days 1816–2018 per
/// operation (times are per query), against a straightforward scan over every treaty and clause. The scan reads the
/// dates as an analyst would — bound from entry into force and its own signature, until its withdrawal or the
/// termination, a date known to the month or year counting from its first possible day — so it can differ from the
/// library's three-valued rules on partial dates and on the gaps between a member's spells; the setup prints how often
/// they agree. Goal: at most 1 µs per query and at least 100× faster than the scan.
/// </summary>
[MemoryDiagnoser]
public class DefendersAtopBenchmarks : DefenderQueryBenchmarks
{
    /// <summary>How many copies of ATOP 5.1 the scenario holds: 1, 10 and 100 (only 1 in smoke mode).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Copies { get; set; } = 1;

    /// <summary>The sizes measured: 1×, 10× and 100× ATOP 5.1 (1× only in smoke mode), as the ATOP tables are.</summary>
    public static IEnumerable<int> Sizes => AtopTableBenchmarks.Sizes;

    /// <summary>Imports ATOP 5.1 (or its copies), draws the queries and compares the answers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (members, alliances) = AtopCopies.Files(Copies);
        var import = AtopImporter.Import(members, alliances);
        var scenario = import.Scenario ?? throw new InvalidOperationException($"ATOP 5.1 ×{Copies} failed to import: {import}");
        var states = scenario.Treaties.SelectMany(t => t.PartyActors).Distinct().Order().ToArray();
        Prepare(scenario, states, new LocalDate(1816, 1, 1), 74_000, seed: 13);

        var scan = Scan();
        var library = LibraryIds();
        var answers = Library();
        var agree = 0;
        var answered = 0;
        for (var i = 0; i < Queries; i++)
        {
            if (!library[i].SequenceEqual(answers[i].Defenders))
            {
                throw new InvalidOperationException($"Query {i} ({Asked[i]}): DefendersOf and Defenders disagree.");
            }

            agree += scan[i].SequenceEqual(library[i]) ? 1 : 0;
            answered += library[i].IsEmpty ? 0 : 1;
        }

        Console.WriteLine($"// ATOP 5.1 ×{Copies}: {Scenario.Treaties.Length} treaties; {answered} of {Queries} queries have defenders; the scan agrees with the library on {agree}.");
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
            var (victim, day) = Asked[q];
            var defenders = new SortedSet<ActorId>();
            foreach (var treaty in Scenario.Treaties)
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

    /// <summary>Whether the treaty may bind the actor on the day: by then in force and signed, not withdrawn nor terminated for certain.</summary>
    private static bool MayBind(Treaty treaty, ActorId actor, LocalDate day)
    {
        if (treaty.Party(actor) is not { } party || treaty.EntryIntoForce is not RecordedRule entry)
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
