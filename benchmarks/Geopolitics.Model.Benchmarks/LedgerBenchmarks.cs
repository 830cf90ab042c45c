using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// The exchange ledger of a pair over 2010–2020 in a generated scenario of 200 actors and 10k, 100k or 1M transfers
/// (one exchange per 20), for 16 random pairs per operation (times are per ledger), against a straightforward LINQ
/// filter and group-by over every transfer computing the same totals. Goal: at least 3× faster than LINQ.
/// <see cref="Prepare"/> measures the one-off cost of building the ledger's indexes.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int Queries = 16;
    private static readonly int[] FullSizes = [10_000, 100_000, 1_000_000];
    private static readonly LocalDate From = new(2010, 1, 1);
    private static readonly LocalDate To = new(2020, 12, 31);
    private Scenario _scenario = null!;
    private LedgerAnalysis _ledger = null!;
    private (ActorId First, ActorId Second)[] _pairs = [];

    /// <summary>How many transfers the scenario holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Transfers { get; set; }

    /// <summary>The sizes measured: 10,000, 100,000, 1,000,000 transfers (a thousandth in smoke mode).</summary>
    public static IEnumerable<int> Sizes => FullSizes.Select(BenchmarkSizes.Facts);

    /// <summary>Generates the scenario, builds the ledger and checks that both computations agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = GeneratedScenarios.Transfers(200, Transfers);
        _ledger = new LedgerAnalysis(_scenario);
        var random = new Random(7);
        _pairs = [.. Enumerable.Range(0, Queries).Select(_ =>
        {
            var a = random.Next(200);
            var b = (a + 1 + random.Next(199)) % 200;
            return (_scenario.Actors[a].Id, _scenario.Actors[b].Id);
        })];

        var library = Library();
        var linq = Linq();
        for (var i = 0; i < Queries; i++)
        {
            var expected = linq[i].Where(g => g.Supplier == _pairs[i].First).SelectMany(g => g.Transfers).Order().ToList();
            var actual = library[i].FirstToSecond.Transfers.Order().ToList();
            var money = library[i].FirstToSecond.Money.Select(m => m.Amount.ToString()).ToList();
            var expectedMoney = linq[i].Where(g => g.Supplier == _pairs[i].First && g.Kind == TransferItemKind.Money)
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Total).ToList();
            if (!expected.SequenceEqual(actual) || !money.SequenceEqual(expectedMoney))
            {
                throw new InvalidOperationException($"The ledger and the LINQ query disagree on {_pairs[i]}.");
            }
        }
    }

    /// <summary>The baseline: filter every transfer, group by direction, kind and key, sum the estimates.</summary>
    /// <returns>The groups of each pair.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public List<LedgerGroup>[] Linq()
    {
        var results = new List<LedgerGroup>[Queries];
        for (var i = 0; i < Queries; i++)
        {
            var (first, second) = _pairs[i];
            results[i] = [.. _scenario.Transfers
                .Where(t => t.IsBetween(first, second) && t.Evidence.IsAdmittedBy(Confidence.Reported) && t.Period.Overlaps(From, To).IsTrue)
                .GroupBy(t => (t.Supplier, t.Item.Kind, Key: Key(t.Item)))
                .Select(g => new LedgerGroup(
                    g.Key.Supplier,
                    g.Key.Kind,
                    g.Key.Key,
                    Total(g.Key.Kind, g),
                    [.. g.Select(t => t.Id)]))];
        }

        return results;
    }

    /// <summary>The library: <see cref="LedgerAnalysis.Between"/>.</summary>
    /// <returns>The ledger of each pair.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public LedgerReport[] Library()
    {
        var results = new LedgerReport[Queries];
        for (var i = 0; i < Queries; i++)
        {
            results[i] = _ledger.Between(_pairs[i].First, _pairs[i].Second, From, To).AsT0;
        }

        return results;
    }

    /// <summary>The one-off cost of <see cref="LedgerAnalysis"/>'s indexes over the transfers (one operation).</summary>
    /// <returns>The ledger.</returns>
    [Benchmark]
    public LedgerAnalysis Prepare() => new(_scenario);

    private static string Key(TransferItem item) => item switch
    {
        MunitionsItem m => $"{m.Category}/{m.Quantity.Unit}",
        WeaponSystemsItem w => w.Designation,
        TechnologyItem t => t.Domain.ToString(),
        MoneyItem m => m.Money.Currency.ToString(),
        PersonnelItem p => p.Role.ToString(),
        ResourcesItem r => $"{r.Resource}/{r.Quantity.Unit}",
        _ => string.Empty,
    };

    private static string Total(TransferItemKind kind, IEnumerable<Transfer> transfers) => kind switch
    {
        TransferItemKind.Munitions => Estimate.Sum(transfers.Select(t => ((MunitionsItem)t.Item).Quantity.Amount)).ToString(),
        TransferItemKind.WeaponSystems => Estimate.Sum(transfers.Select(t => ((WeaponSystemsItem)t.Item).NumberOrdered ?? Estimate.Unknown)).ToString(),
        TransferItemKind.Money => new Money(((MoneyItem)transfers.First().Item).Money.Currency, Estimate.Sum(transfers.Select(t => ((MoneyItem)t.Item).Money.Amount))).ToString(),
        TransferItemKind.Personnel => Estimate.Sum(transfers.Select(t => ((PersonnelItem)t.Item).Count)).ToString(),
        TransferItemKind.Resources => Estimate.Sum(transfers.Select(t => ((ResourcesItem)t.Item).Quantity.Amount)).ToString(),
        _ => string.Join(",", transfers.Select(t => ((TechnologyItem)t.Item).Form).Distinct().Order()),
    };
}

/// <summary>One group of the LINQ baseline: what went one way, of one kind and key, with its total.</summary>
/// <param name="Supplier">Who supplied.</param>
/// <param name="Kind">The kind of item.</param>
/// <param name="Key">The group within the kind (category and unit, designation, domain, currency, role, resource).</param>
/// <param name="Total">The summed estimate as text.</param>
/// <param name="Transfers">The transfers of the group.</param>
public sealed record LedgerGroup(ActorId Supplier, TransferItemKind Kind, string Key, string Total, List<TransferId> Transfers);
