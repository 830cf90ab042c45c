using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Treaties;

public class TreatyDurationTests
{
    [Fact]
    public void FixedTerm_Renewing_RenewalTermDefaultsToTerm()
    {
        var term = new FixedTermDuration(Period.FromYears(20), renewsAutomatically: true);

        Assert.Equal(Period.FromYears(20), term.EffectiveRenewalTerm);
        Assert.Null(term.RenewalTerm);
        Assert.Equal("P20Y, renewing every P20Y", term.ToString());
    }

    [Fact]
    public void FixedTerm_NotRenewing_NoRenewalTerm()
    {
        var term = new FixedTermDuration(Period.FromYears(10));

        Assert.Null(term.EffectiveRenewalTerm);
        Assert.Equal("P10Y", term.ToString());
    }

    [Fact]
    public void FixedTerm_DistinctRenewalTerm_Used()
    {
        Assert.Equal(Period.FromYears(5), new FixedTermDuration(Period.FromYears(30), true, Period.FromYears(5)).EffectiveRenewalTerm);
    }

    [Fact]
    public void FixedTerm_InvalidTerms_Throw()
    {
        Assert.Equal("term", Assert.Throws<ArgumentException>(() => new FixedTermDuration(Period.Zero)).ParamName);
        Assert.Equal("term", Assert.Throws<ArgumentException>(() => new FixedTermDuration(Period.FromYears(-1))).ParamName);
        Assert.Equal("renewalTerm", Assert.Throws<ArgumentException>(() => new FixedTermDuration(Period.FromYears(10), false, Period.FromYears(5))).ParamName);
        Assert.Equal("renewalTerm", Assert.Throws<ArgumentException>(() => new FixedTermDuration(Period.FromYears(10), true, Period.FromDays(-5))).ParamName);
    }

    [Fact]
    public void Equals_ValueEquality()
    {
        Assert.Equal(new IndefiniteDuration(), new IndefiniteDuration());
        Assert.Equal(new FixedTermDuration(Period.FromYears(20), true), new FixedTermDuration(Period.FromYears(20), true));
        Assert.NotEqual<TreatyDuration>(new FixedTermDuration(Period.FromYears(20), true), new FixedTermDuration(Period.FromYears(20)));
        Assert.Equal("indefinite", new IndefiniteDuration().ToString());
    }

    [Fact]
    public void MatchAndSwitch_EachDuration_CallItsOwnCase()
    {
        TreatyDuration indefinite = new IndefiniteDuration();
        TreatyDuration fixedTerm = new FixedTermDuration(Period.FromYears(20), renewsAutomatically: true);
        var switched = new List<string>();

        indefinite.Switch(_ => switched.Add("indefinite"), term => switched.Add(term.Term.ToString()));
        fixedTerm.Switch(_ => switched.Add("indefinite"), term => switched.Add(term.Term.ToString()));

        Assert.Equal("indefinite", indefinite.Match(_ => "indefinite", term => term.Term.ToString()));
        Assert.Equal("P20Y", fixedTerm.Match(_ => "indefinite", term => term.Term.ToString()));
        Assert.Equal(["indefinite", "P20Y"], switched);
    }
}
