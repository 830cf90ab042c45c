using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Sipri;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

public class SipriActorNamesTests
{
    [Theory]
    [InlineData("United States", "USA", ActorKind.State, SipriActorBasis.CatalogueName)]
    [InlineData("North Korea", "PRK", ActorKind.State, SipriActorBasis.CatalogueName)]
    [InlineData("  russia ", "RUS", ActorKind.State, SipriActorBasis.CatalogueName)]
    [InlineData("Viet Nam", "VNM", ActorKind.State, SipriActorBasis.CatalogueAlias)]
    [InlineData("Turkiye", "TUR", ActorKind.State, SipriActorBasis.CatalogueAlias)]
    [InlineData("UAE", "ARE", ActorKind.State, SipriActorBasis.CatalogueAlias)]
    [InlineData("DR Congo", "COD", ActorKind.State, SipriActorBasis.CatalogueAlias)]
    [InlineData("Korea, South", "KOR", ActorKind.State, SipriActorBasis.CatalogueAlias)]
    [InlineData("East Germany (GDR)", "COW-265", ActorKind.State, SipriActorBasis.CowState)]
    [InlineData("South Vietnam", "COW-817", ActorKind.State, SipriActorBasis.CowState)]
    [InlineData("Kosovo", "COW-347", ActorKind.State, SipriActorBasis.CowState)]
    [InlineData("Soviet Union", "SIPRI-SOVIET-UNION", ActorKind.State, SipriActorBasis.Listed)]
    [InlineData("NATO**", "NATO", ActorKind.Organisation, SipriActorBasis.Listed)]
    [InlineData("North Atlantic Treaty Organization", "NATO", ActorKind.Organisation, SipriActorBasis.Listed)]
    [InlineData("African Union**", "AU", ActorKind.Organisation, SipriActorBasis.Listed)]
    [InlineData("unknown rebel group*", "SIPRI-UNKNOWN-REBEL-GROUP", ActorKind.Organisation, SipriActorBasis.Listed)]
    [InlineData("unknown supplier(s)", "SIPRI-UNKNOWN-SUPPLIERS", ActorKind.Coalition, SipriActorBasis.Listed)]
    [InlineData("HoR (Libya)*", "SIPRI-LIBYA-HOR", ActorKind.Organisation, SipriActorBasis.Listed)]
    [InlineData("Contras (Nicaragua)*", "SIPRI-CONTRAS-NICARAGUA", ActorKind.Organisation, SipriActorBasis.Derived)]
    [InlineData("PKK (Turkiye)*", "SIPRI-PKK-TURKIYE", ActorKind.Organisation, SipriActorBasis.Derived)]
    public void Find_KnownName_ReturnsTheDocumentedActor(string name, string id, ActorKind kind, SipriActorBasis basis)
    {
        var found = SipriActorNames.Find(name);

        Assert.NotNull(found);
        Assert.Equal((new ActorId(id), kind, basis), (found.Actor.Id, found.Actor.Kind, found.Basis));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("USA")]
    [InlineData("")]
    [InlineData("*")]
    public void Find_UnknownName_ReturnsNull(string name)
    {
        Assert.Null(SipriActorNames.Find(name));
    }

    [Fact]
    public void Find_DerivedName_NamesTheActorWithoutTheMarker()
    {
        Assert.Equal("Contras (Nicaragua)", SipriActorNames.Find("Contras (Nicaragua)*")!.Actor.Name);
    }

    [Fact]
    public void Table_SpellingsOfOneActor_ShareOneActor()
    {
        var byId = SipriActorNames.Table.GroupBy(entry => entry.Actor.Id);

        Assert.All(byId, group => Assert.Single(group.Select(entry => entry.Actor).Distinct()));
        Assert.DoesNotContain(SipriActorNames.Table, entry => CountryCatalogue.Default.Countries.Any(c => c.Name == entry.SipriName));
    }

    [Fact]
    public void Table_NoListedIdIsAnIsoCode()
    {
        var listed = SipriActorNames.Table.Where(entry => entry.Basis is SipriActorBasis.Listed or SipriActorBasis.CowState);

        Assert.All(listed, entry => Assert.Null(CountryCatalogue.Default.FindByAlpha3(entry.Actor.Id.Value)));
    }
}
