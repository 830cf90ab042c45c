using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Tests.Actors;

/// <summary>An actor's own rules: a name that is not blank, and only an agency speaks for another actor.</summary>
public class ActorTests
{
    private static readonly ActorId Usa = new("USA");

    [Fact]
    public void Agency_SpeaksForItsPrincipal_OthersForThemselves()
    {
        var pentagon = new Actor(new ActorId("USA-DOD"), ActorKind.Agency, "Pentagon", speaksFor: Usa);
        var state = new Actor(Usa, ActorKind.State, "United States");

        Assert.Equal((Usa, Usa), (pentagon.SpeaksFor!.Value, pentagon.Principal));
        Assert.Equal(((ActorId?)null, Usa), (state.SpeaksFor, state.Principal));
    }

    [Theory]
    [InlineData(ActorKind.State)]
    [InlineData(ActorKind.Organisation)]
    public void SpeaksFor_ActorThatIsNotAnAgency_Throws(ActorKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => new Actor(new ActorId("X"), kind, "X", speaksFor: Usa));

        Assert.Equal("speaksFor", error.ParamName);
        Assert.StartsWith($"Only an agency speaks for another actor; 'X' is a {kind}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Name_Blank_Throws(string name) =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Actor(Usa, ActorKind.State, name)).ParamName);

    [Fact]
    public void Kind_Undefined_Throws() =>
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Actor(Usa, (ActorKind)99, "X")).ParamName);
}
