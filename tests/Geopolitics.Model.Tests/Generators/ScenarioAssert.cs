using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Equality of whole scenarios member by member, every fact in order: what <c>Scenario.Equals</c> compares, asserted so
/// that a failure names the member that differs.
/// </summary>
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

        // And the scenario's own equality agrees.
        Assert.True(expected == actual, "The members are equal, but Scenario.Equals says the scenarios differ.");
        Assert.Equal(expected.GetHashCode(), actual.GetHashCode());
    }
}
