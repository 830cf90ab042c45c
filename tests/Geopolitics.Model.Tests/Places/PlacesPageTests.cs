using System.Text;
using Geopolitics.Model.Places;

namespace Geopolitics.Model.Tests.Places;

/// <summary>
/// <c>docs/concepts/places.md</c> lists every region of the built-in gazetteer with the states wholly and partly in it,
/// and every territory named on its own: the tables between its <c>gazetteer</c> markers are generated from
/// <see cref="Gazetteer.Default"/>, and this test keeps them equal to the data.
/// </summary>
public class PlacesPageTests
{
    private const string Begin = "<!-- gazetteer:begin (generated from Gazetteer.Default; PlacesPageTests checks it) -->";
    private const string End = "<!-- gazetteer:end -->";

    [Fact]
    public void PlacesPage_Tables_MatchTheGazetteer()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "concepts", "places.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/concepts/places.md lacks the markers {Begin} … {End}.");

        var actual = page[(start + Begin.Length)..end].Trim();
        var expected = Tables(Gazetteer.Default).Trim();

        Assert.True(expected == actual, $"docs/concepts/places.md is out of date; between the markers it should read:\n{expected}");
    }

    [Fact]
    public void Tables_ListEveryRegionAndTerritory()
    {
        var tables = Tables(Gazetteer.Default);

        Assert.All(Gazetteer.Default.Places.Where(p => p.Kind != PlaceKind.HomeTerritory), p => Assert.Contains($"`{p.Id}`", tables, StringComparison.Ordinal));
        Assert.Contains("| North America | `NORTH_AMERICA` |", tables, StringComparison.Ordinal);
    }

    private static string Tables(Gazetteer gazetteer)
    {
        var text = new StringBuilder("\n");
        text.Append("| Region | Id | States wholly in it | States partly in it | Territories in it (partly: *) |\n");
        text.Append("|---|---|---|---|---|\n");
        var homes = gazetteer.Places.Where(p => p.Kind == PlaceKind.HomeTerritory).ToList();
        var territories = gazetteer.Places.Where(p => p.Kind == PlaceKind.Territory).ToList();
        foreach (var region in gazetteer.Places.Where(p => p.Kind == PlaceKind.Region))
        {
            var wholly = homes.Where(p => p.Regions.Contains(region.Id)).Select(Named);
            var partly = homes.Where(p => p.PartlyIn.Contains(region.Id)).Select(Named);
            var inIt = territories.Where(p => p.Regions.Contains(region.Id) || p.PartlyIn.Contains(region.Id))
                .Select(p => $"{p.Name} (`{p.Id}`){(p.PartlyIn.Contains(region.Id) ? "*" : string.Empty)}");
            text.Append($"| {region.Name} | `{region.Id}` | {List(wholly)} | {List(partly)} | {List(inIt)} |\n");
        }

        text.Append('\n');
        text.Append("| Territory | Id | Administered by | Wholly in | Partly in |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var territory in territories)
        {
            text.Append($"| {territory.Name} | `{territory.Id}` | {territory.AdministeredBy} | {List(territory.Regions.Select(r => $"`{r}`"))} | {List(territory.PartlyIn.Select(r => $"`{r}`"))} |\n");
        }

        return text.ToString();
    }

    private static string Named(Place place) => $"{place.Name} ({place.Id})";

    private static string List(IEnumerable<string> items)
    {
        var all = string.Join(", ", items);
        return all.Length == 0 ? "—" : all;
    }
}
