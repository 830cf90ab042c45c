using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;

namespace Geopolitics.Model.Tests.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Guam", "GUAM", "USA")]
    [InlineData("guam", "GUAM", "USA")]
    [InlineData("Okinawa", "OKINAWA", "JPN")]
    [InlineData("Kursk region", "KURSK", "RUS")]
    [InlineData("Kursk Oblast", "KURSK", "RUS")]
    [InlineData("JPN", "JPN", "JPN")]
    [InlineData("Japan", "JPN", "JPN")]
    [InlineData(" KR ", "KOR", "KOR")]
    public void Resolve_KnownNames_FindPlaceAndAdministrator(string text, string id, string administrator)
    {
        var place = Places.Resolve(text).AsT0;

        Assert.Equal(new PlaceId(id), place.Id);
        Assert.Equal(new ActorId(administrator), place.AdministeredBy);
    }

    [Fact]
    public void Resolve_Misspelt_ReturnsUnknownPlaceWithSuggestion()
    {
        var error = Places.Resolve("Gaum").AsT1;

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.Contains("'Guam'", error.Message, StringComparison.Ordinal);
    }

    // Nearest first, then by id, at most three; a name that contains the text is nearest; no name of three letters or
    // fewer is suggested; an edit distance beyond a third of the text (at least 2) is not near.
    [Theory]
    [InlineData("Gaum", " Did you mean 'Guam' (GUAM)?")]
    [InlineData("Guan", " Did you mean 'Guam' (GUAM), 'French Guiana' (FRENCH_GUIANA), 'Ghana' (GHA)?")]
    [InlineData("kurs", " Did you mean 'Kursk region' (KURSK)?")]
    [InlineData("Taiwn", " Did you mean 'Taiwan' (TWN)?")]
    [InlineData("Korean peninsula", " Did you mean 'Crimea' (CRIMEA)?")]
    [InlineData("Okinawa-ken", "")]
    [InlineData("ZQ", "")]
    [InlineData("   ", "")]
    public void Resolve_UnknownText_SuggestsTheNearestNames(string text, string hint)
    {
        var error = Places.Resolve(text).AsT1;

        Assert.Equal($"'{text}' is not a place in the gazetteer.{hint}", error.Message);
    }

    [Fact]
    public void Resolve_Nonsense_ReturnsUnknownPlaceWithoutSuggestion()
    {
        var error = Places.Resolve("zzzzzzzzzzzzzzzzzz").AsT1;

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GUAM", "true")]
    [InlineData("OKINAWA", "true")]
    [InlineData("JPN", "true")]
    [InlineData("KOR", "true")]
    [InlineData("USA", "unknown")]
    [InlineData("KURSK", "false")]
    [InlineData("UKR", "false")]
    [InlineData("PACIFIC", "true")]
    public void LiesIn_Pacific_IsThreeValued(string id, string expected) =>
        Assert.Equal(expected, Places.Find(new PlaceId(id))!.LiesIn(Gazetteer.Pacific).ToString());

    // Home territories are metropolitan territories; overseas and outlying territories, exclaves and dependencies are
    // places of their own, so a region decides the home territory unless the mainland itself crosses its edge.
    [Theory]
    [InlineData("USA", "NORTH_AMERICA", "true")]
    [InlineData("USA", "AMERICAS", "true")]
    [InlineData("USA", "PACIFIC", "unknown")]
    [InlineData("ALASKA", "NORTH_AMERICA", "true")]
    [InlineData("HAWAII", "NORTH_AMERICA", "false")]
    [InlineData("HAWAII", "AMERICAS", "false")]
    [InlineData("PUERTO_RICO", "AMERICAS", "true")]
    [InlineData("FRA", "EUROPE", "true")]
    [InlineData("FRENCH_GUIANA", "EUROPE", "false")]
    [InlineData("FRENCH_GUIANA", "SOUTH_AMERICA", "true")]
    [InlineData("NEW_CALEDONIA", "PACIFIC", "true")]
    [InlineData("GREENLAND", "NORTH_AMERICA", "true")]
    [InlineData("GREENLAND", "EUROPE", "false")]
    [InlineData("DNK", "EUROPE", "true")]
    [InlineData("RUS", "EUROPE", "unknown")]
    [InlineData("RUS", "ASIA", "unknown")]
    [InlineData("KALININGRAD", "EUROPE", "true")]
    [InlineData("KAZ", "ASIA", "unknown")]
    [InlineData("EGY", "AFRICA", "unknown")]
    [InlineData("ESP", "EUROPE", "true")]
    [InlineData("CEUTA", "EUROPE", "false")]
    [InlineData("CEUTA", "AFRICA", "true")]
    [InlineData("THA", "SOUTHEAST_ASIA", "true")]
    [InlineData("PAK", "SOUTHEAST_ASIA", "false")]
    [InlineData("JPN", "PACIFIC", "true")]
    public void LiesIn_MetropolitanAndOutlyingTerritories(string id, string region, string expected) =>
        Assert.Equal(expected, Truth(Places, id, region));

    [Theory]
    [InlineData("Alaska", "USA")]
    [InlineData("Puerto Rico", "USA")]
    [InlineData("Hawaii", "USA")]
    [InlineData("Greenland", "DNK")]
    [InlineData("Martinique", "FRA")]
    [InlineData("Réunion", "FRA")]
    [InlineData("Malvinas", "GBR")]
    [InlineData("Kaliningrad Oblast", "RUS")]
    [InlineData("Svalbard", "NOR")]
    public void Resolve_OutlyingTerritory_IsATerritoryOfItsState(string text, string administrator)
    {
        var place = Places.Resolve(text).AsT0;

        Assert.Equal(PlaceKind.Territory, place.Kind);
        Assert.Equal(new ActorId(administrator), place.AdministeredBy);
        Assert.NotEqual(Places.HomeTerritoryOf(new ActorId(administrator)), place);
    }

    [Fact]
    public void Default_EveryRegionNamed_IsARegionAndEveryAdministratorACountry()
    {
        foreach (var place in Places.Places)
        {
            Assert.All(place.Regions.Concat(place.PartlyIn), region => Assert.Equal(PlaceKind.Region, Places.Find(region)?.Kind));
            if (place.AdministeredBy is { } administrator)
            {
                Assert.NotNull(CountryCatalogue.Default.FindById(administrator));
            }
        }
    }

    [Fact]
    public void HomeTerritoryOf_EveryCurrentCountry_Exists()
    {
        foreach (var country in CountryCatalogue.Default.Countries)
        {
            var home = Places.HomeTerritoryOf(country.Id);
            Assert.NotNull(home);
            Assert.Equal(country.Id, home.AdministeredBy);
        }

        Assert.Null(Places.HomeTerritoryOf(new ActorId("UNSC")));
    }

    [Fact]
    public void With_ScenarioPlace_AddsAndReplaces()
    {
        var extended = Places.With([
            new Place(new PlaceId("DONETSK"), "Donetsk region", PlaceKind.Territory, new ActorId("UKR"), [new PlaceId("EUROPE")]),
            new Place(new PlaceId("GUAM"), "Guam", PlaceKind.Territory, new ActorId("USA"), [new PlaceId("PACIFIC"), new PlaceId("ASIA")]),
        ]);

        Assert.NotNull(extended.Find(new PlaceId("DONETSK")));
        Assert.Equal("true", Truth(extended, "GUAM", "ASIA"));
        Assert.Null(Places.Find(new PlaceId("DONETSK")));
        Assert.Equal("false", Truth(Places, "GUAM", "ASIA"));
    }

    [Fact]
    public void Place_RegionWithAdministrator_Throws() =>
        Assert.Throws<ArgumentException>(() => new Place(new PlaceId("X"), "X", PlaceKind.Region, new ActorId("USA")));

    [Fact]
    public void Place_TerritoryWithoutAdministrator_Throws() =>
        Assert.Throws<ArgumentException>(() => new Place(new PlaceId("X"), "X", PlaceKind.Territory));

    private static string Truth(Gazetteer gazetteer, string place, string region) =>
        gazetteer.Find(new PlaceId(place))!.LiesIn(new PlaceId(region)).ToString();
}
