using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using NodaTime;

namespace Geopolitics.Model.Tests.Provenance;

/// <summary><see cref="Confidence.Denied"/> is refused as a minimum by every analysis, as the tool refuses it (issue 15, item 10).</summary>
public class DeniedThresholdTests
{
    private static readonly Scenario Seed = BuiltInScenarios.RussiaDprk2024;
    private static readonly LocalDate Day = new(2025, 1, 1);
    private static readonly ActorId Rus = new("RUS");
    private static readonly ActorId Prk = new("PRK");

    public static TheoryData<string> Analyses() =>
    [
        "status", "defenders", "defendersOf", "network", "ledger", "profile", "stages", "link", "blocs", "blocMembers",
        "compareStances", "comparePortfolios", "compliance", "complianceOn", "timeline",
    ];

    private static object Ask(string analysis, Confidence minimum) => analysis switch
    {
        "status" => new StatusAnalysis(Seed.Treaties).Evaluate(Seed.Treaties[0].Id, Day, minimum),
        "defenders" => new DefenceAnalysis(Seed).Defenders(Prk, Day, minimum: minimum),
        "defendersOf" => new DefenceAnalysis(Seed).DefendersOf(Prk, Day, minimum),
        "network" => new DefenceAnalysis(Seed).Network(Day, minimum),
        "ledger" => new LedgerAnalysis(Seed).Between(Rus, Prk, null, null, minimum),
        "profile" => new PartnershipAnalysis(Seed).Profile(Rus, Prk, Day, minimum),
        "stages" => new PartnershipAnalysis(Seed).Timeline(Rus, Prk, Day.PlusYears(-1), Day, minimum),
        "link" => new AlignmentAnalysis(Seed).Link(Rus, Prk, Day, minimum),
        "blocs" => new AlignmentAnalysis(Seed).Blocs(Day, minimum),
        "blocMembers" => new AlignmentAnalysis(Seed).BlocMembers(Day, minimum),
        "compareStances" => new AlignmentAnalysis(Seed).CompareStances(Rus, Prk, Day, minimum),
        "comparePortfolios" => new AlignmentAnalysis(Seed).ComparePortfolios(Rus, Prk, Day, minimum),
        "compliance" => new ComplianceAnalysis(Seed).Check(minimum),
        "complianceOn" => new ComplianceAnalysis(Seed).On(Day, minimum),
        "timeline" => new TimelineAnalysis(Seed).Query(null, null, null, minimum),
        _ => throw new ArgumentOutOfRangeException(nameof(analysis)),
    };

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Analysis_DeniedAsMinimum_Throws(string analysis)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ask(analysis, Confidence.Denied));

        Assert.Equal("minimum", exception.ParamName);
        Assert.Contains("Denied is not a threshold", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Analysis_PotentialAsMinimum_Answers(string analysis) =>
        Assert.NotNull(Ask(analysis, Confidence.Potential));
}
