using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Scenarios;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// What the two "who must defend X on day D" benchmarks share: a scenario, its <see cref="DefenceAnalysis"/>, 1,024
/// random (victim, day) queries an operation (times are per query), and the library's two answers to them. Each
/// subclass brings its scenario and its baseline scan.
/// </summary>
public abstract class DefenderQueryBenchmarks
{
    /// <summary>The queries an operation.</summary>
    protected const int Queries = 1024;

    /// <summary>The scenario asked about.</summary>
    protected Scenario Scenario { get; private set; } = null!;

    /// <summary>The analysis of <see cref="Scenario"/>, made once.</summary>
    protected DefenceAnalysis Obligations { get; private set; } = null!;

    /// <summary>The queries: a victim and a day each.</summary>
    protected ImmutableArray<(ActorId Victim, LocalDate Day)> Asked { get; private set; } = [];

    /// <summary>The library's explained answer: <see cref="DefenceAnalysis.Defenders"/>, with conditions, facts and reasons.</summary>
    /// <returns>The answer of each query.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public DefenceAnswer[] Library()
    {
        var results = new DefenceAnswer[Queries];
        for (var q = 0; q < Queries; q++)
        {
            results[q] = Obligations.Defenders(Asked[q].Victim, Asked[q].Day).AsT0;
        }

        return results;
    }

    /// <summary>The library's list of defenders alone: <see cref="DefenceAnalysis.DefendersOf"/>, from status calendars.</summary>
    /// <returns>The defenders of each query.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public ImmutableArray<ActorId>[] LibraryIds()
    {
        var results = new ImmutableArray<ActorId>[Queries];
        for (var q = 0; q < Queries; q++)
        {
            results[q] = Obligations.DefendersOf(Asked[q].Victim, Asked[q].Day).AsT0;
        }

        return results;
    }

    /// <summary>Analyses the scenario and draws the queries: victims among <paramref name="victims"/>, days from <paramref name="start"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="victims">The actors a victim is drawn from.</param>
    /// <param name="start">The first day a query may ask about.</param>
    /// <param name="days">How many days from <paramref name="start"/> a query may ask about.</param>
    /// <param name="seed">The seed of the draw.</param>
    protected void Prepare(Scenario scenario, IReadOnlyList<ActorId> victims, LocalDate start, int days, int seed)
    {
        ArgumentNullException.ThrowIfNull(victims);
        Scenario = scenario;
        Obligations = new DefenceAnalysis(scenario);
        var random = new Random(seed);
        Asked = [.. Enumerable.Range(0, Queries).Select(_ => (victims[random.Next(victims.Count)], start.PlusDays(random.Next(days))))];
    }
}
