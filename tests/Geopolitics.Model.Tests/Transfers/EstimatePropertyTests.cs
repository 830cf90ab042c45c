using CsCheck;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

/// <summary>
/// Laws of <see cref="Estimate.Add(Estimate)"/>, which every ledger total rests on: zero is the identity, the order of
/// the operands does not matter, the bounds add up, and a sum beyond the range of a decimal saturates instead of
/// throwing.
/// </summary>
public class EstimatePropertyTests
{
    private const int Iterations = 2_000;

    private static Gen<Estimate> Huge { get; } = Gen.Frequency(
        (3, ModelGen.Estimates),
        (1, ModelGen.OneOf(decimal.MaxValue, decimal.MaxValue / 2, decimal.MaxValue - 1).Select(Estimate.Exactly)),
        (1, ModelGen.OneOf(decimal.MaxValue, decimal.MaxValue / 3).Select(v => new Estimate(v / 2, v, EstimateQualifier.Between))));

    [Fact]
    public void Add_Zero_IsTheIdentity() =>
        ModelGen.Estimates.Sample(e =>
        {
            Assert.Equal(e, e + Estimate.Zero);
            Assert.Equal(e, Estimate.Zero + e);
            Assert.Equal(e, Estimate.Sum([e]));
        }, iter: Iterations);

    [Fact]
    public void Add_AnyTwo_IsCommutative() =>
        Gen.Select(Huge, Huge).Sample((a, b) => Assert.Equal(a + b, b + a), iter: Iterations);

    [Fact]
    public void Add_AnyTwo_AddsTheBoundsOrSaturates() =>
        Gen.Select(Huge, Huge).Sample((a, b) =>
        {
            var sum = a + b;
            var low = (double)a.Low + (double)b.Low;
            if (low <= (double)decimal.MaxValue * 0.999)
            {
                Assert.Equal(a.Low + b.Low, sum.Low);
            }
            else
            {
                Assert.True(sum.Low > decimal.MaxValue / 2);
            }

            if (a.High is { } ah && b.High is { } bh && (double)ah + (double)bh <= (double)decimal.MaxValue * 0.999)
            {
                Assert.Equal(ah + bh, sum.High);
            }

            if (a.High is null || b.High is null)
            {
                Assert.Null(sum.High);
            }

            Assert.True(sum.High is null || sum.Low <= sum.High);
        }, iter: Iterations);

    [Fact]
    public void Add_ThreeEstimates_BoundsAreAssociative() =>
        Gen.Select(ModelGen.Estimates, ModelGen.Estimates, ModelGen.Estimates).Sample((a, b, c) =>
        {
            var left = (a + b) + c;
            var right = a + (b + c);
            Assert.Equal(left.Low, right.Low);
            Assert.Equal(left.High, right.High);
        }, iter: Iterations);

    [Fact]
    public void Add_SumBeyondDecimal_IsAtLeastTheLargestDecimal()
    {
        var sum = Estimate.Exactly(decimal.MaxValue) + Estimate.Exactly(1m);

        Assert.Equal(decimal.MaxValue, sum.Low);
        Assert.Null(sum.High);
        Assert.Equal(EstimateQualifier.AtLeast, sum.Qualifier);
    }

    [Fact]
    public void Add_HighBoundsBeyondDecimal_DropsTheHighBoundOnly()
    {
        var half = decimal.MaxValue / 2;

        var sum = Estimate.Between(1m, half + 1) + Estimate.Between(1m, half + 1);

        Assert.Equal(2m, sum.Low);
        Assert.Null(sum.High);
        Assert.Equal(EstimateQualifier.AtLeast, sum.Qualifier);
    }
}
