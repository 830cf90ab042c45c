using CsCheck;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Analysis.Ledger;

/// <summary>
/// Properties of <see cref="LedgerAnalysis"/> over random scenarios, pairs, windows and confidences: every transfer of
/// the pair is accounted for exactly once, and every total is the sum of the transfers it lists.
/// </summary>
public class LedgerPropertyTests
{
    private const int Iterations = 300;

    private static readonly ActorId[] States = [new("RUS"), new("PRK"), new("CHN"), new("USA"), new("KOR"), new("JPN")];

    private static Gen<(Scenario Scenario, LedgerReport Report)> Ledgers { get; } =
        Gen.Select(
            ModelGen.Scenarios,
            Gen.Int[0, States.Length - 1],
            Gen.Int[1, States.Length - 1],
            Gen.Select(ModelGen.ScenarioDays.Nullable(), ModelGen.ScenarioDays.Nullable()),
            ModelGen.MinimumConfidences,
            (scenario, first, offset, window, minimum) =>
            {
                var (a, b) = window;
                var (from, to) = a is { } x && b is { } y && y < x ? (b, a) : (a, b);
                var report = new LedgerAnalysis(scenario).Between(States[first], States[(first + offset) % States.Length], from, to, minimum).AsT0;
                return (scenario, report);
            });

    [Fact]
    public void Between_AnyPair_AccountsForEveryTransferOfThePairOnce() =>
        Ledgers.Sample((scenario, report) =>
        {
            var between = scenario.TransfersBetween(report.First, report.Second).Select(t => t.Id.ToString()).Order().ToList();
            var accounted = report.Used.Select(f => f.Id)
                .Concat(report.PossiblyInPeriod.Select(f => f.Id))
                .Concat(report.SetAside.Where(s => s.Fact.Kind == FactKind.Transfer).Select(s => s.Fact.Id))
                .Order().ToList();
            Assert.Equal(between, accounted);
        }, iter: Iterations);

    [Fact]
    public void Between_AnyPair_FlowsHoldTheCountedTransfersOfEachDirection() =>
        Ledgers.Sample((scenario, report) =>
        {
            var used = report.Used.Select(f => scenario.FindTransfer(new TransferId(f.Id))!).ToList();
            Assert.Equal(used.Where(t => t.Supplier == report.First).Select(t => t.Id), report.FirstToSecond.Transfers);
            Assert.Equal(used.Where(t => t.Supplier == report.Second).Select(t => t.Id), report.SecondToFirst.Transfers);
            Assert.All(used, t => Assert.True(t.Evidence.IsAdmittedBy(report.Minimum)));
            Assert.Equal(report.FirstToSecond, report.FlowFrom(report.First));
            Assert.Equal(report.SecondToFirst, report.FlowFrom(report.Second));
        }, iter: Iterations);

    [Fact]
    public void Between_AnyPair_TotalsAreTheSumsOfTheirTransfers() =>
        Ledgers.Sample((scenario, report) =>
        {
            foreach (var flow in new[] { report.FirstToSecond, report.SecondToFirst })
            {
                var transfers = flow.Transfers.Select(id => scenario.FindTransfer(id)!).ToList();
                Assert.Equal(transfers.Select(t => t.Item.Kind).Distinct().Order(), flow.Kinds);

                // Each transfer is in exactly one total of its kind.
                var listed = flow.Munitions.SelectMany(t => t.Transfers)
                    .Concat(flow.WeaponSystems.SelectMany(t => t.Transfers))
                    .Concat(flow.Technology.SelectMany(t => t.Transfers))
                    .Concat(flow.Money.SelectMany(t => t.Transfers))
                    .Concat(flow.Personnel.SelectMany(t => t.Transfers))
                    .Concat(flow.Resources.SelectMany(t => t.Transfers));
                Assert.Equal(flow.Transfers.Order(), listed.Order());

                foreach (var total in flow.Munitions)
                {
                    var items = Items<MunitionsItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.True(i.Category == total.Category && i.Quantity.Unit == total.Quantity.Unit));
                    AssertSum(items.Select(i => i.Quantity.Amount), total.Quantity.Amount);
                }

                foreach (var total in flow.Money)
                {
                    var items = Items<MoneyItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.Equal(total.Currency, i.Money.Currency));
                    AssertSum(items.Select(i => i.Money.Amount), total.Amount.Amount);
                }

                foreach (var total in flow.Personnel)
                {
                    var items = Items<PersonnelItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.Equal(total.Role, i.Role));
                    AssertSum(items.Select(i => i.Count), total.Count);
                }

