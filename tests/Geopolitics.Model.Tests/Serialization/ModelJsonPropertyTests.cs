using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Round trips of every public model type through System.Text.Json with <see cref="ModelJson"/>'s options. The types
/// are found by reflection (<see cref="ModelValues.DataTypes"/>), the values are those reachable in random valid
/// scenarios (<see cref="ModelGen.Scenarios"/>) and every value of every enumeration. Records are compared with their
/// own value equality; <see cref="Scenario"/>, a class without value equality, with <see cref="ScenarioAssert.Equal"/>
/// (member by member); every value is also written again and must give the same text.
/// </summary>
public class ModelJsonPropertyTests
{
    private static readonly JsonSerializerOptions Options = ModelJson.CreateOptions();

    [Fact]
    public void Serialize_EveryModelType_ReadsBackEqualAndWritesTheSameText()
    {
        var covered = new ConcurrentDictionary<Type, bool>();
        ModelGen.Scenarios.Sample(scenario =>
        {
            foreach (var (type, value) in ModelValues.Reachable(scenario))
            {
                RoundTrip(type, value);
                covered.TryAdd(type, true);
            }
        }, iter: 60);

        foreach (var truth in new[] { Truth.True, Truth.False, Truth.Unknown })
        {
            RoundTrip(typeof(Truth), truth);
            covered.TryAdd(typeof(Truth), true);
        }

        foreach (var type in ModelValues.DataTypes().Where(type => type.IsEnum))
        {
            foreach (var value in Enum.GetValues(type))
            {
                RoundTrip(type, value);
                covered.TryAdd(type, true);
            }
        }

        var missing = ModelValues.DataTypes().Where(type => !covered.ContainsKey(type)).Select(type => type.FullName);
        Assert.True(!missing.Any(), "Public model types no generated value covered: " + string.Join(", ", missing));
    }

    [Fact]
    public void Serialize_BuiltInTreaty_WritesTheFileVocabulary()
    {
        var treaty = BuiltInScenarios.RussiaDprk2024.FindTreaty(new TreatyId("rus-prk-2024"))!;

        var root = JsonDocument.Parse(JsonSerializer.Serialize(treaty, Options)).RootElement;

        Assert.Equal("rus-prk-2024", root.GetProperty("id").GetString());
        Assert.Equal("onExchangeOfInstruments", root.GetProperty("entryIntoForce").GetProperty("kind").GetString());
        Assert.Equal("2024-12-04", root.GetProperty("entryIntoForce").GetProperty("exchanged").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("parties")[0].GetProperty("consent").GetProperty("kind").ValueKind);
    }

    [Fact]
    public void Deserialize_ScenarioOfTheBuiltInFile_ReadsTheBuiltInScenario()
    {
        using var stream = BuiltInScenarios.OpenRussiaDprk2024Json();

        ScenarioAssert.Equal(BuiltInScenarios.RussiaDprk2024, JsonSerializer.Deserialize<Scenario>(stream, Options)!);
    }

    [Fact]
    public void Deserialize_ScenarioThatBreaksADomainRule_ThrowsJsonExceptionNamingTheCode()
    {
        var node = JsonNode.Parse(ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024))!;
        var actors = node["actors"]!.AsArray();
        actors.Add(actors[0]!.DeepClone()); // the first actor twice

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Scenario>(node.ToJsonString(), Options));

        Assert.Contains(ErrorCodes.DuplicateId, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TreatyWithAnUnknownMemberDeepInside_ThrowsJsonExceptionNamingTheMemberAndTheCode()
    {
        var treaty = JsonNode.Parse(JsonSerializer.Serialize(BuiltInScenarios.RussiaDprk2024.Treaties[0], Options))!;
        treaty["parties"]![0]!["signature"]!["dated"] = "2024-06-19";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Treaty>(treaty.ToJsonString(), Options));

        Assert.Contains(ErrorCodes.UnknownProperty, exception.Message, StringComparison.Ordinal);
        Assert.Contains("parties[0].signature", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DictionaryKeyedByIdsAndEnums_ReadsBackEqual()
    {
        var parties = BuiltInScenarios.RussiaDprk2024.Treaties.SelectMany(t => t.Parties).GroupBy(p => p.Actor)
            .ToDictionary(g => g.Key, g => g.Count());

        var json = JsonSerializer.Serialize(parties, Options);

        Assert.Equal(parties, JsonSerializer.Deserialize<Dictionary<Geopolitics.Model.Actors.ActorId, int>>(json, Options));
        Assert.Contains("\"PRK\":", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"onFixedDate"}""", ErrorCodes.MissingProperty)]
    [InlineData("""{"kind":"onTuesday"}""", ErrorCodes.UnknownKind)]
    [InlineData("""{"kind":"onFixedDate","date":"2024-13"}""", ErrorCodes.InvalidPartialDate)]
    public void Deserialize_BadEntryIntoForceRule_ThrowsJsonExceptionNamingTheCode(string json, string code)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EntryIntoForceRule>(json, Options));

        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CaseOfAnotherKind_ThrowsJsonException()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OnFixedDateRule>("""{"kind":"onSignature"}""", Options));

        Assert.Contains("OnSignatureRule", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEnumName_ThrowsJsonException()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClauseKind>("\"MutualDefence\"", Options));

        Assert.Contains("'mutualDefence'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_OptionsAlreadyUsed_Throws()
    {
        var options = new JsonSerializerOptions();
        JsonSerializer.Serialize(1, options);

        Assert.Throws<InvalidOperationException>(() => ModelJson.Configure(options));
    }

    private static void RoundTrip(Type type, object value)
    {
        var json = JsonSerializer.Serialize(value, type, Options);
        var back = JsonSerializer.Deserialize(json, type, Options);

        if (value is Scenario scenario)
        {
            ScenarioAssert.Equal(scenario, Assert.IsType<Scenario>(back));
        }
        else
        {
            Assert.True(value.Equals(back), $"{type.Name} read back unequal from {json}");
        }

        Assert.Equal(json, JsonSerializer.Serialize(back, type, Options));
    }
}
