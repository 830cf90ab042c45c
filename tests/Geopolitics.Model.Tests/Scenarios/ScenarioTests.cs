using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Tests.Scenarios;

/// <summary>A scenario's equality: the same name, description and facts, in the same order.</summary>
public class ScenarioTests
{
    private static readonly Scenario BuiltIn = BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void Equals_BuiltInScenarioWrittenAndReadBack_IsEqualWithTheSameHashCode()
    {
        var readBack = ScenarioJson.Parse(ScenarioJson.Serialize(BuiltIn)).AsT0;

        Assert.NotSame(BuiltIn, readBack);
        Assert.Equal(BuiltIn, readBack);
        Assert.True(BuiltIn == readBack);
        Assert.False(BuiltIn != readBack);
        Assert.True(BuiltIn.Equals((object)readBack));
        Assert.Equal(BuiltIn.GetHashCode(), readBack.GetHashCode());
    }

    [Fact]
    public void Equals_RebuiltFromTheSameFacts_IsEqual() =>
        Assert.Equal(BuiltIn, new ScenarioBuilder(BuiltIn).Build().AsT0);

    [Fact]
    public void Equals_OneMoreActor_IsNotEqual()
    {
        var extended = new ScenarioBuilder(BuiltIn).AddStates("FRA").Build().AsT0;

        Assert.NotEqual(BuiltIn, extended);
        Assert.True(BuiltIn != extended);
    }

    [Fact]
    public void Equals_AnotherName_IsNotEqual()
    {
        var named = new ScenarioBuilder("Two states").AddStates("RUS", "PRK").Build().AsT0;

        Assert.Equal(named, new ScenarioBuilder("Two states").AddStates("RUS", "PRK").Build().AsT0);
        Assert.NotEqual(named, new ScenarioBuilder("Another name").AddStates("RUS", "PRK").Build().AsT0);
        Assert.NotEqual(named, new ScenarioBuilder("Two states", "A description").AddStates("RUS", "PRK").Build().AsT0);
    }

    [Fact]
    public void Equals_TheSameFactsInAnotherOrder_IsNotEqual()
    {
        var first = new ScenarioBuilder("Two states").AddStates("RUS", "PRK").Build().AsT0;
        var second = new ScenarioBuilder("Two states").AddStates("PRK", "RUS").Build().AsT0;

        Assert.Equal(new ActorId("RUS"), first.Actors[0].Id);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Equals_Null_IsFalseAndNullsAreEqual()
    {
        Scenario? none = null;

        Assert.False(BuiltIn.Equals(null));
        Assert.False(BuiltIn == none);
        Assert.True(none == null);
    }
}
