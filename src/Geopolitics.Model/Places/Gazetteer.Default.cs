using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Places;

// The built-in gazetteer's data: its regions, the regions of every state's home territory, and the territories named
// on their own. docs/concepts/places.md defines the terms and lists the regions' states; a test keeps it equal to this.
public sealed partial class Gazetteer
{
    private static Gazetteer BuildDefault()
    {
        var regions = new[]
        {
            Region("AFRICA", "Africa"),
            Region("AMERICAS", "the Americas", "Americas"),
            Region("ASIA", "Asia"),
            Region("EUROPE", "Europe"),
            Region("NORTH_AMERICA", "North America"),
            Region("PACIFIC", "Pacific area", "Pacific", "the Pacific area", "Asia-Pacific"),
            Region("SOUTH_AMERICA", "South America"),
            Region("SOUTHEAST_ASIA", "Southeast Asia", "South-East Asia"),
        };

        var homes = CountryCatalogue.Default.Countries.Select(country =>
        {
            var (wholly, partly) = RegionsOf(country.Alpha3);
            return new Place(new PlaceId(country.Alpha3), country.Name, PlaceKind.HomeTerritory, country.Id, wholly, partly, [country.Alpha2]);
        });

        // Territories away from their state's metropolitan territory: overseas, outlying, exclaves, dependencies, and
        // territories administered de facto by another state. Each lies wholly in the regions listed first.
        var territories = new[]
        {
            Territory("ALASKA", "Alaska", "USA", ["AMERICAS", "NORTH_AMERICA"], partly: ["PACIFIC"]),
            Territory("AMERICAN_SAMOA", "American Samoa", "USA", ["PACIFIC"]),
            Territory("ARUBA", "Aruba", "NLD", ["AMERICAS", "NORTH_AMERICA"]),
            Territory("BERMUDA", "Bermuda", "GBR", ["AMERICAS", "NORTH_AMERICA"]),
            Territory("CANARY_ISLANDS", "Canary Islands", "ESP", ["AFRICA"], aliases: ["Canaries"]),
            Territory("CEUTA", "Ceuta", "ESP", ["AFRICA"]),
            Territory("CRIMEA", "Crimea", "RUS", ["EUROPE"], aliases: ["Crimean Peninsula"]),
            Territory("CURACAO", "Curaçao", "NLD", ["AMERICAS", "NORTH_AMERICA"], aliases: ["Curacao"]),
            Territory("FALKLANDS", "Falkland Islands", "GBR", ["AMERICAS", "SOUTH_AMERICA"], aliases: ["Falklands", "Malvinas", "Islas Malvinas"]),
            Territory("FAROE_ISLANDS", "Faroe Islands", "DNK", ["EUROPE"], aliases: ["Faroes"]),
            Territory("FRENCH_GUIANA", "French Guiana", "FRA", ["AMERICAS", "SOUTH_AMERICA"], aliases: ["Guyane"]),
            Territory("FRENCH_POLYNESIA", "French Polynesia", "FRA", ["PACIFIC"], aliases: ["Tahiti"]),
            Territory("GIBRALTAR", "Gibraltar", "GBR", ["EUROPE"]),
            Territory("GREENLAND", "Greenland", "DNK", ["AMERICAS", "NORTH_AMERICA"], aliases: ["Kalaallit Nunaat"]),
            Territory("GUADELOUPE", "Guadeloupe", "FRA", ["AMERICAS", "NORTH_AMERICA"]),
            Territory("GUAM", "Guam", "USA", ["PACIFIC"]),
            Territory("HAWAII", "Hawaii", "USA", ["PACIFIC"]),
            Territory("KALININGRAD", "Kaliningrad region", "RUS", ["EUROPE"], aliases: ["Kaliningrad", "Kaliningrad Oblast"]),
            Territory("KURSK", "Kursk region", "RUS", ["EUROPE"], aliases: ["Kursk", "Kursk Oblast"]),
            Territory("MARTINIQUE", "Martinique", "FRA", ["AMERICAS", "NORTH_AMERICA"]),
            Territory("MAYOTTE", "Mayotte", "FRA", ["AFRICA"]),
            Territory("MELILLA", "Melilla", "ESP", ["AFRICA"]),
            Territory("NEW_CALEDONIA", "New Caledonia", "FRA", ["PACIFIC"]),
            Territory("NORTHERN_MARIANA_ISLANDS", "Northern Mariana Islands", "USA", ["PACIFIC"], aliases: ["Northern Marianas", "Saipan"]),
            Territory("OKINAWA", "Okinawa", "JPN", ["ASIA", "PACIFIC"], aliases: ["Okinawa Prefecture"]),
            Territory("PUERTO_RICO", "Puerto Rico", "USA", ["AMERICAS", "NORTH_AMERICA"]),
            Territory("REUNION", "Réunion", "FRA", ["AFRICA"], aliases: ["Reunion", "La Réunion"]),
            Territory("SVALBARD", "Svalbard", "NOR", ["EUROPE"], aliases: ["Spitsbergen"]),
        };

        return new Gazetteer(regions.Concat(homes).Concat(territories));
    }

