using System.Buffers;
using System.Text.Json;
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

/// <summary>The answers on the built-in scenario, read back from the JSON <see cref="AnswerJson"/> writes.</summary>
public class AnswerJsonTests
{
    private static readonly string[] TruthNames = ["true", "false", "unknown"];

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void ToJson_DefendersOfPrk_AreChinaAndRussiaWithTriggersInCamelCase()
    {
        var json = Parse(AnswerJson.ToJson(Defenders("PRK"), includeRuledOut: false));

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(["CHN", "RUS"], json.EnumerateArray().Select(o => o.GetProperty("guarantor").GetString()));
        Assert.All(json.EnumerateArray(), o => Assert.Equal("PRK", o.GetProperty("beneficiary").GetString()));
        Assert.Equal(["armedAttack", "stateOfWar"], json.EnumerateArray().Select(o => o.GetProperty("trigger").GetString()));
        Assert.Equal(["chn-prk-1961", "rus-prk-2024"], json.EnumerateArray().Select(o => o.GetProperty("treaty").GetString()));
        Assert.Equal("Article II", json[0].GetProperty("article").GetString());
    }

    [Fact]
    public void ToJson_DefendersOfPrk_TruthsAreStringsAndConditionsCarryTheAnalysisReason()
    {
        var answer = Defenders("PRK");

        var json = Parse(AnswerJson.ToJson(answer, includeRuledOut: false));

        var applies = json[0].GetProperty("applies");
        Assert.Equal(JsonValueKind.String, applies.ValueKind);
        Assert.Equal("true", applies.GetString());
        var condition = json[0].GetProperty("conditions")[0];
        Assert.Equal("inForce", condition.GetProperty("kind").GetString());
        Assert.Equal("true", condition.GetProperty("holds").GetString());
        Assert.Equal(answer.Obligations[0].Conditions[0].Reason, condition.GetProperty("reason").GetString());
    }

    [Fact]
    public void ToJson_DefendersOfUsa_AnObligationWhoseConditionsAreOpenIsTheStringUnknown()
    {
        var json = Parse(AnswerJson.ToJson(Defenders("USA"), includeRuledOut: false));

        var korea = Assert.Single(json.EnumerateArray(), o => o.GetProperty("guarantor").GetString() == "KOR");
        Assert.Equal("unknown", korea.GetProperty("applies").GetString());
    }

    [Fact]
    public void ToJson_IncludeRuledOut_AddsTheRuledOutObligationsAfterTheOthers()
    {
        var answer = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024)
            .Defenders(new ActorId("USA"), NewYear2025, location: "Guam").AsT0;
        Assert.NotEmpty(answer.RuledOut);

        var without = Parse(AnswerJson.ToJson(answer, includeRuledOut: false));
        var with = Parse(AnswerJson.ToJson(answer, includeRuledOut: true));

