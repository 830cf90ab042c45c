using Geopolitics.Model.Provenance;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class TreatyTests
{
    [Fact]
    public void Constructor_OptionalMembersOmitted_IndefiniteAndEmpty()
    {
        var treaty = Treaty("t", new OnSignatureRule(), Party(Rus), Party(Prk));

        Assert.IsType<IndefiniteDuration>(treaty.Duration);
        Assert.Empty(treaty.Clauses);
        Assert.Empty(treaty.Suspensions);
        Assert.Empty(treaty.Supersedes);
        Assert.Empty(treaty.ExternalReferences);
        Assert.Null(treaty.WithdrawalNotice);
        Assert.Null(treaty.Termination);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_Throws(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Treaty(new TreatyId("t"), name, [], new OnSignatureRule(), Reported));
        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Constructor_DefaultIds_Throw()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Treaty(default, "T", [], new OnSignatureRule(), Reported)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ObligationClause(default, ClauseKind.Offence)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentException>(() => new TreatyParty(default)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Signature(default, Reported)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new RecordedRule(default)).ParamName);
    }

    [Fact]
    public void Constructor_NegativeNotice_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new Treaty(new TreatyId("t"), "T", [], new OnSignatureRule(), Reported, withdrawalNotice: Period.FromMonths(-6)));
        Assert.Equal("withdrawalNotice", exception.ParamName);
    }

    [Fact]
    public void Constructor_NoticeWithTimeUnits_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new Treaty(new TreatyId("t"), "T", [], new OnSignatureRule(), Reported, withdrawalNotice: Period.FromHours(12)));
    }

    [Fact]
    public void Constructor_NullParty_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Treaty(new TreatyId("t"), "T", [Party(Rus), null!], new OnSignatureRule(), Reported));
        Assert.Equal("parties", exception.ParamName);
    }

    [Fact]
    public void Equals_SameContentBuiltTwice_EqualAndSameHash()
    {
        var left = RussiaDprk2024();
        var right = RussiaDprk2024();

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentSignatureEvidence_NotEqual()
    {
        Assert.NotEqual(RussiaDprk2024(), RussiaDprk2024(Evidence.Unsourced(Confidence.Potential)));
    }

    [Fact]
    public void Lookups_SeedTreaty_FindPartiesAndClauses()
    {
        var treaty = RussiaDprk2024();

        Assert.True(treaty.IsParty(Prk));
        Assert.False(treaty.IsParty(Chn));
        Assert.Equal(Prk, treaty.Party(Prk)!.Actor);
        Assert.Null(treaty.Party(Chn));
        Assert.IsType<MutualDefenceClause>(treaty.Clause(new ClauseId("art4")));
        Assert.Null(treaty.Clause(new ClauseId("art5")));
        Assert.Equal([Rus, Prk], treaty.PartyActors);
        Assert.Equal(3, treaty.Party(Rus)!.DomesticSteps.Length);
    }

    [Fact]
    public void GuaranteePairs_MutualDefenceInBilateralTreaty_BothDirections()
    {
        var treaty = RussiaDprk2024();

        var pairs = treaty.GuaranteePairs(treaty.Clauses[0]);

        Assert.Equal<GuaranteePair>([new GuaranteePair(Rus, Prk), new GuaranteePair(Prk, Rus)], pairs);
    }

    [Fact]
    public void ToString_IdAndName()
    {
        Assert.Equal("usa-kor-1953 (Mutual Defense Treaty between the United States and the Republic of Korea)", UsaKorea1953().ToString());
    }
}
