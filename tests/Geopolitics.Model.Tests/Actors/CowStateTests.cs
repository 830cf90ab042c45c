using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Actors;

public class CowStateTests
{
    private static readonly Country Germany = new("DE", "DEU", 276, "Germany", 255, "GMY");

    private static DatePeriod Spell(int fromYear, int? toYear) =>
        new(new LocalDate(fromYear, 1, 1), toYear is { } y ? new LocalDate(y, 12, 31) : null);

    [Fact]
    public void Constructor_TwoSpellsLastOpen_IsCurrentWithCountry()
    {
        var state = new CowState(255, "GMY", "Germany", [Spell(1816, 1944), Spell(1990, null)], Germany);

        Assert.True(state.IsCurrent);
        Assert.Same(Germany, state.Country);
        Assert.Equal(2, state.Spells.Length);
    }

    [Fact]
    public void Constructor_AllSpellsClosed_IsNotCurrent() =>
        Assert.False(new CowState(245, "BAV", "Bavaria", [Spell(1816, 1870)]).IsCurrent);

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void Constructor_CodeOutOfRange_Throws(int code) =>
        Assert.Equal("code", Assert.Throws<ArgumentOutOfRangeException>(() => new CowState(code, "BAV", "Bavaria", [Spell(1816, 1870)])).ParamName);

    [Theory]
    [InlineData("bav")]
    [InlineData("BA")]
    [InlineData("BAVA")]
    public void Constructor_MalformedAbbreviation_Throws(string abbreviation) =>
        Assert.Equal("abbreviation", Assert.Throws<ArgumentException>(() => new CowState(245, abbreviation, "Bavaria", [Spell(1816, 1870)])).ParamName);

    [Fact]
    public void Constructor_NoSpell_Throws() =>
        Assert.Equal("spells", Assert.Throws<ArgumentException>(() => new CowState(245, "BAV", "Bavaria", [])).ParamName);

    [Fact]
    public void Constructor_SpellEndingBeforeItStarts_Throws()
    {
        var backwards = new DatePeriod(new LocalDate(1871, 1, 18), new LocalDate(1816, 1, 1));

        Assert.Equal("spells", Assert.Throws<ArgumentException>(() => new CowState(245, "BAV", "Bavaria", [backwards])).ParamName);
    }

    [Fact]
    public void Constructor_OverlappingSpells_Throws() =>
        Assert.Equal("spells", Assert.Throws<ArgumentException>(() => new CowState(255, "GMY", "Germany", [Spell(1816, 1950), Spell(1950, null)])).ParamName);

    [Fact]
    public void Constructor_SpellsOutOfOrder_Throws() =>
        Assert.Equal("spells", Assert.Throws<ArgumentException>(() => new CowState(255, "GMY", "Germany", [Spell(1990, 2000), Spell(1816, 1944)])).ParamName);

    [Fact]
    public void Constructor_OpenSpellBeforeAnother_Throws() =>
        Assert.Equal("spells", Assert.Throws<ArgumentException>(() => new CowState(255, "GMY", "Germany", [Spell(1816, null), Spell(1990, null)])).ParamName);

    [Fact]
    public void Constructor_CountryForHistoricalState_Throws() =>
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => new CowState(255, "GMY", "Germany", [Spell(1816, 1944)], Germany)).ParamName);

    [Theory]
    [InlineData(260, "GMY")]
    [InlineData(255, "GFR")]
    public void Constructor_CountryWithOtherCowCodes_Throws(int code, string abbreviation) =>
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => new CowState(code, abbreviation, "Germany", [Spell(1990, null)], Germany)).ParamName);

    [Fact]
    public void IsMemberOn_DaysAroundSpells_AnswersByEachSpellWithEndsIncluded()
    {
        var state = new CowState(255, "GMY", "Germany", [new DatePeriod(new LocalDate(1816, 1, 1), new LocalDate(1945, 5, 8)), new DatePeriod(new LocalDate(1990, 10, 3))]);

        Assert.Equal(Truth.True, state.IsMemberOn(new LocalDate(1945, 5, 8)));
        Assert.Equal(Truth.False, state.IsMemberOn(new LocalDate(1945, 5, 9)));
        Assert.Equal(Truth.False, state.IsMemberOn(new LocalDate(1815, 12, 31)));
        Assert.Equal(Truth.True, state.IsMemberOn(new LocalDate(1990, 10, 3)));
        Assert.Equal(Truth.True, state.IsMemberOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void IsMemberOn_SpellEndKnownToTheMonth_IsUnknownWithinThatMonth()
    {
        var state = new CowState(999, "XXX", "Example", [new DatePeriod(new PartialDate(1900), new PartialDate(1950, 6))]);

        Assert.Equal(Truth.Unknown, state.IsMemberOn(new LocalDate(1950, 6, 15)));
        Assert.Equal(Truth.True, state.IsMemberOn(new LocalDate(1950, 5, 31)));
        Assert.Equal(Truth.False, state.IsMemberOn(new LocalDate(1950, 7, 1)));
    }

    [Fact]
    public void Equals_SameSpellsInNewArrays_AreEqual()
    {
        var a = new CowState(255, "GMY", "Germany", [Spell(1816, 1944), Spell(1990, null)], Germany);
        var b = new CowState(255, "GMY", "Germany", [Spell(1816, 1944), Spell(1990, null)], Germany);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new CowState(255, "GMY", "Germany", [Spell(1816, 1944), Spell(1991, null)], Germany));
        Assert.NotEqual(a, new CowState(255, "GMY", "Germany", [Spell(1816, 1944), Spell(1990, null)]));
    }

    [Fact]
    public void ToString_Bavaria_ShowsCodeNameAndSpellsInIso8601() =>
        Assert.Equal(
            "COW 245 BAV Bavaria (1816-01-01/1871-01-18)",
            new CowState(245, "BAV", "Bavaria", [new DatePeriod(new LocalDate(1816, 1, 1), new LocalDate(1871, 1, 18))]).ToString());
}
