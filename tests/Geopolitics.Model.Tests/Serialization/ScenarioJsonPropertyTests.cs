using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using CsCheck;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using OneOf;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Round-trip properties of <see cref="ScenarioJson"/> over random valid scenarios: what is written reads back equal,
/// whatever the layout of the text (indented or compact, members in any order, with or without a byte order mark).
/// </summary>
public class ScenarioJsonPropertyTests
{
    private const int Iterations = 150;

    [Fact]
    public void Serialize_RandomScenario_ParsesBackEqualAndWritesTheSameText() =>
        ModelGen.Scenarios.Sample(expected =>
        {
            var text = ScenarioJson.Serialize(expected);
            var actual = Accepted(ScenarioJson.Parse(text));
            ScenarioAssert.Equal(expected, actual);
            Assert.Equal(text, ScenarioJson.Serialize(actual));
        }, iter: Iterations);

    [Fact]
    public void Write_RandomScenario_LoadsBackEqualFromAStreamWithOrWithoutByteOrderMark() =>
        Gen.Select(ModelGen.Scenarios, Gen.Bool).Sample((expected, bom) =>
        {
            using var stream = new MemoryStream();
            if (bom)
            {
                stream.Write(Encoding.UTF8.Preamble);
            }

            ScenarioJson.Write(expected, stream);
            stream.Position = 0;
            ScenarioAssert.Equal(expected, Accepted(ScenarioJson.Load(stream, "random.json")));
        }, iter: Iterations);

    [Fact]
    public void Parse_CompactTextWithMembersInAnyOrder_ReadsTheSameScenario() =>
        Gen.Select(ModelGen.Scenarios, Gen.Int).Sample((expected, shuffleSeed) =>
        {
            var node = JsonNode.Parse(ScenarioJson.Serialize(expected))!;
            var shuffled = Shuffle(node, new Random(shuffleSeed));
            var compact = shuffled.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

            ScenarioAssert.Equal(expected, Accepted(ScenarioJson.Parse(compact)));
        }, iter: Iterations);

    [Fact]
    public void Parse_TextOfTheBuiltInScenario_ReadsBackEqual()
    {
        var expected = BuiltInScenarios.RussiaDprk2024;

        ScenarioAssert.Equal(expected, Accepted(ScenarioJson.Parse(ScenarioJson.Serialize(expected))));
    }

    private static Scenario Accepted(OneOf<Scenario, ImmutableArray<ModelError>> result) =>
        result.Match(scenario => scenario, errors => throw new Xunit.Sdk.XunitException("Refused:\n" + string.Join("\n", errors)));

    // The order of an object's members carries no meaning in the format; array order does, and is kept.
    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.ToList().OrderBy(_ => random.Next())
            .Select(member => KeyValuePair.Create(member.Key, member.Value is null ? null : Shuffle(member.Value, random)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Shuffle(item, random))]),
        _ => node.DeepClone(),
    };
}
