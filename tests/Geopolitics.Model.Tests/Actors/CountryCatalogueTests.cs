using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Actors;

public class CountryCatalogueTests
{
    private static CountryCatalogue Catalogue => CountryCatalogue.Default;

    public static TheoryData<string, string, int, int, string> SeedStates => new()
    {
        // alpha-3, alpha-2, ISO numeric, COW code, COW abbreviation
        { "RUS", "RU", 643, 365, "RUS" },
        { "PRK", "KP", 408, 731, "PRK" },
        { "KOR", "KR", 410, 732, "ROK" },
        { "JPN", "JP", 392, 740, "JPN" },
        { "CHN", "CN", 156, 710, "CHN" },
        { "USA", "US", 840, 2, "USA" },
        { "UKR", "UA", 804, 369, "UKR" },
    };

    [Theory]
    [MemberData(nameof(SeedStates))]
    public void FindByAlpha3_SeedState_CarriesItsCodes(string alpha3, string alpha2, int numeric, int cow, string cowAbbreviation)
    {
        var country = Catalogue.FindByAlpha3(alpha3);

        Assert.NotNull(country);
        Assert.Equal(alpha2, country.Alpha2);
        Assert.Equal(numeric, country.Numeric);
        Assert.Equal(cow, country.CowCode);
        Assert.Equal(cowAbbreviation, country.CowAbbreviation);
        Assert.Equal(new ActorId(alpha3), country.Id);
    }

    [Theory]
    [MemberData(nameof(SeedStates))]
    public void FindByCowCode_SeedState_ReturnsTheSameCountryAsEveryIsoCode(string alpha3, string alpha2, int numeric, int cow, string cowAbbreviation)
    {
        var country = Catalogue.FindByAlpha3(alpha3);

        Assert.NotNull(country);
        Assert.Same(country, Catalogue.FindByCowCode(cow));
        Assert.Same(country, Catalogue.FindByAlpha2(alpha2));
        Assert.Same(country, Catalogue.FindByNumeric(numeric));
        Assert.Same(country, Catalogue.FindById(new ActorId(alpha3)));
        Assert.Same(country, Catalogue.FindCowStateByAbbreviation(cowAbbreviation)?.Country);
    }

    [Theory]
    [InlineData("RUS", 365, "RUS")]
    [InlineData("PRK", 731, "PRK")]
    [InlineData("KOR", 732, "ROK")]
    [InlineData("JPN", 740, "JPN")]
    [InlineData("CHN", 710, "CHN")]
    [InlineData("USA", 2, "USA")]
    [InlineData("UKR", 369, "UKR")]
    public void FindCowState_SeedState_IsCurrentAndPointsToItsCountry(string alpha3, int cow, string cowAbbreviation)
    {
        var state = Catalogue.FindCowState(cow);

        Assert.NotNull(state);
        Assert.Equal(cowAbbreviation, state.Abbreviation);
        Assert.True(state.IsCurrent);
        Assert.Equal(alpha3, state.Country?.Alpha3);
    }

    [Fact]
    public void FindCowStateByAbbreviation_CowAus_IsAustriaNotAustralia()
    {
        var austria = Catalogue.FindCowStateByAbbreviation("AUS");

        Assert.NotNull(austria);
        Assert.Equal(305, austria.Code);
        Assert.Equal("Austria", austria.Name);
        Assert.Equal("AUT", austria.Country?.Alpha3);
    }

    [Fact]
    public void FindByAlpha3_IsoAus_IsAustraliaWithCowCode900()
    {
        var australia = Catalogue.FindByAlpha3("AUS");

        Assert.NotNull(australia);
        Assert.Equal("Australia", australia.Name);
        Assert.Equal(900, australia.CowCode);
        Assert.Equal("AUL", australia.CowAbbreviation);
        Assert.Equal("AUS", Catalogue.FindByAlpha3("AUT")?.CowAbbreviation);
        Assert.Equal(305, Catalogue.FindByAlpha3("AUT")?.CowCode);
    }

    [Theory]
    [InlineData("AUS", 305, "AUT", 900)]
    [InlineData("SWZ", 225, "CHE", 572)]
    [InlineData("CZE", 315, null, 316)]
    [InlineData("MNG", 341, "MNE", 712)]
    [InlineData("SLV", 349, "SVN", 92)]
    [InlineData("KOR", 730, null, 732)]
    public void Lookups_CowAbbreviationThatIsAnotherStatesIsoCode_KeepTheSchemesApart(string code, int cowCode, string? isoOfCowState, int cowOfIsoCountry)
    {
        var cowState = Catalogue.FindCowStateByAbbreviation(code);
        var isoCountry = Catalogue.FindByAlpha3(code);

        Assert.Equal(cowCode, cowState?.Code);
        Assert.Equal(isoOfCowState, cowState?.Country?.Alpha3);
        Assert.Equal(cowOfIsoCountry, isoCountry?.CowCode);
        Assert.NotEqual(code, isoCountry?.CowAbbreviation);
    }

