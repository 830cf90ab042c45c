using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Datasets.Tests;

public sealed class CowActorsTests
{
    [Theory]
    [InlineData(2, "USA", "United States")]
    [InlineData(365, "RUS", "Russia")]
    [InlineData(305, "AUT", "Austria")]
    [InlineData(260, "COW-260", "German Federal Republic")]
    [InlineData(245, "COW-245", "Bavaria")]
    [InlineData(347, "COW-347", "Kosovo")]
    public void TryGetActor_CowCode_IsTheCountryOrACowPrefixedState(int code, string id, string name)
    {
        Assert.True(CowActors.TryGetActor(code, out var actor));
        Assert.Equal((id, name, ActorKind.State), (actor.Id.Value, actor.Name, actor.Kind));
    }

    [Theory]
    [InlineData(8152)]
    [InlineData(1)]
    [InlineData(0)]
    public void TryGetActor_CodeCowDoesNotList_IsNotFound(int code)
    {
        Assert.False(CowActors.TryGetActor(code, out var actor));
        Assert.Null(actor);
    }

    [Theory]
    [InlineData("USA", 2)]
    [InlineData("AUT", 305)]
    [InlineData("COW-260", 260)]
    public void TryGetCowCode_ActorOfACowState_GivesItsCode(string id, int code)
    {
        Assert.True(CowActors.TryGetCowCode(new ActorId(id), out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("PSE")]
    [InlineData("ATOP-8152")]
    [InlineData("COW-8152")]
    [InlineData("COW-X")]
    [InlineData("NATO")]
    public void TryGetCowCode_ActorThatIsNoCowState_IsNotFound(string id)
    {
        Assert.False(CowActors.TryGetCowCode(new ActorId(id), out _));
    }

    [Fact]
    public void TryGetCowCode_DefaultId_IsNotFound()
    {
        Assert.False(CowActors.TryGetCowCode(default, out _));
    }
}
