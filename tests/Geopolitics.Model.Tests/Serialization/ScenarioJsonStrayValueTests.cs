using System.Text.Json.Nodes;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Fuzzing;

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
        var paths = ValuePaths(JsonNode.Parse(json)!).ToList();

        var nulls = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var (path, isContainer) = paths[i];
            var broken = JsonNode.Parse(json)!;
            JsonNode? stray = isContainer ? (i % 2 == 0 ? JsonValue.Create(7) : null) : new JsonObject { ["stray"] = 1 };
            Replace(broken, path, stray);

            var errors = ScenarioJson.Parse(broken.ToJsonString()).AsT1;

            var text = "$." + PathText(path);
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

    // The path of every value inside a JSON value, member names and array indices from the root, and whether it is an object or array.
    private static IEnumerable<(object[] Path, bool IsContainer)> ValuePaths(JsonNode root)
    {
        var pending = new Stack<(JsonNode Node, object[] Path)>([(root, [])]);
        while (pending.TryPop(out var current))
        {
            IEnumerable<(object Key, JsonNode? Child)> children = current.Node switch
            {
                JsonObject o => o.Select(member => ((object)member.Key, member.Value)),
                JsonArray a => a.Select((item, i) => ((object)i, item)),
                _ => [],
            };
            foreach (var (key, child) in children)
            {
                object[] path = [.. current.Path, key];
                yield return (path, child is JsonObject or JsonArray);
                if (child is not null)
                {
                    pending.Push((child, path));
                }
            }
        }
    }

    // "treaties[0].parties[1]": a path as the reader's messages name it, after "$.".
    private static string PathText(object[] path) =>
        string.Concat(path.Select((key, i) => key is int index ? $"[{index}]" : i == 0 ? (string)key : "." + key));

    private static void Replace(JsonNode root, object[] path, JsonNode? replacement)
    {
        var parent = path[..^1].Aggregate(root, (node, key) => key is int i ? node[i]! : node[(string)key]!);
        if (path[^1] is int index)
        {
            parent.AsArray()[index] = replacement;
        }
        else
        {
            parent[(string)path[^1]] = replacement;
        }
    }
}
