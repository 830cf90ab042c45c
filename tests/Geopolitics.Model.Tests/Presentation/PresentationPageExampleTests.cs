using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Presentation;
using NodaTime;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>The example of <c>docs/presentation.md</c>, run as written (its output captured), so the page cannot drift from the API.</summary>
public class PresentationPageExampleTests
{
    [Fact]
    public void PageExample_WritesTheDefendersAsTextAndJsonAndComposesADocument()
    {
        using var console = new StringWriter();
        TextWriter output = console;  // the page's Console.Out
        byte[] document;

        // --- docs/presentation.md example starts ---
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var answer = new DefenceAnalysis(scenario).Defenders(new ActorId("PRK"), new LocalDate(2025, 1, 1)).AsT0;

        // What `geopolitics defenders --victim PRK --on 2025-01-01` prints, and its `--format json`.
        output.Write(AnswerText.ToText(answer, includeRuledOut: false));
        output.WriteLine(AnswerJson.ToJson(answer, includeRuledOut: false));

        // Answers composed into a document of your own.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("defenders");
            AnswerJson.Write(writer, answer, includeRuledOut: true);
            writer.WritePropertyName("compliance");
            AnswerJson.Write(writer, new ComplianceAnalysis(scenario).Check());
            writer.WriteEndObject();
        }
        // --- docs/presentation.md example ends ---

        document = stream.ToArray();
        var printed = console.ToString();
        Assert.StartsWith("Who must defend PRK, attacked on 2025-01-01", printed, StringComparison.Ordinal);
        Assert.Contains("\"trigger\": \"armedAttack\"", printed, StringComparison.Ordinal);
        var json = JsonDocument.Parse(document).RootElement;
        Assert.Equal(["CHN", "RUS"], json.GetProperty("defenders").EnumerateArray().Select(o => o.GetProperty("guarantor").GetString()));
        Assert.NotEqual(0, json.GetProperty("compliance").GetProperty("breaches").GetArrayLength());
    }
}
