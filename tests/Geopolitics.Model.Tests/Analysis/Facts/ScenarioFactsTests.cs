using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Tests.Analysis.Facts;

public class ScenarioFactsTests
{
    [Fact]
    public void Of_SameScenario_IsPreparedOnceAndShared()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;

        Assert.Same(ScenarioFacts.Of(scenario), ScenarioFacts.Of(scenario));
    }

    [Fact]
    public void Of_EqualButDistinctScenarios_ArePreparedEach()
    {
        var empty = new ScenarioBuilder("empty").Build().AsT0;
        var other = new ScenarioBuilder("empty").Build().AsT0;

        Assert.NotSame(ScenarioFacts.Of(empty), ScenarioFacts.Of(other));
    }

    [Fact]
    public void Of_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ScenarioFacts.Of(null!));
}
