using System.Collections.Immutable;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Serialization.ScenarioJsonDocuments;

namespace Geopolitics.Model.Tests.Serialization;

public class ScenarioJsonTests
{
    // ---- Round trips ----

    [Fact]
    public void Everything_CoversEveryKindOfEveryUnionAndEveryQualifier()
    {
        var scenario = ScenarioJsonExamples.Everything();
        Assert.Equal(Enum.GetValues<TransferItemKind>().Order(), scenario.Transfers.Select(t => t.Item.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<ClauseKind>().Order(), scenario.Treaties.SelectMany(t => t.Clauses).Select(c => c.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<StanceTargetKind>().Order(), scenario.Stances.Select(s => s.Target.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<StancePosition>().Order(), scenario.Stances.Select(s => s.Position).Distinct().Order());
        Assert.Equal(Enum.GetValues<SanctionsMeasureKind>().Order(), scenario.SanctionsRegimes.SelectMany(r => r.Measures).Select(m => m.Kind).Distinct().Order());
        Assert.Equal(5, scenario.Treaties.Select(t => t.EntryIntoForce.GetType()).Distinct().Count());
        Assert.Equal(2, scenario.Treaties.Select(t => t.Duration.GetType()).Distinct().Count());
        var estimates = scenario.Transfers.Select(t => t.Item).SelectMany(item => item.Match<IEnumerable<Estimate>>(
            munitions => [munitions.Quantity.Amount],
            weapons => [weapons.NumberOrdered!.Value, weapons.NumberDelivered!.Value],
            _ => [],
            money => [money.Money.Amount],
            personnel => [personnel.Count],
            resources => [resources.Quantity.Amount]));
        Assert.Equal(Enum.GetValues<EstimateQualifier>().Order(), estimates.Select(e => e.Qualifier).Distinct().Order());
    }

    [Fact]
    public void Serialize_VotesAsStanceForVoteMakesThem_WritesTheCompactFormAndReadsBackEqual()
    {
        var text = ScenarioJson.Serialize(ScenarioJsonExamples.Everything());
        var votes = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("votes");

        var group = Assert.Single(votes.EnumerateArray());
        Assert.Equal(9001, group.GetProperty("target").GetProperty("rollCall").GetInt32());
        Assert.Equal(["KOR"], group.GetProperty("yes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["RUS"], group.GetProperty("abstain").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["CHN"], group.GetProperty("no").EnumerateArray().Select(e => e.GetString()));

        // The vote recorded in full (another id) stays among the stances.
        Assert.Contains("\"unga-9001-731\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unga-9001-KOR\"", text, StringComparison.Ordinal);
        var read = Accepted(text);
        Assert.Equal(StancePosition.Neutral, read.Stances.Single(s => s.Id.Value == "unga-9001-RUS").Position);
    }

    [Fact]
    public void Parse_VotesWithATargetThatIsNotAResolution_IsAnError()
    {
        var errors = Refused(ScenarioJson.Parse("""
            { "formatVersion": 1, "name": "v", "actors": [ { "id": "KOR", "kind": "state", "name": "Korea" } ],
              "votes": [ { "target": { "kind": "issue", "issue": "x" }, "evidence": { "confidence": "reported" }, "yes": ["KOR"] } ] }
            """));

        Assert.Contains(errors, e => (e.Location.Path?.ToString() ?? string.Empty).StartsWith("$.votes[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_VotesNamingAnUnknownActorOrAStateTwice_LocatesTheListEntries()
    {
        var errors = Refused(ScenarioJson.Parse("""
            { "formatVersion": 1, "name": "v", "actors": [ { "id": "KOR", "kind": "state", "name": "Korea" } ],
              "stances": [],
              "votes": [ { "target": { "kind": "resolution", "rollCall": 4, "session": 45, "date": "1990-12-06" },
                           "evidence": { "confidence": "reported" }, "yes": ["KOR"], "no": ["KOR", "XYZ"] } ] }
            """));

        // KOR votes yes and no: two stances unga-4-KOR; XYZ is no actor of the scenario nor a state of the catalogue.
        Assert.Equal(
            [(ErrorCodes.DuplicateId, "$.votes[0].no[0]", 4L), (ErrorCodes.UnknownStanceActor, "$.votes[0].no[1]", 4L)],
            errors.Select(e => (e.Code, e.Location.Path?.ToString()!, e.Location.Line!.Value)));
    }

    [Fact]
    public void Serialize_EveryUnionCaseAndOptionalMember_ReadsBackEqual()
    {
        var expected = ScenarioJsonExamples.Everything();

        var actual = Accepted(ScenarioJson.Serialize(expected));

        ScenarioAssert.Equal(expected, actual);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Serialize_RandomScenario_ReadsBackEqualAndWritesTheSameText(int seed)
    {
        var expected = new RandomScenario(seed).Scenario();
        var text = ScenarioJson.Serialize(expected);

        var actual = Accepted(text);

        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal<Actor>(expected.Actors, actual.Actors);
        Assert.Equal<Treaty>(expected.Treaties, actual.Treaties);
        Assert.Equal<Transfer>(expected.Transfers, actual.Transfers);
        Assert.Equal<Exchange>(expected.Exchanges, actual.Exchanges);
        Assert.Equal<Stance>(expected.Stances, actual.Stances);
        Assert.Equal<SanctionsRegime>(expected.SanctionsRegimes, actual.SanctionsRegimes);
        Assert.Equal(text, ScenarioJson.Serialize(actual));
    }

    [Fact]
    public void Serialize_BuiltInSeedScenario_ReadsBackEqual()
    {
        var expected = BuiltInScenarios.RussiaDprk2024;
        var text = ScenarioJson.Serialize(expected);

        var actual = Accepted(text);

        ScenarioAssert.Equal(expected, actual);
        Assert.Equal(text, ScenarioJson.Serialize(actual));
    }

    [Fact]
    public void Serialize_ReadBackAndWrittenAgain_GivesTheSameText()
    {
        var text = ScenarioJson.Serialize(ScenarioJsonExamples.Everything());

        Assert.Equal(text, ScenarioJson.Serialize(Accepted(text)));
        Assert.Equal(text, ScenarioJson.Serialize(ScenarioJsonExamples.Everything()));
    }

    [Fact]
    public void Serialize_Text_IsIndentedWithLineFeedsAndEndsWithOne()
    {
        var text = ScenarioJson.Serialize(ScenarioJsonExamples.Everything());

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"Everything\",\n", text, StringComparison.Ordinal);
        Assert.Contains("US–Japan–ROK trilateral", text, StringComparison.Ordinal); // not \u2013
    }

    [Fact]
    public void Serialize_EmptyScenario_WritesOnlyVersionAndName()
    {
        var scenario = ScenarioJsonExamples.Build(new ScenarioBuilder("Empty"));

        Assert.Equal("{\n  \"formatVersion\": 1,\n  \"name\": \"Empty\"\n}\n", ScenarioJson.Serialize(scenario));
    }

    [Fact]
    public void Serialize_Values_UseTheDocumentedForms()
    {
        var text = ScenarioJson.Serialize(ScenarioJsonExamples.Everything());

        Assert.Contains("\"confidence\": \"reported\"", text, StringComparison.Ordinal);
        Assert.Contains("\"trigger\": \"stateOfWar\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"mutualDefence\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"weaponSystems\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"onExchangeOfInstruments\"", text, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2024-06-19\"", text, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2023-08\"", text, StringComparison.Ordinal);
        Assert.Contains("\"notified\": \"2030\"", text, StringComparison.Ordinal);
        Assert.Contains("\"term\": \"P20Y\"", text, StringComparison.Ordinal);
        Assert.Contains("\"withdrawalNotice\": \"P90D\"", text, StringComparison.Ordinal);
        Assert.Contains("\"withdrawalNotice\": \"P6M2W\"", text, StringComparison.Ordinal);
        Assert.Contains("\"forms\": [\n", text, StringComparison.Ordinal);
        Assert.Contains("\"position\": \"condemns\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Stream_WritesTheSerializedTextAsUtf8WithoutByteOrderMark()
    {
        var scenario = ScenarioJsonExamples.Everything();
        using var stream = new MemoryStream();

        ScenarioJson.Write(scenario, stream);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(ScenarioJson.Serialize(scenario), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Load_WhatWriteWrote_ReadsBackEqual()
    {
        var expected = ScenarioJsonExamples.Everything();
        using var stream = new MemoryStream();
        ScenarioJson.Write(expected, stream);
        stream.Position = 0;

        var actual = ScenarioJson.Load(stream, "everything.json").AsT0;

        Assert.Equal<Treaty>(expected.Treaties, actual.Treaties);
        Assert.Equal<Transfer>(expected.Transfers, actual.Transfers);
    }

    // ---- Reading valid files ----

    [Fact]
    public void Parse_MinimalFile_IsAnEmptyScenario()
    {
        var scenario = Accepted(MinimalDoc);

        Assert.Equal("Minimal", scenario.Name);
        Assert.Null(scenario.Description);
        Assert.Empty(scenario.Actors);
        Assert.Empty(scenario.Treaties);
    }

    [Fact]
    public void Parse_HandWrittenFiles_ReadEveryFact()
    {
        var treaty = Assert.Single(Accepted(TreatyDoc).Treaties);
        Assert.Equal(new TreatyId("rus-prk-2024"), treaty.Id);
        Assert.Equal([new ActorId("RUS"), new ActorId("PRK")], treaty.PartyActors);
        Assert.Equal(new OnExchangeOfInstrumentsRule(new PartialDate(2024, 12, 4)), treaty.EntryIntoForce);
        var clause = Assert.IsType<MutualDefenceClause>(Assert.Single(treaty.Clauses));
        Assert.Equal(DefenceTrigger.StateOfWar, clause.Trigger);
        Assert.Equal(NodaTime.Period.FromYears(1), treaty.WithdrawalNotice);

        var facts = Accepted(FactsDoc);
        Assert.Equal(2, facts.Transfers.Length);
        Assert.Equal(Estimate.Thousands, Assert.IsType<MunitionsItem>(facts.Transfers[0].Item).Quantity.Amount);
        Assert.Equal(Money.Unknown(CurrencyCode.Usd), Assert.IsType<MoneyItem>(facts.Transfers[1].Item).Money);
        Assert.Equal(new ActorsTarget([new ActorId("PRK"), new ActorId("RUS")]), Assert.Single(facts.Stances).Target);
        Assert.Equal(new ArmsEmbargo(EmbargoDirection.Both), Assert.Single(Assert.Single(facts.SanctionsRegimes).Measures));
        Assert.Equal("Pyongyang", facts.Gazetteer.Find(new PlaceId("PYONGYANG"))!.Name);
    }

    [Fact]
    public void Parse_DocumentationExample_ReadsTheSeedFacts()
    {
        var scenario = Accepted(DocumentationExample());

        var treaty = Assert.Single(scenario.Treaties);
        Assert.Equal(MilitaryCooperationForms.Exercises | MilitaryCooperationForms.Training, Assert.IsType<MilitaryCooperationClause>(treaty.Clauses[1]).Forms);
        Assert.Equal(new ActorId("USA-DOD"), Assert.Single(scenario.Stances).Via);
        Assert.Equal(3, Assert.Single(scenario.SanctionsRegimes).Measures.Length);
        Assert.Equal(2, Assert.Single(scenario.Exchanges).Transfers.Length);
    }

    [Fact]
    public void Parse_OmittedOptionalMembers_TakeTheModelsDefaults()
    {
        var json = Mutate(TreatyDoc, "\"duration\": { \"kind\": \"indefinite\" },", string.Empty);
        json = Mutate(json, "\"withdrawalNotice\": \"P1Y\",", string.Empty);

        var treaty = Assert.Single(Accepted(json).Treaties);

        Assert.IsType<IndefiniteDuration>(treaty.Duration);
        Assert.Null(treaty.WithdrawalNotice);
        Assert.Equal(ClauseConditions.None, treaty.Clauses[0].Conditions);
        Assert.Empty(treaty.Suspensions);
    }

    [Theory]
    [InlineData("""{ "qualifier": "unknown" }""", 0d, null, EstimateQualifier.Unknown)]
    [InlineData("""{ "qualifier": "upTo", "high": 500 }""", 0d, 500d, EstimateQualifier.UpTo)]
    [InlineData("""{ "qualifier": "under", "low": 10, "high": 500 }""", 10d, 500d, EstimateQualifier.Under)]
    [InlineData("""{ "qualifier": "exact", "low": 7 }""", 7d, 7d, EstimateQualifier.Exact)]
    [InlineData("""{ "qualifier": "over", "low": 10000 }""", 10000d, null, EstimateQualifier.Over)]
    [InlineData("""{ "qualifier": "between", "low": 0.5, "high": 1.25 }""", 0.5, 1.25, EstimateQualifier.Between)]
    public void Parse_Estimate_ReadsBoundsAndQualifier(string estimate, double low, double? high, EstimateQualifier qualifier)
    {
        var json = Mutate(FactsDoc, """{ "qualifier": "several", "low": 1000 }""", estimate);

        var amount = Assert.IsType<MunitionsItem>(Accepted(json).Transfers[0].Item).Quantity.Amount;

        Assert.Equal(new Estimate((decimal)low, (decimal?)high, qualifier), amount);
    }

    [Fact]
    public void Parse_TechnologyBanWithoutDirection_BansBothDirections()
    {
        var json = Mutate(FactsDoc, """{ "kind": "armsEmbargo", "direction": "both" }""", """{ "kind": "technologyBan", "domains": ["nuclear"] }""");

        var measure = Assert.Single(Assert.Single(Accepted(json).SanctionsRegimes).Measures);

        Assert.Equal(new TechnologyBan([TechnologyDomain.Nuclear], EmbargoDirection.Both), measure);
    }

    [Fact]
    public void Parse_SchemaMember_IsAccepted()
    {
        var scenario = Accepted("""{ "$schema": "../docs/scenario.schema.json", "formatVersion": 1, "name": "With schema" }""");

        Assert.Equal("With schema", scenario.Name);
    }

    [Fact]
    public void Load_ByteOrderMark_IsSkipped()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(MinimalDoc)]);

        Assert.Equal("Minimal", ScenarioJson.Load(stream).AsT0.Name);
    }

    [Fact]
    public void LoadFile_ExistingFile_ReadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, FactsDoc);
        try
        {
            Assert.Equal("Facts test", ScenarioJson.LoadFile(path).AsT0.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Syntax, size and depth ----

    [Fact]
    public void Parse_TrailingComma_IsInvalidJsonAtItsLineAndColumn()
    {
        var error = Single("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n}");

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 4, 1), error.Location);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingColon_IsInvalidJsonAtTheOffendingCharacter()
    {
        var error = Single("{\n  \"formatVersion\": 1,\n  \"name\" \"x\"\n}");

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(10, error.Location.Column);
    }

    [Fact]
    public void Parse_NonAsciiBeforeTheError_CountsColumnsInCharacters()
    {
        // "Ü" is two bytes in UTF-8 but one character: the column is that of the character after the string.
        var error = Single("{ \"name\": \"ÜÜÜ\" x }");

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(17, error.Location.Column);
    }

    [Fact]
    public void Parse_TruncatedFile_IsInvalidJsonAtTheEnd()
    {
        var text = ScenarioJson.Serialize(ScenarioJsonExamples.Everything());
        var truncated = text[..(text.Length / 2)];

        var error = Single(truncated);

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(truncated.Count(c => c == '\n') + 1, error.Location.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Parse_EmptyFile_IsInvalidJsonAtTheStart(string json)
    {
        var error = Single(json);

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, 1, Path: TestPaths.Document()), error.Location);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingBeyondMaxDepth_IsTooDeepAtTheFirstContainerTooMany()
    {
        var json = new string('[', 100) + new string(']', 100);

        var error = Single(json);

        Assert.Equal(ErrorCodes.JsonTooDeep, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, ScenarioJsonOptions.DefaultMaxDepth + 1), error.Location);
    }

    [Fact]
    public void Parse_HugeNesting_IsAnErrorNotAnException()
    {
        var json = "{\"a\":" + string.Concat(Enumerable.Repeat("[", 200_000));

        Assert.Equal(ErrorCodes.JsonTooDeep, Single(json).Code);
    }

    [Fact]
    public void Parse_ScenarioDeeperThanACustomMaxDepth_IsTooDeep()
    {
        Assert.Equal(ErrorCodes.JsonTooDeep, Single(TreatyDoc, new ScenarioJsonOptions(maxDepth: 4)).Code);
        Accepted(TreatyDoc);
        Assert.True(ScenarioJson.Parse(TreatyDoc, options: new ScenarioJsonOptions(maxDepth: 8)).IsT0);
    }

    [Fact]
    public void Parse_TextOverMaxBytes_IsTooLarge()
    {
        var error = Single(MinimalDoc, new ScenarioJsonOptions(maxBytes: 20));

        Assert.Equal(ErrorCodes.JsonTooLarge, error.Code);
        Assert.Equal("scenario.json", error.Location.File);
        Assert.True(ScenarioJson.Parse(MinimalDoc, options: new ScenarioJsonOptions(maxBytes: Encoding.UTF8.GetByteCount(MinimalDoc))).IsT0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_StreamOverMaxBytes_IsTooLarge(bool seekable)
    {
        using var stream = new TestStream(Encoding.UTF8.GetBytes(FactsDoc), seekable);

        var error = Assert.Single(Refused(ScenarioJson.Load(stream, "big.json", new ScenarioJsonOptions(maxBytes: 100))));

        Assert.Equal(ErrorCodes.JsonTooLarge, error.Code);
        Assert.Equal("big.json", error.Location.File);
    }

    [Fact]
    public void Load_NonSeekableStream_ReadsIt()
    {
        using var stream = new TestStream(Encoding.UTF8.GetBytes(FactsDoc), seekable: false);

        Assert.Equal("Facts test", ScenarioJson.Load(stream).AsT0.Name);
    }

    [Fact]
    public void Load_StreamThatFails_IsFileNotReadable()
    {
        using var stream = new TestStream([], seekable: false, fail: true);

        var error = Assert.Single(Refused(ScenarioJson.Load(stream, "broken.json")));

        Assert.Equal(ErrorCodes.FileNotReadable, error.Code);
        Assert.Equal("broken.json", error.Location.File);
    }

    [Fact]
    public void LoadFile_MissingFile_IsFileNotReadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "scenario.json");

        var error = Assert.Single(Refused(ScenarioJson.LoadFile(path)));

        Assert.Equal(ErrorCodes.FileNotReadable, error.Code);
        Assert.Equal(path, error.Location.File);
    }

    [Fact]
    public void LoadFile_Directory_IsFileNotReadable() =>
        Assert.Equal(ErrorCodes.FileNotReadable, Assert.Single(Refused(ScenarioJson.LoadFile(Path.GetTempPath()))).Code);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void LoadFile_BlankPath_IsFileNotReadableNotAnException(string path) =>
        Assert.Equal(ErrorCodes.FileNotReadable, Assert.Single(Refused(ScenarioJson.LoadFile(path))).Code);

    [Fact]
    public void LoadFile_BadFile_NamesTheFileInEveryError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "nmae": "x", "actors": 3 }""");
        try
        {
            var errors = Refused(ScenarioJson.LoadFile(path));

            Assert.Equal(3, errors.Length);
            Assert.All(errors, error => Assert.Equal(path, error.Location.File));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NullStream_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ScenarioJson.Load(null!));

    [Fact]
    public void Load_UnreadableStream_Throws()
    {
        using var stream = new TestStream([], seekable: false, readable: false);

        Assert.Throws<ArgumentException>(() => ScenarioJson.Load(stream));
    }

    // ---- Structure ----

    [Fact]
    public void Parse_FormatVersion2_IsUnsupportedAndNothingElseIsRead()
    {
        var json = """{ "formatVersion": 2, "name": 5, "whatever": [] }""";

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnsupportedFormatVersion, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, 3, Path: TestPaths.Document("formatVersion")), error.Location);
    }

    [Fact]
    public void Parse_FormatVersionAsText_IsWrongType()
    {
        var error = Single("""{ "formatVersion": "1", "name": "x" }""");

        Assert.Equal(ErrorCodes.WrongJsonType, error.Code);
        Assert.Equal("$.formatVersion", error.Location.Path?.ToString());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"scenario\"")]
    public void Parse_TopLevelNotAnObject_IsWrongTypeAtTheRoot(string json)
    {
        var error = Single(json);

        Assert.Equal(ErrorCodes.WrongJsonType, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, 1, Path: TestPaths.Document()), error.Location);
    }

    [Fact]
    public void Parse_MissingName_IsMissingPropertyLocatedAtItsObject()
    {
        var error = Single("""{ "formatVersion": 1 }""");

        Assert.Equal(ErrorCodes.MissingProperty, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, 1, Path: TestPaths.Document("name")), error.Location);
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFormatVersion_IsMissingPropertyAndTheRestIsStillChecked()
    {
        var errors = ErrorsOf("""{ "name": "x", "actors": {} }""");

        Assert.Equal([ErrorCodes.MissingProperty, ErrorCodes.WrongJsonType], errors.Select(e => e.Code));
        Assert.Equal("$.formatVersion", errors[0].Location.Path?.ToString());
        Assert.Equal("$.actors", errors[1].Location.Path?.ToString());
    }

    [Fact]
    public void Parse_MissingTreatyEvidence_IsMissingPropertyAtTheTreaty()
    {
        var json = Mutate(TreatyDoc, ",\n      \"evidence\": { \"confidence\": \"reported\" }\n    }", "\n    }");

        var error = Single(json);

        Assert.Equal(ErrorCodes.MissingProperty, error.Code);
        Assert.Equal("$.treaties[0].evidence", error.Location.Path?.ToString());
        var (line, column) = Position(json, "{", after: "\"treaties\"");
        Assert.Equal((line, column), (error.Location.Line!.Value, error.Location.Column!.Value));
    }

    [Fact]
    public void Parse_Typo_IsUnknownPropertyAtTheMisspelledMember()
    {
        var json = Mutate(TreatyDoc, "\"withdrawalNotice\"", "\"withdrawlNotice\"");

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownProperty, error.Code);
        Assert.Equal("$.treaties[0].withdrawlNotice", error.Location.Path?.ToString());
        Assert.Equal(Position(json, "\"withdrawlNotice\""), (error.Location.Line!.Value, error.Location.Column!.Value));
        Assert.Contains("'withdrawalNotice'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MemberForAnotherKind_IsUnknownProperty()
    {
        var json = Mutate(TreatyDoc, "\"kind\": \"indefinite\"", "\"kind\": \"indefinite\", \"term\": \"P20Y\"");

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownProperty, error.Code);
        Assert.Equal("$.treaties[0].duration.term", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_OddMemberName_IsUnknownPropertyInBracketNotation()
    {
        var error = Single("""{ "formatVersion": 1, "name": "x", "it's mine": 1 }""");

        Assert.Equal(ErrorCodes.UnknownProperty, error.Code);
        Assert.Equal("$['it\\'s mine']", error.Location.Path?.ToString());
        Assert.Equal(36, error.Location.Column);
    }

    [Fact]
    public void Parse_MemberGivenTwice_IsDuplicatePropertyAtTheSecond()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"name\": \"a\",\n  \"name\": \"b\"\n}";

        var error = Single(json);

        Assert.Equal(ErrorCodes.DuplicateProperty, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 4, 3, Path: TestPaths.Document("name")), error.Location);
    }

    [Theory]
    [InlineData("\"name\": \"Treaty test\"", "\"name\": 5", "$.name", "a string")]
    [InlineData("\"name\": \"Treaty test\"", "\"name\": null", "$.name", "null")]
    [InlineData("\"actors\": [", "\"actors\": 3, \"x\": [", "$.actors", "an array")]
    [InlineData("\"evidence\": { \"confidence\": \"reported\" }\n    }", "\"evidence\": \"reported\"\n    }", "$.treaties[0].evidence", "an object")]
    [InlineData("\"withdrawalNotice\": \"P1Y\"", "\"withdrawalNotice\": 1", "$.treaties[0].withdrawalNotice", "a string")]
    public void Parse_ValueOfTheWrongType_IsWrongTypeAtItsPath(string old, string replacement, string path, string described)
    {
        var json = Mutate(TreatyDoc, old, replacement);

        var errors = ErrorsOf(json);

        var error = Assert.Single(errors, e => e.Code == ErrorCodes.WrongJsonType);
        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"mutualDefence\"", "\"kind\": \"mutualDefense\"", "$.treaties[0].clauses[0].kind", "'mutualDefence'")]
    [InlineData("\"kind\": \"onExchangeOfInstruments\"", "\"kind\": \"onExchange\"", "$.treaties[0].entryIntoForce.kind", "'afterInstruments'")]
    [InlineData("\"kind\": \"indefinite\"", "\"kind\": \"forever\"", "$.treaties[0].duration.kind", "'fixedTerm'")]
    public void Parse_UnknownKindOfATreatyUnion_IsUnknownKindListingTheKinds(string old, string replacement, string path, string listed)
    {
        var json = Mutate(TreatyDoc, old, replacement);

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownKind, error.Code);
        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.Equal(Position(json, replacement), (error.Location.Line!.Value, error.Location.Column!.Value));
        Assert.Contains(listed, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"munitions\"", "\"kind\": \"shells\"", "$.transfers[0].item.kind", "'weaponSystems'")]
    [InlineData("\"kind\": \"actors\"", "\"kind\": \"group\"", "$.stances[0].target.kind", "'issue'")]
    [InlineData("\"kind\": \"armsEmbargo\"", "\"kind\": \"embargo\"", "$.sanctionsRegimes[0].measures[0].kind", "'workerBan'")]
    public void Parse_UnknownKindOfAFactUnion_IsUnknownKindListingTheKinds(string old, string replacement, string path, string listed)
    {
        var error = Single(Mutate(FactsDoc, old, replacement));

        Assert.Equal(ErrorCodes.UnknownKind, error.Code);
        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.Contains(listed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnionWithoutKind_IsMissingPropertyAndItsOtherMembersAreNotReported()
    {
        var error = Single(Mutate(TreatyDoc, "\"kind\": \"mutualDefence\", ", string.Empty));

        Assert.Equal(ErrorCodes.MissingProperty, error.Code);
        Assert.Equal("$.treaties[0].clauses[0].kind", error.Location.Path?.ToString());
    }

    [Theory]
    [InlineData("\"trigger\": \"stateOfWar\"", "\"trigger\": \"StateOfWar\"", "$.treaties[0].clauses[0].trigger", "'armedAttack', 'stateOfWar', 'threat'")]
    [InlineData("\"kind\": \"ratification\"", "\"kind\": \"ratified\"", "$.treaties[0].parties[1].consent.kind", "'accession'")]
    [InlineData("{ \"confidence\": \"reported\" } } },", "{ \"confidence\": \"sure\" } } },", "$.treaties[0].parties[0].signature.evidence.confidence", "'confirmed'")]
    public void Parse_UnknownEnumName_IsUnknownEnumValueListingTheNames(string old, string replacement, string path, string listed)
    {
        var error = Single(Mutate(TreatyDoc, old, replacement));

        Assert.Equal(ErrorCodes.UnknownEnumValue, error.Code);
        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.Contains(listed, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"date\": \"2024-11-11\"", "\"date\": \"2024-13\"")]
    [InlineData("\"date\": \"2024-11-11\"", "\"date\": \"2023-02-29\"")]
    [InlineData("\"date\": \"2024-11-11\"", "\"date\": \"11/11/2024\"")]
    [InlineData("\"date\": \"2024-11-11\"", "\"date\": \"0000\"")]
    public void Parse_ImpossibleDate_IsInvalidPartialDateAtItsPath(string old, string replacement)
    {
        var json = Mutate(TreatyDoc, old, replacement);

        var error = Single(json);

        Assert.Equal(ErrorCodes.InvalidPartialDate, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", Position(json, replacement).Line, Position(json, replacement).Column, Path: TestPaths.Document("treaties", 0, "parties", 1, "consent", "date")), error.Location);
    }

    [Fact]
    public void Parse_BadId_IsInvalidIdentifier()
    {
        var error = Single(Mutate(TreatyDoc, "{ \"id\": \"RUS\"", "{ \"id\": \"rus\""));

        Assert.Equal(ErrorCodes.InvalidIdentifier, error.Code);
        Assert.Equal("$.actors[0].id", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_BadCurrency_IsUnknownCurrency()
    {
        var error = Single(Mutate(FactsDoc, "\"USD\"", "\"XYZ\""));

        Assert.Equal(ErrorCodes.UnknownCurrency, error.Code);
        Assert.Equal("$.transfers[1].item.money.currency", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_HighBelowLow_IsInvalidEstimateAtTheHighBound()
    {
        var error = Single(Mutate(FactsDoc, "{ \"qualifier\": \"several\", \"low\": 1000 }", "{ \"qualifier\": \"between\", \"low\": 2000, \"high\": 1000 }"));

        Assert.Equal(ErrorCodes.InvalidEstimate, error.Code);
        Assert.Equal("$.transfers[0].item.quantity.amount.high", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_OverWithoutAFigure_IsMissingPropertyNotOverZero()
    {
        var error = Single(Mutate(FactsDoc, "{ \"qualifier\": \"several\", \"low\": 1000 }", "{ \"qualifier\": \"over\" }"));

        Assert.Equal(ErrorCodes.MissingProperty, error.Code);
        Assert.Equal("$.transfers[0].item.quantity.amount.low", error.Location.Path?.ToString());
    }

    [Theory]
    [InlineData("\"withdrawalNotice\": \"P1Y\"", "\"withdrawalNotice\": \"1 year\"", "$.treaties[0].withdrawalNotice", "ISO 8601 period")]
    [InlineData("\"withdrawalNotice\": \"P1Y\"", "\"withdrawalNotice\": \"PT5H\"", "$.treaties[0].withdrawalNotice", "non-negative period")]
    [InlineData("{ \"kind\": \"indefinite\" }", "{ \"kind\": \"fixedTerm\", \"term\": \"P0D\" }", "$.treaties[0].duration.term", "positive period")]
    [InlineData("{ \"kind\": \"onExchangeOfInstruments\", \"exchanged\": \"2024-12-04\" }", "{ \"kind\": \"afterInstruments\", \"count\": 0, \"days\": 30 }", "$.treaties[0].entryIntoForce.count", "count")]
    [InlineData("{ \"kind\": \"onExchangeOfInstruments\", \"exchanged\": \"2024-12-04\" }", "{ \"kind\": \"afterInstruments\", \"count\": 1, \"days\": 3000000000 }", "$.treaties[0].entryIntoForce.days", "whole number")]
    [InlineData("{ \"id\": \"RUS\", \"kind\": \"state\", \"name\": \"Russia\" }", "{ \"id\": \"RUS\", \"kind\": \"state\", \"name\": \"Russia\", \"speaksFor\": \"PRK\" }", "$.actors[0].speaksFor", "Only an agency")]
    [InlineData("{ \"id\": \"RUS\", \"kind\": \"state\", \"name\": \"Russia\" }", "{ \"id\": \"RUS\", \"kind\": \"state\", \"name\": \" \" }", "$.actors[0].name", "whitespace")]
    public void Parse_ValueTheModelRefuses_IsInvalidValueAtTheMember(string old, string replacement, string path, string explained)
    {
        var error = Single(Mutate(TreatyDoc, old, replacement));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.Contains(explained, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"date\": \"2024-06-24\"", "\"date\": \"2024-06-24\", \"goldsteinScore\": 11", "$.stances[0].goldsteinScore")]
    [InlineData("\"date\": \"2024-06-24\"", "\"date\": \"2024-06-24\", \"cameoCode\": \"999\"", "$.stances[0].cameoCode")]
    [InlineData("\"date\": \"2024-06-24\"", "\"date\": \"2024-06-24\", \"goldsteinScore\": 1e400", "$.stances[0].goldsteinScore")]
    [InlineData("\"actors\": [\"RUS\", \"PRK\"]", "\"actors\": [\"RUS\", \"RUS\"]", "$.stances[0].target.actors")]
    [InlineData("\"low\": 1000", "\"low\": 1e40", "$.transfers[0].item.quantity.amount.low")]
    [InlineData("\"evidence\": { \"confidence\": \"reported\" } }\n  ],\n  \"stances\"", "\"evidence\": { \"confidence\": \"reported\", \"sources\": [{ \"publisher\": \"x\", \"url\": \"not a url\", \"kind\": \"analysis\" }] } }\n  ],\n  \"stances\"", "$.exchanges[0].evidence.sources[0].url")]
    [InlineData("\"regions\": [\"ASIA\"]", "\"regions\": [\"ASIA\"], \"partlyIn\": [\"ASIA\"]", "$.places[0].partlyIn")]
    public void Parse_FactValueTheModelRefuses_IsInvalidValueAtTheMember(string old, string replacement, string path)
    {
        var error = Single(Mutate(FactsDoc, old, replacement));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal(path, error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_ManyProblems_AreAllReportedInTheOrderOfTheText()
    {
        var json = Mutate(TreatyDoc, "\"kind\": \"mutualDefence\"", "\"kind\": \"mutualDefense\"");
        json = Mutate(json, "\"date\": \"2024-11-11\"", "\"date\": \"2024-13\"");
        json = Mutate(json, "\"withdrawalNotice\"", "\"withdrawlNotice\"");
        json = Mutate(json, "\"name\": \"Russia\"", "\"name\": 7");
        json = Mutate(json, "\"confidence\": \"reported\" }\n    }", "\"confidence\": \"sure\" }\n    }");

        var errors = ErrorsOf(json);

        Assert.Equal(
            [ErrorCodes.WrongJsonType, ErrorCodes.InvalidPartialDate, ErrorCodes.UnknownKind, ErrorCodes.UnknownProperty, ErrorCodes.UnknownEnumValue],
            errors.Select(e => e.Code));
        Assert.Equal(errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column), errors);
        Assert.All(errors, e => Assert.NotNull(e.Location.Line));
    }

    [Fact]
    public void Parse_StructuralProblem_SkipsTheDomainRules()
    {
        // The consent is also before the signature, but that rule is not checked while the file's structure is broken.
        var json = Mutate(TreatyDoc, "\"date\": \"2024-11-11\"", "\"date\": \"2024-01-01\"");
        json = Mutate(json, "\"withdrawalNotice\"", "\"withdrawlNotice\"");

        Assert.Equal(ErrorCodes.UnknownProperty, Single(json).Code);
    }

    // ---- Domain rules ----

    [Fact]
    public void Parse_DanglingActorId_IsReportedAtTheReferenceInTheFile()
    {
        var json = Mutate(FactsDoc, "\"supplier\": \"PRK\"", "\"supplier\": \"XYZ\"");

        // XYZ is neither declared nor a state of the catalogue. The exchange now has three actors too (GM0523); the dangling id is the error to look at.
        var error = Assert.Single(ErrorsOf(json), e => e.Code == ErrorCodes.UnknownTransferParty);

        Assert.Equal(new ErrorLocation("scenario.json", Position(json, "\"supplier\": \"XYZ\"").Line, Position(json, "\"supplier\": \"XYZ\"").Column, Path: TestPaths.Document("transfers", 0, "supplier")), error.Location);
        Assert.StartsWith("'supplier' (XYZ)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DanglingTreatyIdInAStance_IsReportedAtTheTarget()
    {
        var json = Mutate(FactsDoc, "{ \"kind\": \"actors\", \"actors\": [\"RUS\", \"PRK\"] }", "{ \"kind\": \"treaty\", \"treaty\": \"rus-prk-2025\" }");

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownStanceTarget, error.Code);
        Assert.Equal("$.stances[0].target.treaty", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_DuplicateIds_AreReportedAtTheSecondId()
    {
        var json = Mutate(FactsDoc, "{ \"id\": \"USA\", \"kind\": \"state\", \"name\": \"United States\" }", "{ \"id\": \"RUS\", \"kind\": \"state\", \"name\": \"Russia again\" }");
        json = Mutate(json, "\"holder\": \"USA\"", "\"holder\": \"RUS\"");
        json = Mutate(json, "[\"RUS\", \"PRK\"]", "[\"UNSC\", \"PRK\"]");

        var error = Single(json);

        Assert.Equal(ErrorCodes.DuplicateId, error.Code);
        Assert.Equal("$.actors[2].id", error.Location.Path?.ToString());
        Assert.Equal(Position(json, "\"id\": \"RUS\"", after: "North Korea"), (error.Location.Line!.Value, error.Location.Column!.Value));
        Assert.Contains("'id' (RUS) is already the id of an earlier actor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConsentBeforeSignature_IsReportedAtTheConsentDate()
    {
        var json = Mutate(TreatyDoc, "\"date\": \"2024-11-11\"", "\"date\": \"2024-01-01\"");

        var error = Single(json);

        Assert.Equal(ErrorCodes.ConsentBeforeSignature, error.Code);
        Assert.Equal("$.treaties[0].parties[1].consent.date", error.Location.Path?.ToString());
        Assert.Equal(Position(json, "\"date\": \"2024-01-01\""), (error.Location.Line!.Value, error.Location.Column!.Value));
        Assert.StartsWith("'consent.date' (2024-01-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExchangeBeforeConsent_IsLocatedAtTheExchangeAndNamesTheConsent()
    {
        var json = Mutate(TreatyDoc, "\"exchanged\": \"2024-12-04\"", "\"exchanged\": \"2024-11-01\"");

        var error = Single(json);

        Assert.Equal(ErrorCodes.EntryIntoForceBeforeConsent, error.Code);
        Assert.Equal("$.treaties[0].entryIntoForce.exchanged", error.Location.Path?.ToString());
        Assert.StartsWith("'entryIntoForce.exchanged' (2024-11-01) is before the consent of PRK (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RuleAboutAnOmittedMember_IsLocatedAtTheNearestMemberInTheFile()
    {
        var json = Mutate(FactsDoc, "\"evidence\": { \"confidence\": \"reported\" } }\n  ],\n  \"stances\"", "\"evidence\": { \"confidence\": \"confirmed\" } }\n  ],\n  \"stances\"");

        var error = Single(json);

        Assert.Equal(ErrorCodes.ConfirmedWithoutSource, error.Code);
        Assert.Equal("$.exchanges[0].evidence.sources", error.Location.Path?.ToString());
        Assert.Equal(Position(json, "\"evidence\": { \"confidence\": \"confirmed\""), (error.Location.Line!.Value, error.Location.Column!.Value));
    }

    [Fact]
    public void Parse_UnknownRegionInPartlyIn_IsReportedAtPartlyIn()
    {
        var json = Mutate(FactsDoc, "\"regions\": [\"ASIA\"]", "\"regions\": [\"ASIA\"], \"partlyIn\": [\"PACIFIC\", \"ATLANTIS\"]");

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.Equal("$.places[0].partlyIn[1]", error.Location.Path?.ToString());
        Assert.Equal(Position(json, "\"ATLANTIS\""), (error.Location.Line!.Value, error.Location.Column!.Value));
    }

    [Fact]
    public void Parse_UnknownActorInAGroupTarget_IsReportedAtItsPlaceInTheFile()
    {
        // The model sorts a group's actors (ABC before PRK); the error points at the file's order. ABC is no state of the catalogue.
        var json = Mutate(FactsDoc, "[\"RUS\", \"PRK\"]", "[\"PRK\", \"ABC\"]");

        var error = Single(json);

        Assert.Equal(ErrorCodes.UnknownStanceTarget, error.Code);
        Assert.Equal("$.stances[0].target.actors[1]", error.Location.Path?.ToString());
    }

    [Fact]
    public void Parse_BlankScenarioName_IsReportedAtName()
    {
        var error = Single("""{ "formatVersion": 1, "name": "  " }""");

        Assert.Equal(ErrorCodes.ScenarioWithoutName, error.Code);
        Assert.Equal(new ErrorLocation("scenario.json", 1, 23, Path: TestPaths.Document("name")), error.Location);
    }

    [Fact]
    public void Parse_SeveralBrokenRules_AreAllReported()
    {
        var json = Mutate(FactsDoc, "\"supplier\": \"PRK\"", "\"supplier\": \"XYZ\"");
        json = Mutate(json, "\"authority\": \"UNSC\"", "\"authority\": \"PRK\"");

        var errors = ErrorsOf(json);

        Assert.Contains(errors, e => e.Code == ErrorCodes.UnknownTransferParty && e.Location.Path?.ToString() == "$.transfers[0].supplier");
        Assert.Contains(errors, e => e.Code == ErrorCodes.SanctionsAuthorityIsTarget && e.Location.Path?.ToString() == "$.sanctionsRegimes[0].target");
    }

    // ---- Never throws ----

    public static TheoryData<string> BadDocuments =>
    [
        "{", "}", "[", "{\"a\"", "{\"formatVersion\":1,\"name\":\"x\"} trailing", "nul", "'single'", "{\"name\": \"\\u12\"}",
        "{\"formatVersion\": 1, \"name\": \"x\", \"treaties\": [null, 1, \"x\", [], {}]}",
        "{\"formatVersion\": 1, \"name\": \"x\", \"transfers\": [{\"item\": {\"kind\": 5}}]}",
        "{\"formatVersion\": 1, \"name\": \"x\", \"stances\": [{\"target\": {\"kind\": null}}]}",
        "{\"formatVersion\": 1e999, \"name\": \"x\"}",
        "{\"formatVersion\": -1, \"name\": \"x\"}",
        "{\"formatVersion\": 1, \"name\": \"x\", \"places\": [{\"id\": \"X\", \"name\": \"X\", \"kind\": \"region\", \"administeredBy\": \"USA\"}]}",
        "{\"formatVersion\": 1, \"name\": \"x\", \"sanctionsRegimes\": [{\"measures\": [{\"kind\": \"technologyBan\"}]}]}",
        "/* comment */ {\"formatVersion\": 1, \"name\": \"x\"}",
        "{\"formatVersion\": 1, \"name\": \"\\uD800\"}",
        "{\"formatVersion\": 1, \"\\uDC00\": \"x\"}",
    ];

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Parse_BadDocument_IsRefusedWithLocatedErrorsAndNoException(string json)
    {
        var errors = ErrorsOf(json);

        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal("scenario.json", error.Location.File);
            Assert.NotNull(error.Location.Line);
            Assert.NotNull(error.Location.Column);
            Assert.Matches("^GM10[0-9][0-9]$|^GM0101$|^GM0103$|^GM0501$|^GM0502$", error.Code);
        });
    }

    [Fact]
    public void Load_InvalidUtf8_IsRefusedWithoutException()
    {
        using var stream = new MemoryStream([.. "{\"formatVersion\": 1, \"name\": \""u8, 0xFF, 0xFE, .. "\"}"u8]);

        Assert.Equal(ErrorCodes.InvalidJson, Assert.Single(Refused(ScenarioJson.Load(stream))).Code);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ScenarioJson.Parse(null!));

    [Fact]
    public void Write_Null_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>(() => ScenarioJson.Write(null!, stream));
        Assert.Throws<ArgumentNullException>(() => ScenarioJson.Write(ScenarioJsonExamples.Everything(), null!));
    }

    /// <summary>A stream that can hide its length, fail, or refuse reading.</summary>
    private sealed class TestStream(byte[] bytes, bool seekable, bool fail = false, bool readable = true) : MemoryStream(bytes)
    {
        public override bool CanSeek => seekable;

        public override bool CanRead => readable;

        public override long Length => seekable ? base.Length : throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) =>
            fail ? throw new IOException("The device is not ready.") : base.Read(buffer, offset, count);
    }
}
