using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

public class QuantityTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankUnit_Throws(string unit) =>
        Assert.ThrowsAny<ArgumentException>(() => new Quantity(Estimate.Exactly(1m), unit));

    [Fact]
    public void Constructor_Unit_IsTrimmed() =>
        Assert.Equal("containers", new Quantity(Estimate.Thousands, " containers ").Unit);

    [Fact]
    public void Add_SameUnit_AddsAmounts() =>
        Assert.Equal(
            new Quantity(Estimate.Exactly(3_000m), "rounds"),
            new Quantity(Estimate.Exactly(1_000m), "rounds") + new Quantity(Estimate.Exactly(2_000m), "rounds"));

    [Fact]
    public void Add_DifferentUnits_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            new Quantity(Estimate.Exactly(1m), "containers").Add(new Quantity(Estimate.Exactly(1m), "rounds")));

    [Theory]
    [InlineData(EstimateQualifier.Several, "thousands of containers")]
    [InlineData(EstimateQualifier.Over, "over 1,000 containers")]
    [InlineData(EstimateQualifier.Unknown, "unknown amount of containers")]
    public void ToString_ReadsLikeTheSource(EstimateQualifier qualifier, string expected)
    {
        var amount = qualifier == EstimateQualifier.Unknown ? Estimate.Unknown : new Estimate(1_000m, null, qualifier);
        Assert.Equal(expected, new Quantity(amount, "containers").ToString());
    }
}
