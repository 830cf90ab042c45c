using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

public class SipriImportOptionsTests
{
    [Fact]
    public void Default_IsLenientDetectsTheFormatAndAssessesUncertainRecords()
    {
        var options = SipriImportOptions.Default;

        Assert.Equal((false, (SipriFormat?)null, Confidence.Assessed), (options.Strict, options.Format, options.UncertainConfidence));
    }

    [Fact]
    public void Constructor_UndefinedFormat_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipriImportOptions(format: (SipriFormat)42));

        Assert.Equal("format", error.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedConfidence_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipriImportOptions(uncertainConfidence: (Confidence)42));

        Assert.Equal("uncertainConfidence", error.ParamName);
    }
}
