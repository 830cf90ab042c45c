using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Benchmarks.Columns;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// Loading a generated scenario file of 10k, 100k and 1M transfers (200 actors, one exchange per 10 transfers) with
/// <see cref="ScenarioJson.Load"/> — syntax, structure, model objects, indexes and every domain rule — against plain
/// System.Text.Json deserialization of the same bytes into flat classes of strings and numbers. Goal: at most 2× the
/// plain deserialization.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTransferConfig))]
public class ScenarioJsonBenchmarks
{
    private static readonly int[] FullSizes = [10_000, 100_000, 1_000_000];
    private byte[] _file = [];

    /// <summary>How many transfers the file holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Transfers { get; set; }

    /// <summary>The sizes measured: 10,000, 100,000, 1,000,000 transfers (a thousandth in smoke mode).</summary>
    public static IEnumerable<int> Sizes => FullSizes.Select(BenchmarkSizes.Facts);

    /// <summary>Generates the file (or reads it from the temporary folder) into memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = ScenarioFiles.Transfers(Transfers);
        var loaded = Load();
        var flat = PlainDeserialize();
        if (loaded.Transfers.Length != Transfers || flat?.Transfers?.Count != Transfers)
        {
            throw new InvalidOperationException("The two readers disagree on the number of transfers.");
        }
    }

    /// <summary>The baseline: System.Text.Json's reflection-based deserializer into flat classes, no checks.</summary>
    /// <returns>The flat scenario.</returns>
    [Benchmark(Baseline = true)]
    public FlatScenario? PlainDeserialize() => JsonSerializer.Deserialize<FlatScenario>(_file, FlatScenario.Options);

    /// <summary>The library: the validated, indexed scenario.</summary>
    /// <returns>The scenario.</returns>
    [Benchmark]
    public Scenario Load()
    {
        using var stream = new MemoryStream(_file, writable: false);
        return ScenarioJson.Load(stream, "generated.json", ScenarioFiles.Unlimited).OrThrow();
    }
}
