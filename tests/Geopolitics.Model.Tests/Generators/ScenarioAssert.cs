using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>Equality of whole scenarios, which have no value equality of their own: every member, every fact, in order.</summary>
internal static class ScenarioAssert
{
    public static void Equal(Scenario expected, Scenario actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal<Actor>(expected.Actors, actual.Actors);
        Assert.Equal<Place>(expected.Places, actual.Places);
        Assert.Equal<Treaty>(expected.Treaties, actual.Treaties);
        Assert.Equal<Transfer>(expected.Transfers, actual.Transfers);
        Assert.Equal<Exchange>(expected.Exchanges, actual.Exchanges);
        Assert.Equal<Stance>(expected.Stances, actual.Stances);
        Assert.Equal<SanctionsRegime>(expected.SanctionsRegimes, actual.SanctionsRegimes);
    }
}