    [Fact]
    public void FindCowState_Bavaria_IsHistoricalWithoutCountry()
    {
        var bavaria = Catalogue.FindCowState(245);

        Assert.NotNull(bavaria);
        Assert.Equal("BAV", bavaria.Abbreviation);
        Assert.Equal("Bavaria", bavaria.Name);
        Assert.False(bavaria.IsCurrent);
        Assert.Null(bavaria.Country);
        Assert.Equal<DatePeriod>([new DatePeriod(new LocalDate(1816, 1, 1), new LocalDate(1871, 1, 18))], bavaria.Spells);
        Assert.Equal(Truth.True, bavaria.IsMemberOn(new LocalDate(1871, 1, 18)));
        Assert.Equal(Truth.False, bavaria.IsMemberOn(new LocalDate(1871, 1, 19)));
        Assert.Null(Catalogue.FindByCowCode(245));
        Assert.False(Catalogue.TryGetByCowCode(245, out _));
    }

    [Fact]
    public void FindByAlpha3_Serbia_CarriesCowCode345()
    {
        var serbia = Catalogue.FindByAlpha3("SRB");

        Assert.NotNull(serbia);
        Assert.Equal(345, serbia.CowCode);
        Assert.Equal("YUG", serbia.CowAbbreviation);
        Assert.Same(serbia, Catalogue.FindByCowCode(345));
        Assert.Same(serbia, Catalogue.FindCowState(345)?.Country);
    }

    [Fact]
    public void FindCowState_Kosovo_IsCurrentWithoutIsoCountry()
    {
        var kosovo = Catalogue.FindCowState(347);

        Assert.NotNull(kosovo);
        Assert.True(kosovo.IsCurrent);
        Assert.Null(kosovo.Country);
        Assert.Null(Catalogue.FindByCowCode(347));
    }

    [Fact]
    public void FindCowState_Korea730_IsHistoricalAndNotSouthKorea()
    {
        var korea = Catalogue.FindCowState(730);

        Assert.NotNull(korea);
        Assert.False(korea.IsCurrent);
        Assert.Null(korea.Country);
        Assert.Same(korea, Catalogue.FindCowStateByAbbreviation("KOR"));
        Assert.Equal(732, Catalogue.FindByAlpha3("KOR")?.CowCode);
    }

    [Fact]
    public void FindCowState_Germany_HasTwoSpellsTheLastOpen()
    {
        var germany = Catalogue.FindCowState(255);

        Assert.NotNull(germany);
        Assert.Equal<DatePeriod>(
            [new DatePeriod(new LocalDate(1816, 1, 1), new LocalDate(1945, 5, 8)), new DatePeriod(new LocalDate(1990, 10, 3))],
            germany.Spells);
        Assert.Equal(Truth.False, germany.IsMemberOn(new LocalDate(1960, 1, 1)));
        Assert.Equal(Truth.True, germany.IsMemberOn(new LocalDate(2024, 6, 19)));
        Assert.Equal("DEU", germany.Country?.Alpha3);
        Assert.False(Catalogue.FindCowState(260)?.IsCurrent);
        Assert.Null(Catalogue.FindCowState(260)?.Country);
    }

    [Theory]
    [InlineData("PSE")]
    [InlineData("VAT")]
    public void FindByAlpha3_ObserverState_IsListedWithoutCowCode(string alpha3)
    {
        var country = Catalogue.FindByAlpha3(alpha3);

        Assert.NotNull(country);
        Assert.Null(country.CowCode);
        Assert.Null(country.CowAbbreviation);
    }

    [Fact]
    public void FindCowState_PapalStates_IsNotTheHolySee()
    {
        var papalStates = Catalogue.FindCowState(327);

        Assert.NotNull(papalStates);
        Assert.False(papalStates.IsCurrent);
        Assert.Null(papalStates.Country);
        Assert.Null(Catalogue.FindByCowCode(327));
    }

    [Theory]
    [InlineData("GUM")]
    [InlineData("PRI")]
    [InlineData("HKG")]
    [InlineData("ESH")]
    [InlineData("ATA")]
    public void FindByAlpha3_Territory_IsNotListed(string alpha3) => Assert.Null(Catalogue.FindByAlpha3(alpha3));

    [Fact]
    public void Default_Counts_196CountriesAnd217CowStatesOf195Current()
    {
        Assert.Equal(196, Catalogue.Countries.Length);
        Assert.Equal(217, Catalogue.CowStates.Length);
        Assert.Equal(195, Catalogue.CowStates.Count(s => s.IsCurrent));
        Assert.Equal(22, Catalogue.CowStates.Count(s => !s.IsCurrent));
        Assert.Equal(194, Catalogue.CowStates.Count(s => s.Country is not null));
    }

