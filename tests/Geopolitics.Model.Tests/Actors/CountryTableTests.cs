using Geopolitics.Model.Actors;
using NodaTime;

namespace Geopolitics.Model.Tests.Actors;

public class CountryTableTests
{
    private const string Countries = "# comment\nalpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tDE\t276\t255\tGermany\nPSE\tPS\t275\t\tPalestine\n";
    private const string CowStates = "# comment\ncow_code\tcow_abbreviation\tname\tstart\tend\n255\tGMY\tGermany\t1816-01-01\t1945-05-08\n255\tGMY\tGermany\t1990-10-03\t\n260\tGFR\tGerman Federal Republic\t1955-05-05\t1990-10-02\n";

    private static CountryCatalogue Parse(string countries, string cowStates) =>
        CountryTable.Parse(new StringReader(countries), new StringReader(cowStates));

    [Fact]
    public void Parse_WellFormedTables_JoinsCountriesToCowStates()
    {
        var catalogue = Parse(Countries, CowStates);

        var germany = catalogue.FindCowState(255);
        Assert.NotNull(germany);
        Assert.Equal(2, germany.Spells.Length);
        Assert.True(germany.IsCurrent);
        Assert.Equal(new LocalDate(1990, 10, 3), germany.Spells[1].Start.Start);
        Assert.Equal("GMY", germany.Country?.CowAbbreviation);
        Assert.False(catalogue.FindCowState(260)?.IsCurrent);
        Assert.Null(catalogue.FindByAlpha3("PSE")?.CowCode);
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreAccepted()
    {
        var catalogue = Parse(Countries.Replace("\n", "\r\n", StringComparison.Ordinal), CowStates.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(2, catalogue.Countries.Length);
    }

    [Theory]
    [InlineData("alpha3\talpha2\tnumeric\tname\n", "countries.tsv, line 1")]
    [InlineData("alpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tDE\t276\t255\n", "countries.tsv, line 2")]
    [InlineData("alpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tDE\tx\t255\tGermany\n", "countries.tsv, line 2")]
    [InlineData("alpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tDE\t276\t999\tGermany\n", "countries.tsv, line 2")]
    [InlineData("alpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tde\t276\t255\tGermany\n", "countries.tsv, line 2")]
    [InlineData("# only a comment\n", "countries.tsv")]
    public void Parse_MalformedCountries_ThrowsNamingTableAndLine(string countries, string where)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(countries, CowStates));

        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cow_code\tcow_abbreviation\tname\tstart\tend\n255\tGMY\tGermany\t1816-13-01\t\n", "cow-states.tsv, line 2")]
    [InlineData("cow_code\tcow_abbreviation\tname\tstart\tend\n255\tGMY\tGermany\t1816-01-01\t\n255\tGMY\tDeutschland\t1990-10-03\t\n", "cow-states.tsv, line 2")]
    [InlineData("cow_code\tcow_abbreviation\tname\tstart\tend\n255\tGMY\tGermany\t1816-01-01\t\n255\tGMY\tGermany\t1990-10-03\t\n", "cow-states.tsv, line 2")]
    public void Parse_MalformedCowStates_ThrowsNamingTableAndLine(string cowStates, string where)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(Countries, cowStates));

        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CountryOnHistoricalCowCode_Throws()
    {
        const string countries = "alpha3\talpha2\tnumeric\tcow_code\tname\nDEU\tDE\t276\t260\tGermany\n";

        Assert.Throws<InvalidDataException>(() => Parse(countries, CowStates));
    }

    [Fact]
    public void LoadEmbedded_ShippedTables_ParseIntoTheDefaultCatalogue()
    {
        var catalogue = CountryTable.LoadEmbedded();

        Assert.Equal<Country>(CountryCatalogue.Default.Countries, catalogue.Countries);
        Assert.Equal<CowState>(CountryCatalogue.Default.CowStates, catalogue.CowStates);
    }
}
