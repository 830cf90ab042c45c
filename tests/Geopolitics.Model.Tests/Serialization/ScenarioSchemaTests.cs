using System.Text.Json;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Transfers;
using Json.Schema;
using static Geopolitics.Model.Tests.Serialization.ScenarioJsonDocuments;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>Checks <c>docs/scenario.schema.json</c> against what <see cref="ScenarioJson"/> writes and reads.</summary>
public class ScenarioSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "data", "scenario.schema.json");

    // One instance for the test run: the schema registers its $id globally, and a second load would be refused.
    internal static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(SchemaPath));

    private static readonly Lazy<JsonDocument> SchemaDocument = new(() => JsonDocument.Parse(File.ReadAllText(SchemaPath)));

    public static TheoryData<string> ValidDocuments =>
    [
        ScenarioJson.Serialize(ScenarioJsonExamples.Everything()),
        ScenarioJson.Serialize(Model.BuiltIn.BuiltInScenarios.RussiaDprk2024),
        EmbeddedSeed(),
        ScenarioJson.Serialize(ScenarioJsonExamples.Build(ScenarioJsonExamples.SmallBuilder())),
        TreatyDoc,
        FactsDoc,
        MinimalDoc,
        DocumentationExample(),
        """{ "$schema": "scenario.schema.json", "formatVersion": 1, "name": "With schema" }""",
    ];

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Schema_DocumentTheLibraryWritesOrReads_IsValid(string json)
    {
        var results = Evaluate(json);

        Assert.True(results.IsValid, Describe(results));
    }

    public static TheoryData<string, string, string> TreatyMutations => new()
    {
        { "\"withdrawalNotice\"", "\"withdrawlNotice\"", "unknown member" },
        { "\"kind\": \"mutualDefence\"", "\"kind\": \"mutualDefense\"", "unknown clause kind" },
        { "\"kind\": \"indefinite\"", "\"kind\": \"indefinite\", \"term\": \"P1Y\"", "member of another kind" },
        { "\"kind\": \"onExchangeOfInstruments\"", "\"kind\": \"onExchange\"", "unknown rule kind" },
        { "\"date\": \"2024-11-11\"", "\"date\": \"2024-13\"", "impossible month" },
        { "\"date\": \"2024-11-11\"", "\"date\": \"2024-11-32\"", "impossible day" },
        { "\"date\": \"2024-11-11\"", "\"date\": \"0000\"", "year zero" },
        { "\"trigger\": \"stateOfWar\"", "\"trigger\": \"war\"", "unknown enum name" },
        { "\"name\": \"Treaty test\"", "\"name\": 5", "wrong type" },
        { "\"name\": \"Treaty test\"", "\"name\": null", "null" },
        { "\"formatVersion\": 1", "\"formatVersion\": 2", "other format version" },
        { "\"formatVersion\": 1,", string.Empty, "missing format version" },
        { "{ \"id\": \"RUS\"", "{ \"id\": \"rus\"", "lower-case actor id" },
        { "\"withdrawalNotice\": \"P1Y\"", "\"withdrawalNotice\": \"one year\"", "bad ISO period" },
        { ",\n      \"evidence\": { \"confidence\": \"reported\" }\n    }", "\n    }", "missing evidence" },
        { "\"id\": \"art4\", \"trigger\": \"stateOfWar\"", "\"id\": \"art4\"", "mutual defence without trigger" },
        { "\"kind\": \"mutualDefence\", \"id\": \"art4\"", "\"kind\": \"neutrality\", \"id\": \"art4\"", "neutrality clause with a trigger" },
        { "\"id\": \"art4\",", "\"id\": \"art4\", \"summry\": \"x\",", "misspelt clause member" },
    };

    [Theory]
    [MemberData(nameof(TreatyMutations))]
    public void Schema_BrokenTreatyFile_IsInvalidLikeForTheReader(string old, string replacement, string broken)
    {
        var json = Mutate(TreatyDoc, old, replacement);

        Assert.False(Evaluate(json).IsValid, $"The schema accepts a file with a {broken}.");
        Assert.True(ScenarioJson.Parse(json).IsT1, $"The reader accepts a file with a {broken}.");
    }

    public static TheoryData<string, string, string> FactMutations => new()
    {
        { "\"USD\"", "\"XYZ\"", "unknown currency" },
        { "\"kind\": \"munitions\"", "\"kind\": \"shells\"", "unknown item kind" },
        { "\"kind\": \"actors\"", "\"kind\": \"group\"", "unknown target kind" },
        { "\"kind\": \"armsEmbargo\"", "\"kind\": \"embargo\"", "unknown measure kind" },
        { "{ \"kind\": \"armsEmbargo\", \"direction\": \"both\" }", "{ \"kind\": \"armsEmbargo\", \"direction\": \"none\" }", "direction none" },
        { "{ \"qualifier\": \"several\", \"low\": 1000 }", "{ \"qualifier\": \"over\" }", "'over' without a figure" },
        { "{ \"qualifier\": \"several\", \"low\": 1000 }", "{ \"qualifier\": \"between\", \"low\": 1 }", "'between' without a high bound" },
        { "{ \"qualifier\": \"several\", \"low\": 1000 }", "{ \"qualifier\": \"exact\", \"low\": -1 }", "negative figure" },
        { "\"actors\": [\"RUS\", \"PRK\"]", "\"actors\": [\"RUS\"]", "group of one" },
        { "\"date\": \"2024-06-24\"", "\"date\": \"2024-06-24\", \"goldsteinScore\": 11", "Goldstein score above 10" },
        { "\"date\": \"2024-06-24\"", "\"date\": \"2024-06-24\", \"cameoCode\": \"999\"", "bad CAMEO code" },
        { "\"kind\": \"territory\", \"administeredBy\": \"PRK\"", "\"kind\": \"region\", \"administeredBy\": \"PRK\"", "region with an administrator" },
        { "\"kind\": \"territory\", \"administeredBy\": \"PRK\"", "\"kind\": \"territory\"", "territory without an administrator" },
        { "{ \"id\": \"USA\", \"kind\": \"state\", \"name\": \"United States\" }", "{ \"id\": \"USA\", \"kind\": \"state\", \"name\": \"United States\", \"speaksFor\": \"RUS\" }", "state that speaks for another" },
    };

    [Theory]
    [MemberData(nameof(FactMutations))]
    public void Schema_BrokenFactsFile_IsInvalidLikeForTheReader(string old, string replacement, string broken)
    {
        var json = Mutate(FactsDoc, old, replacement);

        Assert.False(Evaluate(json).IsValid, $"The schema accepts a file with a {broken}.");
        Assert.True(ScenarioJson.Parse(json).IsT1, $"The reader accepts a file with a {broken}.");
    }

    [Theory]
    [InlineData("not a url", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("http://example.org/a b", false)]
    [InlineData("example.org/report", false)]
    [InlineData("https://example.org/report?q=1#part", true)]
    [InlineData("https://example.org/ünïcödé", true)]
    [InlineData("urn:isbn:9780199296668", true)]
    public void Schema_SourceUrl_IsAnAbsoluteUrlLikeForTheReader(string url, bool valid)
    {
        var json = Mutate(
            FactsDoc,
            "{ \"id\": \"munitions-for-cash\", \"transfers\": [\"prk-rus-shells\", \"rus-prk-cash\"], \"evidence\": { \"confidence\": \"reported\" } }",
            "{ \"id\": \"munitions-for-cash\", \"transfers\": [\"prk-rus-shells\", \"rus-prk-cash\"], \"evidence\": { \"confidence\": \"reported\", \"sources\": [{ \"publisher\": \"x\", \"url\": \"" + url + "\", \"kind\": \"analysis\" }] } }");

        Assert.Equal(valid, Evaluate(json).IsValid);
        Assert.Equal(valid, ScenarioJson.Parse(json).IsT0);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Schema_RandomScenarioAsWritten_IsValid(int seed)
    {
        var results = Evaluate(ScenarioJson.Serialize(new RandomScenario(seed).Scenario()));

        Assert.True(results.IsValid, Describe(results));
    }

    public static TheoryData<string, string[]> Enumerations => new()
    {
        { "actorKind", [.. JsonEnums.ActorKind.Names] },
        { "placeKind", [.. JsonEnums.PlaceKind.Names] },
        { "confidence", [.. JsonEnums.Confidence.Names] },
        { "sourceKind", [.. JsonEnums.SourceKind.Names] },
        { "consentKind", [.. JsonEnums.ConsentKind.Names] },
        { "terminationKind", [.. JsonEnums.TerminationKind.Names] },
        { "defenceTrigger", [.. JsonEnums.DefenceTrigger.Names] },
        { "defenceResponse", [.. JsonEnums.DefenceResponse.Names] },
        { "militaryCooperationForm", [.. JsonEnums.MilitaryCooperationForm.Names] },
        { "transferStatus", [.. JsonEnums.TransferStatus.Names] },
        { "estimateQualifier", [.. JsonEnums.EstimateQualifier.Names] },
        { "munitionsCategory", [.. JsonEnums.MunitionsCategory.Names] },
        { "technologyDomain", [.. JsonEnums.TechnologyDomain.Names] },
        { "technologyForm", [.. JsonEnums.TechnologyForm.Names] },
        { "personnelRole", [.. JsonEnums.PersonnelRole.Names] },
        { "resourceKind", [.. JsonEnums.ResourceKind.Names] },
        { "stancePosition", [.. JsonEnums.StancePosition.Names] },
        { "stanceSignal", [.. JsonEnums.StanceSignal.Names] },
        { "sanctionsBinding", [.. JsonEnums.SanctionsBinding.Names] },
        { "embargoDirection", [.. JsonEnums.EmbargoDirection.Names] },
        { "financialMeasureKind", [.. JsonEnums.FinancialMeasureKind.Names] },
    };

    [Theory]
    [MemberData(nameof(Enumerations))]
    public void Schema_Enumeration_ListsExactlyTheNamesTheReaderAccepts(string definition, string[] names)
    {
        var listed = Definition(definition).GetProperty("enum").EnumerateArray().Select(name => name.GetString()!);

        Assert.Equal(names, listed);
    }

    public static TheoryData<string, string[]> Unions => new()
    {
        { "clause", [.. JsonEnums.ClauseKind.Names] },
        { "transferItem", [.. JsonEnums.TransferItemKind.Names] },
        { "stanceTarget", [.. JsonEnums.StanceTargetKind.Names] },
        { "sanctionsMeasure", [.. JsonEnums.SanctionsMeasureKind.Names] },
        { "entryIntoForceRule", [.. JsonEnums.EntryIntoForceKinds] },
        { "treatyDuration", [.. JsonEnums.DurationKinds] },
    };

    [Theory]
    [MemberData(nameof(Unions))]
    public void Schema_Union_HasOneAlternativePerKindTheReaderAccepts(string definition, string[] kinds)
    {
        var alternatives = Definition(definition).GetProperty("oneOf").EnumerateArray()
            .Select(alternative => alternative.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!);

        Assert.Equal(kinds, alternatives);
    }

    [Fact]
    public void Schema_Currencies_AreTheActiveIso4217Codes()
    {
        var listed = Definition("currency").GetProperty("enum").EnumerateArray().Select(code => code.GetString()!);

        Assert.Equal(CurrencyCode.ActiveCodes.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static string EmbeddedSeed()
    {
        using var reader = new StreamReader(Model.BuiltIn.BuiltInScenarios.OpenRussiaDprk2024Json());
        return reader.ReadToEnd();
    }

    private static JsonElement Definition(string name) => SchemaDocument.Value.RootElement.GetProperty("$defs").GetProperty(name);

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}")));
}
