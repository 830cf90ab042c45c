using System.Text.Json.Nodes;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Fuzzing;
using Geopolitics.Model.Tests.Generators;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Every value of a file that uses every part of the format (<c>everything.json</c> of the fuzzing corpus) replaced in
/// turn by a value of the wrong kind: an object or array by a number or by <c>null</c>, any other value by an object
/// no reader expects. Each is a list of errors, one of them naming that value's path, never an exception and never a
/// scenario; a <c>null</c> is called one, with the advice to leave an optional member out.
/// </summary>
public class ScenarioJsonStrayValueTests
{
    [Fact]
    public void Parse_AnyValueReplacedByOneOfTheWrongKind_IsAnErrorAtThatValue()
    {
        var json = File.ReadAllText(Path.Combine(ScenarioJsonFuzzTests.CorpusFolder, "everything.json"));
        var paths = JsonValuePaths.Of(JsonNode.Parse(json)!).Select(p => (p.Path, IsContainer: p.Value is JsonObject or JsonArray)).ToList();

        var nulls = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var (path, isContainer) = paths[i];
            var broken = JsonNode.Parse(json)!;
            JsonNode? stray = isContainer ? (i % 2 == 0 ? JsonValue.Create(7) : null) : new JsonObject { ["stray"] = 1 };
            JsonValuePaths.Replace(broken, path, stray);

            var errors = ScenarioJson.Parse(broken.ToJsonString()).AsT1;

            var text = "$." + JsonValuePaths.Text(path);
            var error = Assert.Single(errors, e => e.Location?.Path?.ToString() == text);
            Assert.NotNull(error.Location!.Line);
            if (stray is null)
            {
                Assert.Equal(ErrorCodes.WrongJsonType, error.Code);
                Assert.Contains($"'{text}' is null; expected ", error.Message, StringComparison.Ordinal);
                Assert.Contains("Leave an optional member out", error.Message, StringComparison.Ordinal);
                nulls++;
            }
        }

        Assert.True(paths.Count > 800, $"{paths.Count} values");
        Assert.True(nulls > 50, $"{nulls} nulls");
    }
}
