using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Tests.Serialization;

public class ScenarioJsonOptionsTests
{
    [Fact]
    public void Default_Limits_Are64LevelsAnd64MiB()
    {
        Assert.Equal(64, ScenarioJsonOptions.Default.MaxDepth);
        Assert.Equal(64L * 1024 * 1024, ScenarioJsonOptions.Default.MaxBytes);
        Assert.Equal(ScenarioJsonOptions.Default, new ScenarioJsonOptions());
    }

    [Fact]
    public void Constructor_Limits_AreKept()
    {
        var options = new ScenarioJsonOptions(maxDepth: 12, maxBytes: 1000);

        Assert.Equal(12, options.MaxDepth);
        Assert.Equal(1000, options.MaxBytes);
        Assert.Equal("MaxDepth = 12, MaxBytes = 1000", options.ToString());
    }

    [Theory]
    [InlineData(0, 1000, "maxDepth")]
    [InlineData(-1, 1000, "maxDepth")]
    [InlineData(int.MaxValue, 1000, "maxDepth")]
    [InlineData(ScenarioJsonOptions.MaxDepthCeiling + 1, 1000, "maxDepth")]
    [InlineData(64, 0, "maxBytes")]
    [InlineData(64, long.MaxValue, "maxBytes")]
    public void Constructor_LimitOutOfRange_Throws(int maxDepth, long maxBytes, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioJsonOptions(maxDepth, maxBytes)).ParamName);

    [Fact]
    public void Constructor_SmallestLimits_AreAccepted()
    {
        var options = new ScenarioJsonOptions(maxDepth: 1, maxBytes: 1);

        Assert.Equal((1, 1L), (options.MaxDepth, options.MaxBytes));
    }

    [Fact]
    public void Constructor_LargestLimits_AreAccepted()
    {
        var options = new ScenarioJsonOptions(maxDepth: ScenarioJsonOptions.MaxDepthCeiling, maxBytes: Array.MaxLength);

        Assert.Equal((10_000, (long)Array.MaxLength), (options.MaxDepth, options.MaxBytes));
    }
}
