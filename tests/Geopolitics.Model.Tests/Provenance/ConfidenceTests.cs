using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Tests.Provenance;

public class ConfidenceTests
{
    [Theory]
    [InlineData(Confidence.Reported, Confidence.Confirmed, true)]
    [InlineData(Confidence.Reported, Confidence.Reported, true)]
    [InlineData(Confidence.Reported, Confidence.Assessed, false)]
    [InlineData(Confidence.Reported, Confidence.Potential, false)]
    [InlineData(Confidence.Potential, Confidence.Potential, true)]
    [InlineData(Confidence.Potential, Confidence.Denied, false)]
    [InlineData(Confidence.Denied, Confidence.Denied, false)]
    public void Admits_Threshold_AdmitsStrongerAndNeverDenied(Confidence minimum, Confidence fact, bool expected) =>
        Assert.Equal(expected, minimum.Admits(fact));

    [Fact]
    public void DefaultMinimum_IsReported() => Assert.Equal(Confidence.Reported, ConfidenceExtensions.DefaultMinimum);

    [Fact]
    public void Order_StrongestToWeakest()
    {
        Assert.True(Confidence.Confirmed > Confidence.Reported);
        Assert.True(Confidence.Reported > Confidence.Assessed);
        Assert.True(Confidence.Assessed > Confidence.Alleged);
        Assert.True(Confidence.Alleged > Confidence.Potential);
    }
}
