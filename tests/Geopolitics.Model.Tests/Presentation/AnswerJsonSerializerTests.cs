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
/// The answers through System.Text.Json with <see cref="AnswerJson.CreateOptions"/>: an answer is written in place
/// inside an application's object, and every public enumeration of the analyses reads back (the answers' round trips
/// are <see cref="AnswerJsonRoundTripTests"/>).
/// </summary>
public class AnswerJsonSerializerTests
{
    private static readonly JsonSerializerOptions Options = AnswerJson.CreateOptions();
    private static readonly Scenario BuiltIn = BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void Serialize_AnswerInsideAnObjectOfTheApplication_IsWrittenInPlace()
    {
        var report = new StatusAnalysis(BuiltIn).Evaluate(new TreatyId("rus-prk-2024"), new LocalDate(2024, 12, 4)).AsT0;

        var json = JsonNode.Parse(JsonSerializer.Serialize(new { asked = "status", report }, Options))!;

        Assert.Equal("status", json["asked"]!.GetValue<string>());
        Assert.Equal("rus-prk-2024", json["report"]!["treaty"]!.GetValue<string>());
        Assert.Equal("inForce", json["report"]!["statuses"]![0]!.GetValue<string>());
        Assert.Equal("2024-12-04", json["report"]!["entryIntoForce"]!["earliest"]!.GetValue<string>());
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
}