    [Fact]
    public void Default_Lists_AreSortedByCode()
    {
        Assert.Equal(Catalogue.Countries.Select(c => c.Alpha3).Order(StringComparer.Ordinal), Catalogue.Countries.Select(c => c.Alpha3));
        Assert.Equal(Catalogue.CowStates.Select(s => s.Code).Order(), Catalogue.CowStates.Select(s => s.Code));
    }

    [Fact]
    public void Default_EveryCountryWithCowCode_IsTheCountryOfThatCowState()
    {
        Assert.All(
            Catalogue.Countries.Where(c => c.CowCode is not null),
            c => Assert.Same(c, Catalogue.FindCowState(c.CowCode!.Value)?.Country));
    }

    [Fact]
    public void Default_RepeatedAndConcurrentAccess_ReturnsOneInstance()
    {
        var seen = new CountryCatalogue[8];
        Parallel.For(0, seen.Length, i => seen[i] = CountryCatalogue.Default);

        Assert.All(seen, c => Assert.Same(CountryCatalogue.Default, c));
    }

    [Fact]
    public void FindByAlpha_LowerCase_MatchesIgnoringCase()
    {
        Assert.Equal("RUS", Catalogue.FindByAlpha3("rus")?.Alpha3);
        Assert.Equal("PRK", Catalogue.FindByAlpha2("kp")?.Alpha3);
        Assert.Equal(245, Catalogue.FindCowStateByAbbreviation("bav")?.Code);
    }

    [Fact]
    public void Find_UnknownCode_ReturnsNull()
    {
        Assert.Null(Catalogue.FindByAlpha3("XXX"));
        Assert.Null(Catalogue.FindByAlpha3("ROK")); // a COW abbreviation, not an ISO code
        Assert.Null(Catalogue.FindByAlpha2("XK"));
        Assert.Null(Catalogue.FindByNumeric(0));
        Assert.Null(Catalogue.FindCowState(999));
        Assert.Null(Catalogue.FindCowStateByAbbreviation("AUT")); // an ISO code, not a COW abbreviation
        Assert.Null(Catalogue.FindById(new ActorId("NATO")));
        Assert.Null(Catalogue.FindById(default));
        Assert.False(Catalogue.TryGetByNumeric(1000, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void TryGet_KnownCodes_ReturnTrueWithTheValue()
    {
        Assert.True(Catalogue.TryGetByAlpha3("PRK", out var byAlpha3));
        Assert.True(Catalogue.TryGetByAlpha2("KP", out var byAlpha2));
        Assert.True(Catalogue.TryGetByNumeric(408, out var byNumeric));
        Assert.True(Catalogue.TryGetById(new ActorId("PRK"), out var byId));
        Assert.True(Catalogue.TryGetByCowCode(731, out var byCow));
        Assert.True(Catalogue.TryGetCowState(731, out var state));
        Assert.True(Catalogue.TryGetCowStateByAbbreviation("PRK", out var stateByAbbreviation));

        Assert.Equal("North Korea", byAlpha3.Name);
        Assert.All(new[] { byAlpha2, byNumeric, byId, byCow, state.Country }, c => Assert.Same(byAlpha3, c));
        Assert.Same(state, stateByAbbreviation);
    }

    [Fact]
    public void TryGetById_DefaultOrNotAState_ReturnsFalse()
    {
        Assert.False(Catalogue.TryGetById(default, out var none));
        Assert.Null(none);
        Assert.False(Catalogue.TryGetById(new ActorId("NATO"), out _));
    }

    [Fact]
    public void Find_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Catalogue.FindByAlpha3(null!));
        Assert.Throws<ArgumentNullException>(() => Catalogue.FindByAlpha2(null!));
        Assert.Throws<ArgumentNullException>(() => Catalogue.FindCowStateByAbbreviation(null!));
    }

    [Fact]
    public void Constructor_DuplicateAlpha3_Throws()
    {
        var a = new Country("AA", "AAA", 1, "A");
        var b = new Country("BB", "AAA", 2, "B");

        var error = Assert.Throws<ArgumentException>(() => new CountryCatalogue([a, b], []));
        Assert.Equal("countries", error.ParamName);
        Assert.Contains("'AAA'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CountryWithCowCodeButNoCowState_Throws()
    {
        var country = new Country("AA", "AAA", 1, "A", 100, "AAA");

        var error = Assert.Throws<ArgumentException>(() => new CountryCatalogue([country], []));
        Assert.Equal("countries", error.ParamName);
    }

    [Fact]
    public void Constructor_CowStateNamingUnlistedCountry_Throws()
    {
        var country = new Country("AA", "AAA", 1, "A", 100, "AAA");
        var state = new CowState(100, "AAA", "A", [new DatePeriod(new LocalDate(1900, 1, 1))], country);

        var error = Assert.Throws<ArgumentException>(() => new CountryCatalogue([], [state]));
        Assert.Equal("cowStates", error.ParamName);
    }

    [Fact]
    public void ToString_Default_CountsBothLists() =>
        Assert.Equal("CountryCatalogue: 196 countries, 217 COW states", Catalogue.ToString());
}