        Assert.Equal(answer.Obligations.Length, without.GetArrayLength());
        Assert.Equal(answer.Obligations.Length + answer.RuledOut.Length, with.GetArrayLength());
        Assert.Equal("false", with[with.GetArrayLength() - 1].GetProperty("applies").GetString());
    }

    [Fact]
    public void ToJson_StatusOfRusPrk2024BeforeEntryIntoForce_IsSignedAndNotInForce()
    {
        var report = new StatusAnalysis(BuiltInScenarios.RussiaDprk2024).Evaluate(new TreatyId("rus-prk-2024"), new LocalDate(2024, 11, 10)).AsT0;

        var json = Parse(AnswerJson.ToJson(report));

        Assert.Equal("rus-prk-2024", json.GetProperty("treaty").GetString());
        Assert.Equal("2024-11-10", json.GetProperty("on").GetString());
        Assert.Equal("reported", json.GetProperty("minConfidence").GetString());
        Assert.Equal(["signed"], json.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("false", json.GetProperty("inForce").GetString());
        Assert.Equal("2024-12-04", json.GetProperty("entryIntoForce").GetString());
        var russia = json.GetProperty("parties")[0];
        Assert.Equal("RUS", russia.GetProperty("actor").GetString());
        Assert.Equal(["consentGiven"], russia.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(report.Explanation, json.GetProperty("explanation").EnumerateArray().Select(s => s.GetString()!));
    }

    [Fact]
    public void ToJson_PartnershipRusPrk_IsOperationalWithTheIndicatorsExplanationsAndTheStageChanges()
    {
        var analysis = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024);
        var day = new LocalDate(2024, 11, 1);
        var profile = analysis.Profile(Rus, Prk, day).AsT0;
        var timeline = analysis.Timeline(Rus, Prk, new LocalDate(2020, 1, 1), day).AsT0;

        var json = Parse(AnswerJson.ToJson(profile, timeline));

        Assert.Equal("operational", json.GetProperty("stage").GetString());
        Assert.Contains("operational", json.GetProperty("holds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            profile.Indicators.Select(i => i.Explanation),
            json.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("explanation").GetString()!));
        var last = json.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("operational", last.GetProperty("after").GetString());
        Assert.Equal(timeline.Changes.Length, json.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public void ToJson_PartnershipWithoutTimeline_HasNoTimelineMember()
    {
        var profile = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024).Profile(Rus, Prk, NewYear2025).AsT0;

        var json = Parse(AnswerJson.ToJson(profile));

        Assert.False(json.TryGetProperty("timeline", out _));
        Assert.Equal("RUS", json.GetProperty("first").GetString());
    }

    [Fact]
    public void Write_PartnershipWithTheTimelineOfAnotherPair_Throws()
    {
        var (profile, other) = MismatchedPartnership();

        var e = Assert.Throws<ArgumentException>(() => AnswerJson.ToJson(profile, other));
        Assert.Equal("timeline", e.ParamName);
    }

    [Fact]
    public void ToJson_LedgerRusPrk_IsReciprocalWithTheKindsOfEachFlowInCamelCase()
    {
        var ledger = new LedgerAnalysis(BuiltInScenarios.RussiaDprk2024).Between(Rus, Prk, null, null).AsT0;

        var json = Parse(AnswerJson.ToJson(ledger));

        Assert.Equal("true", json.GetProperty("reciprocal").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("from").ValueKind);
        var flows = json.GetProperty("flows");
        Assert.Equal("RUS", flows[0].GetProperty("supplier").GetString());
        Assert.Equal(["money", "resources"], flows[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["munitions", "personnel"], flows[1].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("artilleryShells", flows[1].GetProperty("munitions")[0].GetProperty("item").GetString());
    }

    [Fact]
    public void ToJson_Compliance_TheMunitionsBreachTheArmsEmbargoOnBothSides()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).Check(Confidence.Reported);

        var json = Parse(AnswerJson.ToJson(report));

        var munitions = Assert.Single(json.GetProperty("breaches").EnumerateArray(), b => b.GetProperty("transfer").GetString() == "prk-rus-munitions");
        Assert.Equal("unsc-dprk", munitions.GetProperty("regime").GetString());
        Assert.Equal("armsEmbargo", munitions.GetProperty("measureKind").GetString());
        Assert.Equal("both", munitions.GetProperty("party").GetString());
        Assert.Equal(["PRK", "RUS"], munitions.GetProperty("partiesInBreach").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("true", munitions.GetProperty("breach").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("on").ValueKind);
    }

    [Fact]
    public void ToJson_Blocs_AreTheAlliesOfEachSideWithTheLinksReasons()
    {
        var blocs = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Blocs(NewYear2025, Confidence.Reported);

        var json = Parse(AnswerJson.ToJson(blocs));

        var groups = json.GetProperty("blocs").EnumerateArray().Select(b => string.Join(" ", b.EnumerateArray().Select(a => a.GetString()))).ToList();
        Assert.Equal(["JPN KOR USA", "PRK RUS"], groups);
        Assert.Equal(0.5, json.GetProperty("threshold").GetDouble());
        var links = json.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(blocs.Links.Select(l => l.Reason), links.Select(l => l.GetProperty("reason").GetString()!));
        Assert.All(links, l => Assert.Contains(l.GetProperty("linked").GetString(), TruthNames));
    }

    [Fact]
    public void ToJson_LinkOfRussiaAndNorthKorea_IsLinkedWithANumericScoreAndTheLinksReason()
    {
        var link = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Link(Rus, Prk, NewYear2025).AsT0;

        var json = Parse(AnswerJson.ToJson(link));

        Assert.Equal("true", json.GetProperty("linked").GetString());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("score").ValueKind);
        Assert.Equal(link.Score, json.GetProperty("score").GetDouble());
        Assert.Equal(AnswerJson.Name(link.Basis), json.GetProperty("basis").GetString());
        Assert.Equal(link.Reason, json.GetProperty("reason").GetString());
    }

    [Fact]
    public void ToJson_TimelineOfPrkIn2024_ListsTheTreatySignatureWithKindAndEventInCamelCase()
    {
        var timeline = new TimelineAnalysis(BuiltInScenarios.RussiaDprk2024).Query(Prk, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).AsT0;

        var json = Parse(AnswerJson.ToJson(timeline));

        var signature = json.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("event").GetString() == "signature");
        Assert.Equal("2024-06-19", signature.GetProperty("date").GetString());
        Assert.Equal("treatyStep", signature.GetProperty("kind").GetString());
        Assert.Contains("PRK", signature.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(timeline.Entries.Length, json.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public void Write_IntoTheCallersWriter_ComposesIntoALargerDocument()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("defenders");
            AnswerJson.Write(writer, Defenders("PRK"), includeRuledOut: false);
            writer.WritePropertyName("first");
            AnswerJson.Write(writer, Defenders("PRK").Obligations[0]);
            writer.WriteEndObject();
        }

        var json = JsonDocument.Parse(buffer.WrittenMemory).RootElement;
        Assert.Equal(2, json.GetProperty("defenders").GetArrayLength());
        Assert.Equal("CHN", json.GetProperty("first").GetProperty("guarantor").GetString());
    }

    [Fact]
    public void ToJson_NonAsciiText_IsKeptReadable()
    {
        var blocs = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Blocs(NewYear2025, Confidence.Reported);
        Assert.Contains(blocs.Links, l => l.Reason.Any(c => c > 127));

        var json = AnswerJson.ToJson(blocs);

        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"on\": \"2025-01-01\",", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DefenceTrigger.ArmedAttack, "armedAttack")]
    [InlineData(Confidence.Reported, "reported")]
    [InlineData(TreatyStatus.InForce, "inForce")]
    public void Name_IsTheCSharpNameInCamelCase(object value, string expected) =>
        Assert.Equal(expected, value switch
        {
            DefenceTrigger trigger => AnswerJson.Name(trigger),
            Confidence confidence => AnswerJson.Name(confidence),
            TreatyStatus status => AnswerJson.Name(status),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        });
}
