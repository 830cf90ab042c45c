using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Tests.Provenance;

public class EvidenceTests
{
    private static readonly Source Pentagon = new("US Department of Defense", "Briefing on DPRK troops in Russia", null, null, SourceKind.OfficialStatement);

    [Fact]
    public void Equals_SameConfidenceAndSources_AreEqual()
    {
        var a = Evidence.Of(Confidence.Confirmed, Pentagon);
        var b = new Evidence(Confidence.Confirmed, [Pentagon with { }]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Evidence.Of(Confidence.Reported, Pentagon));
        Assert.NotEqual(a, Evidence.Unsourced(Confidence.Confirmed));
    }

    [Fact]
    public void Constructor_UndefinedConfidence_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Evidence((Confidence)42));

    [Fact]
    public void IsAdmittedBy_PotentialFactAtDefault_IsNotAdmitted()
    {
        Assert.False(Evidence.Unsourced(Confidence.Potential).IsAdmittedBy(ConfidenceExtensions.DefaultMinimum));
        Assert.True(Evidence.Unsourced(Confidence.Potential).IsAdmittedBy(Confidence.Potential));
    }
}
