using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class TreatyPartyTests
{
    [Fact]
    public void Equals_SameStepsBuiltTwice_Equal()
    {
        var left = RussiaDprk2024().Parties[0];
        var right = RussiaDprk2024().Parties[0];

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, RussiaDprk2024().Parties[1]);
    }

    [Fact]
    public void Constructor_NullDomesticStep_Throws()
    {
        Assert.Equal("domesticSteps", Assert.Throws<ArgumentException>(() => new TreatyParty(Rus, domesticSteps: [null!])).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void DomesticStep_BlankDescription_Throws(string description) =>
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new DomesticStep(description, new PartialDate(2024), Evidence.Unsourced(Confidence.Reported))).ParamName);

    [Fact]
    public void ToString_StepsInOrder()
    {
        Assert.Equal("RUS: signed 2024-06-19; Ratification 2024-11-09", RussiaDprk2024().Parties[0].ToString());
        Assert.Equal("CHN", new TreatyParty(Chn).ToString());
    }

    [Theory]
    [InlineData(ConsentKind.Accession, true)]
    [InlineData(ConsentKind.Succession, true)]
    [InlineData(ConsentKind.Ratification, false)]
    [InlineData(ConsentKind.Acceptance, false)]
    [InlineData(ConsentKind.Approval, false)]
    [InlineData(ConsentKind.DefinitiveSignature, false)]
    public void JoinsWithoutSignature_Table(ConsentKind kind, bool expected)
    {
        Assert.Equal(expected, kind.JoinsWithoutSignature());
    }
}
