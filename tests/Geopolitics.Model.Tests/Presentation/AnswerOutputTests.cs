using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Tests.Analysis.Defence;
using Geopolitics.Model.Tests.Generators;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>
/// Every writer of <see cref="AnswerText"/>, <see cref="AnswerJson"/> and <see cref="GraphExport"/> on answers of the
/// seed scenario (DOMAIN.md section 4), compared whole with the expected output in <c>Presentation/expected/</c>: every
/// member, line and edge, so that none can be dropped or reworded unnoticed. The expected files were written by these
/// writers and read against the seed answers of DOMAIN.md; after an intended change, run the tests with
/// <c>GEOPOLITICS_WRITE_EXPECTED=1</c> to write them again, and review the difference.
/// </summary>
public class AnswerOutputTests
{
    private static readonly Model.Scenarios.Scenario Seed = BuiltInScenarios.RussiaDprk2024;
    private static readonly LocalDate Day20241204 = new(2024, 12, 4);
    private static readonly LocalDate From2023 = new(2023, 1, 1);

    public static TheoryData<string> Outputs => [.. Writers.Keys];

    private static Dictionary<string, Func<string>> Writers { get; } = new()
    {
        ["status.txt"] = () => AnswerText.ToText(Status(), Seed.Treaties[0]),
        ["status.json"] = () => AnswerJson.ToJson(Status()),
        ["defenders.txt"] = () => AnswerText.ToText(Defenders(), includeRuledOut: true),
        ["defenders.json"] = () => AnswerJson.ToJson(Defenders(), includeRuledOut: true),
        ["defenders-in-force.txt"] = () => AnswerText.ToText(Defenders(), includeRuledOut: false),
        ["defenders-in-force.json"] = () => AnswerJson.ToJson(Defenders(), includeRuledOut: false),
        ["defenders-elsewhere.txt"] = () => AnswerText.ToText(UsaOnHomeTerritory(), includeRuledOut: true),
        ["defenders-elsewhere.json"] = () => AnswerJson.ToJson(UsaOnHomeTerritory(), includeRuledOut: true),
        ["defenders-set-aside.txt"] = () => SetAsideText(),
        ["defenders-set-aside.json"] = () => SetAsideJson(),
        ["ledger.txt"] = () => AnswerText.ToText(Ledger()),
        ["ledger.json"] = () => AnswerJson.ToJson(Ledger()),
        ["partnership.txt"] = () => AnswerText.ToText(Profile(), Timeline()),
        ["partnership.json"] = () => AnswerJson.ToJson(Profile(), Timeline()),
        ["partnership-profile.json"] = () => AnswerJson.ToJson(Profile()),
        ["partnership-pair.json"] = () => PairDocument(),
        ["compliance.txt"] = () => AnswerText.ToText(new ComplianceAnalysis(Seed).On(Day20241204)),
        ["compliance.json"] = () => AnswerJson.ToJson(new ComplianceAnalysis(Seed).On(Day20241204)),
        ["blocs.txt"] = () => AnswerText.ToText(new AlignmentAnalysis(Seed).Blocs(Day20241204, Confidence.Alleged)),
        ["blocs.json"] = () => AnswerJson.ToJson(new AlignmentAnalysis(Seed).Blocs(Day20241204, Confidence.Alleged)),
        ["link.json"] = () => AnswerJson.ToJson(new AlignmentAnalysis(Seed).Link(Rus, Prk, Day20241204).AsT0),
        ["link-unrelated.json"] = () => AnswerJson.ToJson(new AlignmentAnalysis(Seed).Link(Usa, Jpn, new LocalDate(1960, 6, 1)).AsT0),
        ["timeline.txt"] = () => AnswerText.ToText(TimelineOfRussia()),
        ["timeline.json"] = () => AnswerJson.ToJson(TimelineOfRussia()),
        ["network.dot"] = () => GraphExport.ToDot(Network()),
        ["network.mmd"] = () => GraphExport.ToMermaid(Network()),
        ["network.graphml"] = () => GraphExport.ToGraphMl(Network()),
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Writer_SeedAnswer_WritesTheExpectedOutput(string name)
    {
        ExpectedOutput.AssertMatches($"Presentation/expected/{name}", Writers[name]());
    }

    private static TreatyStatusReport Status() => new StatusAnalysis(Seed).Evaluate(Seed.Treaties[0].Id, Day20241204).AsT0;

    private static DefenceAnswer Defenders() => new DefenceAnalysis(Seed).Defenders(Prk, Day20241204, attacker: Usa).AsT0;

    // The US on its home territory: South Korea's guarantee names the places where it would apply (DefenceAnalysisTests).
    private static DefenceAnswer UsaOnHomeTerritory() => DefenceExamples.SeedObligations().Defenders(Usa, new LocalDate(2025, 1, 1), victimProvoked: false).AsT0;

    private static string SetAsideText()
    {
        var analysis = DefenceAnalysisSetAsideTests.Analysis();
        var answer = analysis.Defenders(Prk, new LocalDate(2021, 1, 1), victimProvoked: false).AsT0;
        return AnswerText.ToText(answer, includeRuledOut: true, analysis.SetAside(answer));
    }

    private static string SetAsideJson()
    {
        var analysis = DefenceAnalysisSetAsideTests.Analysis();
        var answer = analysis.Defenders(Prk, new LocalDate(2021, 1, 1), victimProvoked: false).AsT0;
        return AnswerJson.ToJson(answer, includeRuledOut: true, analysis.SetAside(answer));
    }

    private static LedgerReport Ledger() => new LedgerAnalysis(Seed).Between(Rus, Prk, From2023, new LocalDate(2024, 10, 15), Confidence.Alleged).AsT0;

    private static PartnershipProfile Profile() => new PartnershipAnalysis(Seed).Profile(Rus, Prk, Day20241204).AsT0;

    private static PartnershipTimeline Timeline() => new PartnershipAnalysis(Seed).Timeline(Rus, Prk, From2023, Day20241204).AsT0;

    private static string PairDocument()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            AnswerJson.Write(writer, Profile(), Timeline(), new LedgerAnalysis(Seed).Between(Prk, Rus, null, null).AsT0);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static TimelineReport TimelineOfRussia() => new TimelineAnalysis(Seed).Query(Rus, From2023, new LocalDate(2024, 10, 15), Confidence.Assessed).AsT0;

    private static DefenceNetwork Network() => new DefenceAnalysis(Seed).Network(Day20241204);
}