                foreach (var total in flow.Resources)
                {
                    var items = Items<ResourcesItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.True(i.Resource == total.Resource && i.Quantity.Unit == total.Quantity.Unit));
                    AssertSum(items.Select(i => i.Quantity.Amount), total.Quantity.Amount);
                }

                foreach (var total in flow.WeaponSystems)
                {
                    var items = Items<WeaponSystemsItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.Equal(total.Designation, i.Designation));
                    AssertStatedSum(items.Select(i => i.NumberOrdered), total.NumberOrdered);
                    AssertStatedSum(items.Select(i => i.NumberDelivered), total.NumberDelivered);
                    AssertStatedSum(items.Select(i => i.TivOrder is { } v ? Estimate.Exactly(v) : (Estimate?)null), total.TivOrder);
                    AssertStatedSum(items.Select(i => i.TivDelivered is { } v ? Estimate.Exactly(v) : (Estimate?)null), total.TivDelivered);
                }

                foreach (var total in flow.Technology)
                {
                    var items = Items<TechnologyItem>(scenario, total.Transfers);
                    Assert.All(items, i => Assert.Equal(total.Domain, i.Domain));
                    Assert.Equal(items.Select(i => i.Form).Distinct().Order(), total.Forms);
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Between_AnyPair_IsReciprocalOnlyWhenSomethingWentEachWay() =>
        Ledgers.Sample((scenario, report) =>
        {
            var bothCounted = !report.FirstToSecond.IsEmpty && !report.SecondToFirst.IsEmpty;
            Assert.Equal(bothCounted, report.IsReciprocal.IsTrue);
            if (report.FirstToSecond.IsEmpty && report.SecondToFirst.IsEmpty && report.PossiblyInPeriod.IsEmpty)
            {
                Assert.True(report.IsReciprocal.IsFalse);
            }
        }, iter: Iterations);

    [Fact]
    public void Between_SwappedPair_GivesTheSameFlows() =>
        Ledgers.Sample((scenario, report) =>
        {
            var swapped = new LedgerAnalysis(scenario).Between(report.Second, report.First, report.From, report.To, report.Minimum).AsT0;
            Assert.Equal(report.FirstToSecond, swapped.SecondToFirst);
            Assert.Equal(report.SecondToFirst, swapped.FirstToSecond);
            Assert.Equal(report.IsReciprocal, swapped.IsReciprocal);
        }, iter: 100);

    private static List<T> Items<T>(Scenario scenario, IEnumerable<TransferId> ids)
        where T : TransferItem => [.. ids.Select(id => Assert.IsType<T>(scenario.FindTransfer(id)!.Item))];

    // The low bounds add up; the high bounds add up when every one is known.
    private static void AssertSum(IEnumerable<Estimate> parts, Estimate total)
    {
        var list = parts.ToList();
        Assert.Equal(list.Sum(e => e.Low), total.Low);
        Assert.Equal(list.TrueForAll(e => e.High is not null) ? list.Sum(e => e.High!.Value) : null, total.High);
    }

    private static void AssertStatedSum(IEnumerable<Estimate?> parts, Estimate? total)
    {
        var list = parts.ToList();
        if (list.TrueForAll(e => e is null))
        {
            Assert.Null(total);
            return;
        }

        AssertSum(list.Select(e => e ?? Estimate.Unknown), total!.Value);
    }
}
