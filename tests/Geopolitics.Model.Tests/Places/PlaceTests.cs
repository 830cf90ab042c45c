using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;

namespace Geopolitics.Model.Tests.Places;

/// <summary>A place's own rules: a region is administered by no one, every other place by one actor, and no region both wholly and partly contains it.</summary>
public class PlaceTests
{
    private static readonly PlaceId Pacific = new("PACIFIC");

    [Fact]
    public void Region_WithAnAdministrator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Place(Pacific, "Pacific", PlaceKind.Region, new ActorId("USA")));

        Assert.Equal("administeredBy", error.ParamName);
        Assert.StartsWith("Region 'PACIFIC' must not name an administering actor.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Territory_WithoutAnAdministrator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Place(new PlaceId("GUAM"), "Guam", PlaceKind.Territory));

        Assert.Equal("administeredBy", error.ParamName);
        Assert.StartsWith("Place 'GUAM' must name the actor that administers it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionBothWhollyAndPartly_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Place(new PlaceId("GUAM"), "Guam", PlaceKind.Territory, new ActorId("USA"), [Pacific], [Pacific]));

        Assert.Equal("partlyIn", error.ParamName);
    }

    [Fact]
    public void RegionsWhollyAndPartlyApart_AreKept()
    {
        var place = new Place(new PlaceId("SAKHALIN"), " Sakhalin ", PlaceKind.Territory, new ActorId("RUS"), [Pacific], [new PlaceId("ARCTIC")]);

        Assert.Equal("Sakhalin", place.Name);
        Assert.Equal<PlaceId>([Pacific], place.Regions);
        Assert.Equal<PlaceId>([new PlaceId("ARCTIC")], place.PartlyIn);
        Assert.Empty(new Place(Pacific, "Pacific", PlaceKind.Region).Regions);
    }
}
