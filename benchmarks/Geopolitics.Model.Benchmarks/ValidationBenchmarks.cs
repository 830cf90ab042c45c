using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Benchmarks.Columns;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// Validating a whole generated scenario of 10k, 100k and 1M valid transfers (200 actors, one exchange per 10 transfers)
/// with <see cref="ScenarioValidator"/>, as <see cref="ScenarioBuilder.Build"/> does, reported per transfer. Goal: at
/// most 2 µs and 1 KB per valid transfer. The baseline is the same rules written out by hand in one loop, to show what
/// the FluentValidation machinery costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTransferConfig))]
public class ValidationBenchmarks
{
    private static readonly int[] FullSizes = [10_000, 100_000, 1_000_000];
    private Scenario _scenario = null!;

    /// <summary>How many transfers the scenario holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Transfers { get; set; }

    /// <summary>The sizes measured: 10,000, 100,000 and 1,000,000 transfers (a thousandth in smoke mode).</summary>
    public static IEnumerable<int> Sizes => FullSizes.Select(BenchmarkSizes.Facts);

    /// <summary>Generates the scenario.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = GeneratedScenarios.Transfers(200, Transfers);
        if (!Validate().IsEmpty || HandWritten().Count != 0)
        {
            throw new InvalidOperationException("The generated scenario should be valid.");
        }
    }

    /// <summary>The baseline: the transfer and exchange rules, unique ids and known actors checked by hand.</summary>
    /// <returns>The errors found (none).</returns>
    [Benchmark(Baseline = true)]
    public List<string> HandWritten()
    {
        var errors = new List<string>();
        var actors = new HashSet<ActorId>();
        foreach (var actor in _scenario.Actors)
        {
            if (!actors.Add(actor.Id))
            {
                errors.Add($"duplicate actor {actor.Id}");
            }
        }

        var transfers = new HashSet<TransferId>();
        foreach (var t in _scenario.Transfers)
        {
            if (!transfers.Add(t.Id))
            {
                errors.Add($"duplicate transfer {t.Id}");
            }

            if (t.Supplier == t.Recipient)
            {
                errors.Add($"{t.Id}: supplier is recipient");
            }

            if (!actors.Contains(t.Supplier) || !actors.Contains(t.Recipient))
            {
                errors.Add($"{t.Id}: unknown actor");
            }

            if (t.Period.End is { } end && end.End < t.Period.Start.Start)
            {
                errors.Add($"{t.Id}: period ends before it starts");
            }

            if (t.Status == TransferStatus.Delivered && t.Period.End is null)
            {
                errors.Add($"{t.Id}: delivered without end");
            }

            if (t.Evidence.Confidence == Confidence.Confirmed && t.Evidence.Sources.IsEmpty)
            {
                errors.Add($"{t.Id}: confirmed without source");
            }

            foreach (var source in t.Evidence.Sources)
            {
                if (string.IsNullOrWhiteSpace(source.Publisher) && string.IsNullOrWhiteSpace(source.Title))
                {
                    errors.Add($"{t.Id}: unnamed source");
                }
            }

            if (t.Item is WeaponSystemsItem w && w.TivDelivered is { } delivered && w.TivOrder is { } order && delivered > order)
            {
                errors.Add($"{t.Id}: delivered TIV exceeds the order");
            }
        }

        var exchanges = new HashSet<ExchangeId>();
        foreach (var x in _scenario.Exchanges)
        {
            if (!exchanges.Add(x.Id))
            {
                errors.Add($"duplicate exchange {x.Id}");
            }

            foreach (var id in x.Transfers)
            {
                if (!transfers.Contains(id))
                {
                    errors.Add($"{x.Id}: unknown transfer {id}");
                }
            }
        }

        return errors;
    }

    /// <summary>The library: <see cref="ScenarioValidator"/> over the whole scenario.</summary>
    /// <returns>The errors found (none).</returns>
    [Benchmark]
    public ImmutableArray<ModelError> Validate() => ModelValidation.Check(new ScenarioValidator(), _scenario);
}
