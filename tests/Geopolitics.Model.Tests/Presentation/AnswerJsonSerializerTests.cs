using System.Text.Json;
using System.Text.Json.Nodes;
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
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Presentation.AnswerExamples;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>
/// The answers through System.Text.Json with <see cref="AnswerJson.CreateOptions"/>: each answer on the built-in
/// scenario is the JSON <see cref="AnswerJson"/> writes, and every public enumeration of the analyses reads back.
/// </summary>
public class AnswerJsonSerializerTests
{
    private static readonly JsonSerializerOptions Options = AnswerJson.CreateOptions();
    private static readonly Scenario BuiltIn = BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void Serialize_EachAnswerOfTheBuiltInScenario_IsTheJsonAnswerJsonWrites()
    {
        var status = new StatusAnalysis(BuiltIn).Evaluate(new TreatyId("rus-prk-2024"), new LocalDate(2024, 11, 10)).AsT0;
        var defenders = Defenders("PRK");
        var ledger = new LedgerAnalysis(BuiltIn).Between(Rus, Prk, null, null).AsT0;
        var profile = new PartnershipAnalysis(BuiltIn).Profile(Rus, Prk, NewYear2025).AsT0;
        var compliance = new ComplianceAnalysis(BuiltIn).Check(Confidence.Reported);
        var blocs = new AlignmentAnalysis(BuiltIn).Blocs(NewYear2025, Confidence.Reported);
        var link = new AlignmentAnalysis(BuiltIn).Link(Rus, Prk, NewYear2025).AsT0;
        var timeline = new TimelineAnalysis(BuiltIn).Query(Prk, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).AsT0;

        Same(AnswerJson.ToJson(status), JsonSerializer.Serialize(status, Options));
        Same(AnswerJson.ToJson(defenders, includeRuledOut: true), JsonSerializer.Serialize(defenders, Options));
        Same(AnswerJson.ToJson(ledger), JsonSerializer.Serialize(ledger, Options));
        Same(AnswerJson.ToJson(profile), JsonSerializer.Serialize(profile, Options));
        Same(AnswerJson.ToJson(compliance), JsonSerializer.Serialize(compliance, Options));
        Same(AnswerJson.ToJson(blocs), JsonSerializer.Serialize(blocs, Options));
        Same(AnswerJson.ToJson(link), JsonSerializer.Serialize(link, Options));
        Same(AnswerJson.ToJson(timeline), JsonSerializer.Serialize(timeline, Options));
        var obligation = Assert.IsType<DefenceObligation>(defenders.Obligations[0]);
        var written = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(written))
        {
            AnswerJson.Write(writer, obligation);
        }

        Same(System.Text.Encoding.UTF8.GetString(written.WrittenSpan), JsonSerializer.Serialize(obligation, Options));
    }

    [Fact]
    public void Serialize_AnswerInsideAnObjectOfTheApplication_IsWrittenInPlace()
    {
        var report = new StatusAnalysis(BuiltIn).Evaluate(new TreatyId("rus-prk-2024"), new LocalDate(2024, 12, 4)).AsT0;

        var json = JsonNode.Parse(JsonSerializer.Serialize(new { asked = "status", report }, Options))!;

        Assert.Equal("status", json["asked"]!.GetValue<string>());
        Assert.Equal("rus-prk-2024", json["report"]!["treaty"]!.GetValue<string>());
        Assert.Equal("true", json["report"]!["inForce"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_AnAnswer_IsNotSupported()
    {
        var exception = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<TreatyStatusReport>("{}", Options));

        Assert.Contains("TreatyStatusReport", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EveryValueOfEveryAnalysisEnumeration_ReadsBackAsItsCamelCaseName()
    {
        var enums = typeof(StatusAnalysis).Assembly.GetExportedTypes()
            .Where(type => type.IsEnum && type.Namespace!.StartsWith("Geopolitics.Model.Analysis", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (var value in Enum.GetValues(type))
            {
                var json = JsonSerializer.Serialize(value, type, Options);

                var name = value.ToString()!;
                Assert.Equal($"\"{char.ToLowerInvariant(name[0])}{name[1..]}\"", json);
                Assert.Equal(value, JsonSerializer.Deserialize(json, type, Options));
            }
        }
    }

    private static void Same(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nbut got {actual}");
}
