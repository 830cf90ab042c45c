using System.Text.RegularExpressions;
using Geopolitics.Model.Actors;
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
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Presentation.AnswerExamples;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>The answers on the built-in scenario, read back from the text <see cref="AnswerText"/> writes.</summary>
public class AnswerTextTests
{
    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void ToText_DefendersOfPrk_ListsChinaAndRussiaWithTheirArticlesAndTheAnalysisReasons()
    {
        var answer = Defenders("PRK");

        var lines = Lines(AnswerText.ToText(answer, includeRuledOut: false));

        Assert.Equal("Who must defend PRK, attacked on 2025-01-01 in North Korea (PRK) (minimum confidence Reported):", lines[0]);
        Assert.Matches("^guarantor +treaty +clause +applies +why$", lines[1]);
        Assert.Matches("^CHN +chn-prk-1961 +Article II +true +" + Regex.Escape(answer.Obligations[0].Reason) + "$", lines[3]);
        Assert.Matches("^RUS +rus-prk-2024 +Article 4 +true +" + Regex.Escape(answer.Obligations[1].Reason) + "$", lines[4]);
    }

    [Fact]
    public void ToText_DefendersOfUkraine_IsNoOne()
    {
        var text = AnswerText.ToText(Defenders("UKR"), includeRuledOut: true);

        Assert.Equal("  no one", Lines(text)[1]);
    }

    [Fact]
    public void ToText_DefendersOfUsa_TheOpenObligationIsUnknown()
    {
        var text = AnswerText.ToText(Defenders("USA"), includeRuledOut: false);

        Assert.Contains(Lines(text), line => line.StartsWith("KOR ", StringComparison.Ordinal) && line.Contains(" unknown ", StringComparison.Ordinal));
    }

    [Fact]
    public void ToText_StatusOfRusPrk2024_NamesTheTreatyAndWritesEveryLineOfTheAnalysisExplanation()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var treaty = scenario.FindTreaty(new TreatyId("rus-prk-2024"))!;
        var report = new StatusAnalysis(scenario).Evaluate(treaty.Id, new LocalDate(2024, 11, 10)).AsT0;

        var lines = Lines(AnswerText.ToText(report, treaty));

        Assert.Equal($"{treaty.Name} (rus-prk-2024)", lines[0]);
        Assert.Equal("on 2024-11-10: Signed (in force: false; minimum confidence Reported)", lines[1]);
        Assert.Matches("^RUS +ConsentGiven +false$", lines[4]);
        Assert.Matches("^PRK +Signed +false$", lines[5]);
        Assert.Equal(report.Explanation.Select(line => "  " + line), lines.Skip(6).Take(report.Explanation.Length));
    }

    [Fact]
    public void ToText_StatusWithAnotherTreaty_Throws()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var report = new StatusAnalysis(scenario).Evaluate(new TreatyId("rus-prk-2024"), NewYear2025).AsT0;

        var e = Assert.Throws<ArgumentException>(() => AnswerText.ToText(report, scenario.FindTreaty(new TreatyId("usa-kor-1953"))!));
        Assert.Equal("treaty", e.ParamName);
    }

    [Fact]
    public void ToText_PartnershipRusPrk_IsOperationalWithEachIndicatorExplanationAndTheStageChanges()
    {
        var analysis = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024);
        var day = new LocalDate(2024, 11, 1);
        var profile = analysis.Profile(Rus, Prk, day).AsT0;
        var timeline = analysis.Timeline(Rus, Prk, new LocalDate(2014, 11, 1), day).AsT0;

        var lines = Lines(AnswerText.ToText(profile, timeline));

        Assert.Equal("RUS–PRK on 2024-11-01: Operational (minimum confidence Reported)", lines[0]);
        Assert.Equal(profile.Indicators.Select(i => "  " + i.Explanation), lines.Skip(1).Take(5));
        Assert.Equal("Stage changes 2014-11-01..2024-11-01:", lines[6]);
        Assert.Equal("  2024-10-01/2024-10-31: Formalized → Operational", lines[6 + timeline.Changes.Length]);
    }

    [Fact]
    public void ToText_PartnershipWithTheTimelineOfAnotherPair_Throws()
    {
        var (profile, other) = MismatchedPartnership();

        var e = Assert.Throws<ArgumentException>(() => AnswerText.ToText(profile, other));
        Assert.Equal("timeline", e.ParamName);
    }

    [Fact]
    public void ToText_Ledger_IsTheLedgersOwnText()
    {
        var ledger = new LedgerAnalysis(BuiltInScenarios.RussiaDprk2024).Between(Rus, Prk, null, null).AsT0;

        var text = AnswerText.ToText(ledger);

        Assert.Equal(ledger + "\n", text);
        Assert.Contains("\nReciprocal: true", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_Compliance_ListsTheMunitionsBreachWithBothPartiesInBreach()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).Check(Confidence.Reported);

        var lines = Lines(AnswerText.ToText(report));

        Assert.Matches("^transfer +regime +measure +in breach +certain$", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("prk-rus-munitions ", StringComparison.Ordinal) && line.EndsWith("PRK and RUS  true", StringComparison.Ordinal));
        Assert.Contains(lines, line => Regex.IsMatch(line, "^rus-prk-cash .* RUS +true$"));
    }

    [Fact]
    public void ToText_ComplianceLongAgo_SaysThereIsNoBreach()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).On(new LocalDate(1990, 1, 1), Confidence.Reported);

        Assert.StartsWith("No breach at confidence Reported or stronger.\n", AnswerText.ToText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_Blocs_SummaryThenEveryLinkWithItsReasonThenTheUnaligned()
    {
        var blocs = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Blocs(NewYear2025, Confidence.Reported);

        var text = AnswerText.ToText(blocs);
        var lines = Lines(text);

        Assert.Equal("Blocs on 2025-01-01 (threshold 0.5): {JPN, KOR, USA} {PRK, RUS}", lines[0]);
        Assert.All(blocs.Links, link => Assert.Contains(link.Reason, text, StringComparison.Ordinal));
        Assert.Equal("Unaligned: CHN, UKR, UNSC", lines[^2]);
    }

    [Fact]
    public void ToText_TimelineOfPrkIn2024_HasARowPerEntryWithTheSignature()
    {
        var timeline = new TimelineAnalysis(BuiltInScenarios.RussiaDprk2024).Query(Prk, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).AsT0;

        var lines = Lines(AnswerText.ToText(timeline));

        Assert.Matches("^date +confidence +event +description$", lines[0]);
        // header, rule, rows, a line for each entry possibly in the period and each fact set aside, and the empty string after the last line feed
        Assert.Equal(timeline.Entries.Length + timeline.PossiblyInPeriod.Length + timeline.SetAside.Length + 3, lines.Length);
        Assert.NotEmpty(timeline.SetAside);
        Assert.All(timeline.SetAside, fact => Assert.Contains($"Set aside (BelowMinimumConfidence): {fact.Fact}", lines));
        Assert.Contains(lines, line => line.StartsWith("2024-06-19 ", StringComparison.Ordinal) && line.Contains(" Signature ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_UsesTheWritersNewLine()
    {
        using var writer = new StringWriter { NewLine = "\r\n" };

        AnswerText.Write(writer, Defenders("UKR"), includeRuledOut: false);

        Assert.EndsWith(":\r\n  no one\r\n", writer.ToString(), StringComparison.Ordinal);
    }
}
