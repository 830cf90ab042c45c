using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Stances;

public class StanceTests
{
    private static Stance Make(string? cameoCode = null, double? goldsteinScore = null, System.Collections.Immutable.ImmutableArray<StanceSignal> signals = default) =>
        new(new StanceId("s"), Jpn, new ActorsTarget([Rus, Prk]), StancePosition.Concerned, new PartialDate(2024), Evidence.Unsourced(Confidence.Reported),
            signals: signals, cameoCode: cameoCode, goldsteinScore: goldsteinScore);

    [Theory]
    [InlineData(11.0)]
    [InlineData(-10.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_GoldsteinOutsideRange_Throws(double score)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Make(goldsteinScore: score));
        Assert.Equal("goldsteinScore", exception.ParamName);
    }

    [Theory]
    [InlineData(-10.0)]
    [InlineData(0.0)]
    [InlineData(10.0)]
    public void Constructor_GoldsteinWithinRangeIncludingEnds_Accepts(double score) =>
        Assert.Equal(score, Make(goldsteinScore: score).GoldsteinScore);

    [Theory]
    [InlineData("1")]
    [InlineData("12345")]
    [InlineData("21")]
    [InlineData("00")]
    [InlineData("1a")]
    [InlineData("")]
    public void Constructor_MalformedCameoCode_Throws(string code) =>
        Assert.Throws<ArgumentException>(() => Make(cameoCode: code));

    [Theory]
    [InlineData("01")]
    [InlineData("111")]
    [InlineData("0871")]
    [InlineData("20")]
    public void Constructor_CameoCode_Accepts(string code) => Assert.Equal(code, Make(cameoCode: code).CameoCode);

    [Fact]
    public void Constructor_DefaultDate_Throws() =>
        Assert.Throws<ArgumentException>(() => new Stance(new StanceId("s"), Jpn, new ActorTarget(Prk), StancePosition.Concerned, default, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_UndefinedPosition_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stance(new StanceId("s"), Jpn, new ActorTarget(Prk), (StancePosition)4, new PartialDate(2024), Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_UndefinedSignal_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(signals: [(StanceSignal)99]));

    [Fact]
    public void Constructor_DefaultSignals_AreEmpty() => Assert.Empty(Make().Signals);

    [Theory]
    [InlineData(StancePosition.Condemns, -3)]
    [InlineData(StancePosition.Opposes, -2)]
    [InlineData(StancePosition.Concerned, -1)]
    [InlineData(StancePosition.Neutral, 0)]
    [InlineData(StancePosition.Sympathetic, 1)]
    [InlineData(StancePosition.Supports, 2)]
    [InlineData(StancePosition.Endorses, 3)]
    public void StancePosition_Values_AreTheSevenPointScale(StancePosition position, int value) => Assert.Equal(value, (int)position);

    [Fact]
    public void ArticleFact_SeoulCondemns_ThroughItsIntelligenceService()
    {
        var stance = SeoulCondemns;
        Assert.Equal(Kor, stance.Holder);
        Assert.Equal(KorNis, stance.Via);
        Assert.Equal(new ActorsTarget([Prk, Rus]), stance.Target);
        Assert.Equal(StancePosition.Condemns, stance.Position);
        Assert.Contains(StanceSignal.IntelligenceDisclosure, stance.Signals);
    }

    [Fact]
    public void ArticleFact_JointCondemnation_IsOneStancePerHolder()
    {
        var stances = JointCondemnation;
        Assert.Equal([Usa, Kor, Jpn], stances.Select(stance => stance.Holder));
        Assert.All(stances, stance => Assert.Equal(new TreatyTarget(RusPrkTreaty), stance.Target));
        Assert.All(stances, stance => Assert.Equal(new PartialDate(2024, 6, 24), stance.Date));
        Assert.Equal(3, stances.Select(stance => stance.Id).Distinct().Count());
    }

    [Fact]
    public void Equality_ComparesSignalsBySequence()
    {
        Assert.Equal(Make(signals: [StanceSignal.Statement]), Make(signals: [StanceSignal.Statement]));
        Assert.NotEqual(Make(signals: [StanceSignal.Statement]), Make(signals: [StanceSignal.Visit]));
    }

    [Fact]
    public void ToString_NamesHolderAgencyPositionAndTarget() =>
        Assert.Equal("kor-condemns-rus-prk: KOR via KOR-NIS Condemns actors PRK+RUS on 2024-10 [Reported]", SeoulCondemns.ToString());
}
