using Geopolitics.Model.Errors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

public class EstimateTests
{
    [Theory]
    [InlineData("-1", null, EstimateQualifier.AtLeast)]
    [InlineData("-0.5", "1", EstimateQualifier.Between)]
    [InlineData("10", "5", EstimateQualifier.Between)]
    [InlineData("10", "9.99", EstimateQualifier.Over)]
    [InlineData("0", "0", EstimateQualifier.Under)]
    [InlineData("0", null, EstimateQualifier.Several)]
    [InlineData("0", null, (EstimateQualifier)42)]
    public void Constructor_ImpossibleBounds_ThrowsArgumentOutOfRange(string low, string? high, EstimateQualifier qualifier) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Estimate(Number(low), high is null ? null : Number(high), qualifier));

    [Theory]
    [InlineData("5", null, EstimateQualifier.Unknown)]
    [InlineData("0", "5", EstimateQualifier.Unknown)]
    [InlineData("5", "6", EstimateQualifier.Exact)]
    [InlineData("5", "6", EstimateQualifier.About)]
    [InlineData("0", null, EstimateQualifier.UpTo)]
    [InlineData("0", null, EstimateQualifier.Under)]
    [InlineData("1", null, EstimateQualifier.Between)]
    public void Constructor_BoundsThatDoNotFitQualifier_ThrowsArgument(string low, string? high, EstimateQualifier qualifier)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new Estimate(Number(low), high is null ? null : Number(high), qualifier));
        Assert.IsNotType<ArgumentOutOfRangeException>(exception);
    }

    [Fact]
    public void Constructor_HighBelowLow_NamesTheParameterAndTheRule()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Estimate(2_000m, 1_000m, EstimateQualifier.Between));
        Assert.Equal("high", exception.ParamName);
        Assert.Contains("at least its low bound", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ExactWithoutHigh_StoresTheFigureAsBothBounds()
    {
        var estimate = new Estimate(7m, null, EstimateQualifier.Exact);
        Assert.Equal(7m, estimate.High);
        Assert.Equal(Estimate.Exactly(7m), estimate);
    }

    [Fact]
    public void Default_IsUnknown()
    {
        Assert.Equal(Estimate.Unknown, default);
        Assert.True(default(Estimate).IsUnknown);
        Assert.Equal(EstimateQualifier.Unknown, default(EstimateQualifier));
    }

    [Fact]
    public void Equality_ComparesBoundsByValue() =>
        Assert.Equal(Estimate.Exactly(1.0m), Estimate.Exactly(1.00m));

    [Fact]
    public void Factories_SetBoundsAndQualifier()
    {
        Assert.Equal((10_000m, (decimal?)null, EstimateQualifier.Over), Parts(Estimate.Over(10_000m)));
        Assert.Equal((10_000m, (decimal?)null, EstimateQualifier.AtLeast), Parts(Estimate.AtLeast(10_000m)));
        Assert.Equal((0m, (decimal?)5_000m, EstimateQualifier.UpTo), Parts(Estimate.UpTo(5_000m)));
        Assert.Equal((0m, (decimal?)5_000m, EstimateQualifier.Under), Parts(Estimate.Under(5_000m)));
        Assert.Equal((1_000m, (decimal?)2_000m, EstimateQualifier.Between), Parts(Estimate.Between(1_000m, 2_000m)));
        Assert.Equal((1_000m, (decimal?)null, EstimateQualifier.Several), Parts(Estimate.Thousands));
        Assert.Equal((5m, (decimal?)5m, EstimateQualifier.About), Parts(Estimate.About(5m)));
        Assert.Equal(Estimate.Exactly(3m), Estimate.Between(3m, 3m));
    }

    [Fact]
    public void Factories_NegativeFigure_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Exactly(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Over(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.UpTo(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Several(0m));
    }

    [Fact]
    public void Create_InvalidBounds_ReturnsInvalidEstimateError()
    {
        var result = Estimate.Create(10m, 5m, EstimateQualifier.Between);
        Assert.True(result.IsT1);
        Assert.Equal(ErrorCodes.InvalidEstimate, result.AsT1.Code);
        Assert.Contains("below the low bound", result.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValidBounds_ReturnsEstimate()
    {
        var result = Estimate.Create(10_000m, null, EstimateQualifier.Over);
        Assert.True(result.IsT0);
        Assert.Equal(Estimate.Over(10_000m), result.AsT0);
    }

    public static TheoryData<Estimate, Estimate, Estimate> Sums => new()
    {
        { Estimate.Exactly(2m), Estimate.Exactly(3m), Estimate.Exactly(5m) },
        { Estimate.Exactly(2m), Estimate.About(3m), Estimate.About(5m) },
        { Estimate.Over(10_000m), Estimate.Exactly(500m), Estimate.Over(10_500m) },
        { Estimate.Over(10_000m), Estimate.Unknown, Estimate.Over(10_000m) },
        { Estimate.Thousands, Estimate.Thousands, Estimate.AtLeast(2_000m) },
        { Estimate.AtLeast(5m), Estimate.UpTo(3m), Estimate.AtLeast(5m) },
        { Estimate.Between(1_000m, 2_000m), Estimate.Between(500m, 700m), Estimate.Between(1_500m, 2_700m) },
        { Estimate.UpTo(5m), Estimate.UpTo(3m), Estimate.UpTo(8m) },
        { Estimate.Under(5m), Estimate.UpTo(3m), Estimate.Under(8m) },
        { Estimate.UpTo(5m), Estimate.Exactly(3m), Estimate.Between(3m, 8m) },
        { Estimate.Unknown, Estimate.Unknown, Estimate.Unknown },
        { Estimate.Unknown, Estimate.UpTo(5m), Estimate.Unknown },
        { Estimate.Unknown, Estimate.Exactly(5m), Estimate.AtLeast(5m) },
        { Estimate.Zero, Estimate.Thousands, Estimate.Thousands },
        { Estimate.Over(1m), Estimate.Zero, Estimate.Over(1m) },
    };

    [Theory]
    [MemberData(nameof(Sums))]
    public void Add_TwoEstimates_AddsBoundsAndDerivesQualifier(Estimate left, Estimate right, Estimate expected)
    {
        Assert.Equal(expected, left.Add(right));
        Assert.Equal(expected, right + left);
    }

    public static TheoryData<Estimate> Estimates => [.. Texts.Select(row => (Estimate)row[0])];

    [Theory]
    [MemberData(nameof(Estimates))]
    public void Json_RoundTrip_KeepsTheEstimate(Estimate estimate)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(estimate);
        Assert.Equal(estimate, System.Text.Json.JsonSerializer.Deserialize<Estimate>(json));
    }

    [Fact]
    public void Json_ImpossibleBounds_AreRefused() =>
        Assert.ThrowsAny<ArgumentException>(() =>
            System.Text.Json.JsonSerializer.Deserialize<Estimate>("{\"Low\":2000,\"High\":1000,\"Qualifier\":7}"));

    [Fact]
    public void Sum_NoEstimates_IsZero() => Assert.Equal(Estimate.Zero, Estimate.Sum([]));

    [Fact]
    public void Sum_ManyEstimates_AddsThemAll() =>
        Assert.Equal(Estimate.Over(10_300m), Estimate.Sum([Estimate.Over(10_000m), Estimate.Exactly(100m), Estimate.Exactly(200m)]));

    public static TheoryData<Estimate, string> Texts => new()
    {
        { Estimate.Exactly(10_000m), "10,000" },
        { Estimate.Exactly(2.5m), "2.5" },
        { Estimate.About(10_000m), "about 10,000" },
        { Estimate.Over(10_000m), "over 10,000" },
        { Estimate.AtLeast(10_000m), "at least 10,000" },
        { Estimate.UpTo(5_000m), "up to 5,000" },
        { Estimate.Under(5_000m), "under 5,000" },
        { Estimate.Between(1_000m, 2_000m), "1,000–2,000" },
        { Estimate.Thousands, "thousands" },
        { Estimate.TensOfThousands, "tens of thousands" },
        { Estimate.Hundreds, "hundreds" },
        { Estimate.Millions, "millions" },
        { Estimate.Several(1_500m), "several times 1,500" },
        { Estimate.Unknown, "unknown" },
        { new Estimate(10_000m, 12_000m, EstimateQualifier.Over), "over 10,000, at most 12,000" },
        { new Estimate(1_000m, 5_000m, EstimateQualifier.UpTo), "up to 5,000, at least 1,000" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToString_EachQualifier_ReadsAsTheSourceWouldSayIt(Estimate estimate, string expected) =>
        Assert.Equal(expected, estimate.ToString());

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static (decimal Low, decimal? High, EstimateQualifier Qualifier) Parts(Estimate estimate) =>
        (estimate.Low, estimate.High, estimate.Qualifier);
}