    private static Place Region(string id, string name, params string[] aliases) =>
        new(new PlaceId(id), name, PlaceKind.Region, aliases: [.. aliases]);

    private static Place Territory(string id, string name, string administeredBy, ImmutableArray<string> regions, ImmutableArray<string> partly = default, ImmutableArray<string> aliases = default) =>
        new(new PlaceId(id), name, PlaceKind.Territory, new ActorId(administeredBy),
            [.. regions.Select(r => new PlaceId(r))],
            partly.IsDefault ? [] : [.. partly.Select(r => new PlaceId(r))],
            aliases);

    // The regions of home territories: metropolitan territories (the main landmass with the capital and the islands
    // near it administered as one with it), so Alaska, Hawaii and overseas departments are not counted here.
    // "Wholly" means all of the metropolitan territory lies in the region; "partly" that it straddles the region's
    // edge, where only a more precise place decides.
    private static readonly FrozenDictionary<string, string[]> WhollyIn = new Dictionary<string, string[]>
    {
        ["AFRICA"] = ["AGO", "BDI", "BEN", "BFA", "BWA", "CAF", "CIV", "CMR", "COD", "COG", "COM", "CPV", "DJI", "DZA", "ERI", "ETH", "GAB", "GHA", "GIN", "GMB", "GNB", "GNQ", "KEN", "LBR", "LBY", "LSO", "MAR", "MDG", "MLI", "MOZ", "MRT", "MUS", "MWI", "NAM", "NER", "NGA", "RWA", "SDN", "SEN", "SLE", "SOM", "SSD", "STP", "SWZ", "SYC", "TCD", "TGO", "TUN", "TZA", "UGA", "ZAF", "ZMB", "ZWE"],
        ["AMERICAS"] = ["ARG", "ATG", "BHS", "BLZ", "BOL", "BRA", "BRB", "CAN", "CHL", "COL", "CRI", "CUB", "DMA", "DOM", "ECU", "GRD", "GTM", "GUY", "HND", "HTI", "JAM", "KNA", "LCA", "MEX", "NIC", "PAN", "PER", "PRY", "SLV", "SUR", "TTO", "URY", "USA", "VCT", "VEN"],
        ["ASIA"] = ["AFG", "ARE", "ARM", "BGD", "BHR", "BRN", "BTN", "CHN", "CYP", "IDN", "IND", "IRN", "IRQ", "ISR", "JOR", "JPN", "KGZ", "KHM", "KOR", "KWT", "LAO", "LBN", "LKA", "MDV", "MMR", "MNG", "MYS", "NPL", "OMN", "PAK", "PHL", "PRK", "PSE", "QAT", "SAU", "SGP", "SYR", "THA", "TJK", "TKM", "TLS", "TWN", "UZB", "VNM", "YEM"],
        ["EUROPE"] = ["ALB", "AND", "AUT", "BEL", "BGR", "BIH", "BLR", "CHE", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HRV", "HUN", "IRL", "ISL", "ITA", "LIE", "LTU", "LUX", "LVA", "MCO", "MDA", "MKD", "MLT", "MNE", "NLD", "NOR", "POL", "PRT", "ROU", "SMR", "SRB", "SVK", "SVN", "SWE", "UKR", "VAT"],
        ["NORTH_AMERICA"] = ["ATG", "BHS", "BLZ", "BRB", "CAN", "CRI", "CUB", "DMA", "DOM", "GRD", "GTM", "HND", "HTI", "JAM", "KNA", "LCA", "MEX", "NIC", "PAN", "SLV", "TTO", "USA", "VCT"],
        ["PACIFIC"] = ["BRN", "FJI", "FSM", "JPN", "KIR", "KOR", "MHL", "NRU", "NZL", "PHL", "PLW", "PNG", "PRK", "SLB", "TLS", "TON", "TUV", "TWN", "VUT", "WSM"],
        ["SOUTH_AMERICA"] = ["ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PER", "PRY", "SUR", "URY", "VEN"],
        ["SOUTHEAST_ASIA"] = ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string[]> PartlyInRegion = new Dictionary<string, string[]>
    {
        ["AFRICA"] = ["EGY"],
        ["ASIA"] = ["AZE", "EGY", "GEO", "KAZ", "RUS", "TUR"],
        ["EUROPE"] = ["AZE", "GEO", "KAZ", "RUS", "TUR"],
        ["PACIFIC"] = ["AUS", "CAN", "CHL", "CHN", "COL", "CRI", "ECU", "GTM", "HND", "IDN", "KHM", "MEX", "MYS", "NIC", "PAN", "PER", "RUS", "SGP", "SLV", "THA", "USA", "VNM"],
    }.ToFrozenDictionary();

    private static (ImmutableArray<PlaceId> Wholly, ImmutableArray<PlaceId> Partly) RegionsOf(string alpha3) =>
        ([.. WhollyIn.Where(r => r.Value.Contains(alpha3)).Select(r => new PlaceId(r.Key)).Order()],
         [.. PartlyInRegion.Where(r => r.Value.Contains(alpha3)).Select(r => new PlaceId(r.Key)).Order()]);
}
