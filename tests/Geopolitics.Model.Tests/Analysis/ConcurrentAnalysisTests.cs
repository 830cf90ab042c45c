using System.Collections.Concurrent;
using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis;

/// <summary>
/// One scenario, many analyses from many threads: the analysers share one scenario and one instance each, and every
/// answer computed in parallel must equal the one computed alone on a separate set of analysers.
/// </summary>
public class ConcurrentAnalysisTests
{
    private static readonly LocalDate[] Days = [new(2024, 7, 1), new(2024, 11, 30), new(2025, 1, 1)];

    public static TheoryData<int> RandomSeeds => [3, 17, 42, 1_000_003];

    [Fact]
    public void Analyses_BuiltInScenarioFromManyThreads_GiveTheSingleThreadedAnswers() =>
        AssertSameAnswersInParallel(BuiltInScenarios.RussiaDprk2024, repetitions: 4);

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Analyses_RandomScenarioFromManyThreads_GiveTheSingleThreadedAnswers(int seed) =>
        AssertSameAnswersInParallel(new RandomScenario(seed).Scenario(), repetitions: 3);

    [Fact]
    public void Scenario_LookupsFromManyThreads_GiveTheSameFacts()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var expected = scenario.Actors.Select(a => (a.Id, scenario.TreatiesOf(a.Id).Length, scenario.TransfersOf(a.Id).Length, scenario.StancesBy(a.Id).Length)).ToList();

        var seen = new ConcurrentBag<(ActorId, int, int, int)>();
        Parallel.For(0, expected.Count * 50, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var actor = expected[i % expected.Count].Id;
            Assert.Same(scenario.FindActor(actor), scenario.FindActor(actor));
            seen.Add((actor, scenario.TreatiesOf(actor).Length, scenario.TransfersOf(actor).Length, scenario.StancesBy(actor).Length));
        });

        Assert.All(seen, entry => Assert.Contains(entry, expected));
        Assert.Equal(expected.Count * 50, seen.Count);
    }

    private static void AssertSameAnswersInParallel(Scenario scenario, int repetitions)
    {
        var minimums = new[] { Confidence.Reported, Confidence.Potential };

        // The expected answers come from analysers of their own, so the parallel run meets every lazy cache cold.
        var alone = new AnalysisQueries(scenario);
        var expected = Days.SelectMany(day => minimums.SelectMany(minimum => alone.On(day, minimum, maxActors: 8)))
            .Select(query => (query.Name, Answer: query.Answer()))
            .ToList();

        var shared = new AnalysisQueries(scenario);
        var queries = Days.SelectMany(day => minimums.SelectMany(minimum => shared.On(day, minimum, maxActors: 8))).ToList();
        Assert.Equal(expected.Count, queries.Count);

        // Every query several times, in a shuffled order, on more threads than cores so that they interleave.
        var order = Enumerable.Range(0, queries.Count * repetitions).Select(i => i % queries.Count).ToArray();
        new Random(queries.Count).Shuffle(order);
        var answers = new string[order.Length];
        Parallel.For(0, order.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => answers[i] = queries[order[i]].Answer());

        for (var i = 0; i < order.Length; i++)
        {
            var (name, answer) = expected[order[i]];
            Assert.True(answer == answers[i], $"'{name}' answered differently on another thread:\n{answers[i]}\ninstead of\n{answer}");
        }
    }
}
