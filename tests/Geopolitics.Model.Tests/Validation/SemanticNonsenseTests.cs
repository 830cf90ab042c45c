using System.Text.Json.Nodes;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Validation;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Tests.Validation;

/// <summary>
/// Scenarios that are well-formed but make no sense are refused with a code at the path at fault (issue 15, item 7), and
/// names every output shows are visible plain text (issue 15, item 4).
/// </summary>
public class SemanticNonsenseTests
{
    private static JsonObject Seed() => JsonNode.Parse(ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024))!.AsObject();

    private static List<ModelError> Errors(JsonObject json) =>
        ScenarioJson.Parse(json.ToJsonString(), "nonsense.json").Match(_ => [], errors => errors.ToList());

    private static JsonObject Actor(JsonObject json, string id) =>
        json["actors"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["id"] == id);

    private static JsonObject Treaty(JsonObject json, string id) =>
        json["treaties"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["id"] == id);

    private static void AssertOnly(List<ModelError> errors, string code, string pathStart)
    {
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(code, e.Code));
        Assert.Contains(errors, e => (e.Location.Path?.ToString() ?? string.Empty).StartsWith(pathStart, StringComparison.Ordinal) && e.Location.Line > 0);
    }

    [Fact]
    public void Validate_SeedScenario_HasNoneOfTheseErrors() => Assert.Empty(Errors(Seed()));

    // A misspelled region in a clause's scope would rule the clause out wherever an attack happens (issue 11, item 2):
    // it is an unknown place at the region, with the nearest places suggested.
    [Fact]
    public void Validate_MisspelledRegionInAClauseScope_IsAnUnknownPlaceWithSuggestions()
    {
        var json = Seed();
        var treaty = json["treaties"]!.AsArray().Select(t => t!.AsObject())
            .First(t => t["clauses"]!.AsArray().Any(c => c!["conditions"]?["geographicScope"]?["regions"] is JsonArray { Count: > 0 }));
        var clauses = treaty["clauses"]!.AsArray();
        var index = clauses.Select((c, i) => (c, i)).First(x => x.c!["conditions"]?["geographicScope"]?["regions"] is JsonArray { Count: > 0 }).i;
        clauses[index]!["conditions"]!["geographicScope"]!["regions"]![0] = "PACIFICC";

        var error = Assert.Single(Errors(json));

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.EndsWith($".clauses[{index}].conditions.geographicScope.regions[0]", error.Location.Path!.ToString(), StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0);
        Assert.Contains("(PACIFICC)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("(PACIFIC)", error.Message, StringComparison.Ordinal);
    }

    // A misspelled place among a scope's places is refused the same way, at the place, with the nearest suggested.
    [Fact]
    public void Validate_MisspelledPlaceInAClauseScope_IsAnUnknownPlaceWithSuggestions()
    {
        var json = Seed();
        var clause = Treaty(json, "usa-jpn-1960")["clauses"]![0]!.AsObject();
        clause["conditions"]!["geographicScope"]!["places"] = new JsonArray("OKINAWA", "OKINAWWA");

        var error = Assert.Single(Errors(json));

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.EndsWith(".clauses[0].conditions.geographicScope.places[1]", error.Location.Path!.ToString(), StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0);
        Assert.Contains("(OKINAWWA)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Okinawa' (OKINAWA)", error.Message, StringComparison.Ordinal);
    }

    // A code that names no state of the catalogue and no declared actor is refused wherever it is used, not taken for
    // a state: here a party to a treaty and the supplier of a transfer.
    [Fact]
    public void Validate_StateCodeOutsideTheCatalogueAndUndeclared_IsAnUnknownActor()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2024")["parties"]![1]!["actor"] = "XYZ";
        json["transfers"]![0]!["supplier"] = "XYZ";

        var errors = Errors(json);

        Assert.Contains(errors, e => e.Code == ErrorCodes.TreatyUnknownActor && e.Message.Contains("(XYZ)", StringComparison.Ordinal) && e.Location.Line > 0);
        Assert.Contains(errors, e => e.Code == ErrorCodes.UnknownTransferParty && e.Location.Path!.ToString() == "$.transfers[0].supplier");
    }

    [Fact]
    public void Validate_TwoTreatiesSupersedingEachOther_IsASupersessionCycle()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2000")["supersedes"] = new JsonArray("rus-prk-2024");

        var errors = Errors(json);

        AssertOnly(errors, ErrorCodes.SupersessionCycle, "$.treaties[");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Validate_ThreeTreatiesInACircle_ReportsEachLink()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2000")["supersedes"] = new JsonArray("chn-prk-1961");
        Treaty(json, "chn-prk-1961")["supersedes"] = new JsonArray("rus-prk-2024");

        AssertOnly(Errors(json), ErrorCodes.SupersessionCycle, "$.treaties[");
        Assert.Equal(3, Errors(json).Count);
    }

    [Fact]
    public void Validate_SupersessionChainWithoutACircle_IsFine()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2000")["supersedes"] = new JsonArray("chn-prk-1961");

        Assert.Empty(Errors(json));
    }

    [Fact]
    public void Validate_OrganisationThatIsItsOwnMember_IsRefused()
    {
        var json = Seed();
        json["actors"]!.AsArray().Add(new JsonObject { ["id"] = "UNSC2", ["kind"] = "organisation", ["name"] = "Council", ["members"] = new JsonArray("USA", "UNSC2") });

        AssertOnly(Errors(json), ErrorCodes.ActorIsOwnMember, "$.actors[");
    }

    [Fact]
    public void Validate_AgenciesSpeakingForEachOther_IsASpeaksForCycle()
    {
        var json = Seed();
        json["actors"]!.AsArray().Add(new JsonObject { ["id"] = "X-ONE", ["kind"] = "agency", ["name"] = "One", ["speaksFor"] = "X-TWO" });
        json["actors"]!.AsArray().Add(new JsonObject { ["id"] = "X-TWO", ["kind"] = "agency", ["name"] = "Two", ["speaksFor"] = "X-ONE" });

        var errors = Errors(json);

        AssertOnly(errors, ErrorCodes.SpeaksForCycle, "$.actors[");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Validate_RegionContainingItself_IsRefused()
    {
        var json = Seed();
        json["places"] = new JsonArray(
            new JsonObject { ["id"] = "LOOP-A", ["name"] = "Loop A", ["kind"] = "region", ["regions"] = new JsonArray("LOOP-B") },
            new JsonObject { ["id"] = "LOOP-B", ["name"] = "Loop B", ["kind"] = "region", ["regions"] = new JsonArray("LOOP-A") },
            new JsonObject { ["id"] = "SELF", ["name"] = "Self", ["kind"] = "region", ["regions"] = new JsonArray("SELF") });

        var errors = Errors(json);

        AssertOnly(errors, ErrorCodes.PlaceInItself, "$.places[");
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Validate_TerminationBeforeTheFirstSignature_IsRefused()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2024")["termination"] = new JsonObject
        {
            ["kind"] = "byAgreement", ["date"] = "2024-05", ["evidence"] = new JsonObject { ["confidence"] = "alleged" },
        };

        AssertOnly(Errors(json), ErrorCodes.TerminationBeforeSignature, "$.treaties[0].termination");
    }

    [Fact]
    public void Validate_TerminationInTheMonthOfTheSignature_IsFineWhenItMayFollowIt()
    {
        var json = Seed();
        Treaty(json, "rus-prk-2024")["termination"] = new JsonObject
        {
            ["kind"] = "byAgreement", ["date"] = "2024-06", ["evidence"] = new JsonObject { ["confidence"] = "alleged" },
        };
        foreach (var party in Treaty(json, "rus-prk-2024")["parties"]!.AsArray())
        {
            party!["signature"]!["date"] = "2024-06-01";
        }

        Assert.DoesNotContain(Errors(json), e => e.Code == ErrorCodes.TerminationBeforeSignature);
    }

    [Theory]
    [InlineData(10000.5, "over")]
    [InlineData(0.25, "exact")]
    public void Validate_FractionalPersonnelCount_IsRefused(double low, string qualifier)
    {
        var json = Seed();
        var troops = json["transfers"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["id"] == "prk-rus-troops");
        troops["item"]!["count"] = new JsonObject { ["qualifier"] = qualifier, ["low"] = (decimal)low };

        AssertOnly(Errors(json), ErrorCodes.FractionalCount, "$.transfers[");
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("5E-29")]
    public void Parse_AmountBelowTheSmallestDecimalStep_IsRefusedNotReadAsZero(string amount)
    {
        var text = Seed().ToJsonString();
        var json = text.Replace("\"low\":10000", $"\"low\":{amount}", StringComparison.Ordinal);
        Assert.NotEqual(text, json);

        var errors = ScenarioJson.Parse(json, "tiny.json").AsT1;

        Assert.Contains(errors, e => e.Code == ErrorCodes.InvalidValue && e.Message.Contains("smallest step", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0e5")]
    [InlineData("0.000")]
    [InlineData("1e-28")]
    public void Parse_ZeroOrTheSmallestStep_IsRead(string amount)
    {
        var json = Seed().ToJsonString().Replace("\"low\":10000", $"\"low\":{amount}", StringComparison.Ordinal);

        Assert.DoesNotContain(ScenarioJson.Parse(json, "tiny.json").Match(_ => [], e => e.ToList()), e => e.Message.Contains("smallest step", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WholePersonnelCountWrittenWithADecimalPoint_IsFine()
    {
        var json = Seed();
        var troops = json["transfers"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["id"] == "prk-rus-troops");
        troops["item"]!["count"] = new JsonObject { ["qualifier"] = "over", ["low"] = 10000.0m };

        Assert.Empty(Errors(json));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200B\u2060 ")]
    [InlineData("\uFEFF")]
    [InlineData("A\u0000B")]
    [InlineData("A\u0007B")]
    [InlineData("A\nB")]
    [InlineData("A\u001BB")]
    [InlineData("A\u0085B")]
    [InlineData("A\uFFFEB")]
    [InlineData("A\uFFFF")]
    public void Validate_HostileName_IsAnInvalidNameWhereverItIs(string name)
    {
        foreach (var (place, set) in new (string, Action<JsonObject>)[]
        {
            ("$.name", json => json["name"] = name),
            ("$.actors[", json => Actor(json, "RUS")["name"] = name),
            ("$.treaties[", json => Treaty(json, "usa-kor-1953")["name"] = name),
            ("$.treaties[", json => Treaty(json, "usa-kor-1953")["clauses"]![0]!["article"] = name),
        })
        {
            var json = Seed();
            set(json);

            var errors = Errors(json);

            Assert.True(errors.Count > 0 && errors.All(e => e.Code == ErrorCodes.InvalidName), $"{place}: {string.Join("; ", errors)}");
            Assert.StartsWith(place, errors[0].Location.Path?.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain('\n', errors[0].Message);
        }
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xDBFF)]
    public void Problem_LoneSurrogate_IsNamed(int surrogate)
    {
        Assert.Contains("lone surrogate", NameText.Problem("A" + (char)surrogate + "B"), StringComparison.Ordinal);
        Assert.Contains("lone surrogate", NameText.Problem(((char)surrogate).ToString()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Côte d'Ivoire")]
    [InlineData("Korea \"South\" <ROK> & co #1 \\ 50%")]
    [InlineData("\u05D9\u05E9\u05E8\u05D0\u05DC \u200F(RTL)")]
    [InlineData("e\u0301 😀")]
    public void Validate_UnusualButVisibleName_IsFine(string name)
    {
        var json = Seed();
        Actor(json, "RUS")["name"] = name;

        Assert.Empty(Errors(json));
    }

    [Theory]
    [InlineData("Côte d'Ivoire")]
    [InlineData("Korea \"South\" <ROK> & co #1 \\ 50%; x]")]
    [InlineData("\u05D9\u05E9\u05E8\u05D0\u05DC \u200F(RTL)")]
    [InlineData("e\u0301 😀 \u00A0nbsp")]
    public void Writers_UnusualButVisibleNames_StayValidInEveryFormat(string name)
    {
        var json = Seed();
        Actor(json, "USA")["name"] = name;
        Treaty(json, "usa-kor-1953")["name"] = name;
        var scenario = ScenarioJson.Parse(json.ToJsonString()).AsT0;
        var network = new Geopolitics.Model.Analysis.Defence.DefenceAnalysis(scenario).Network(new NodaTime.LocalDate(2025, 1, 1));

        var graphMl = System.Xml.Linq.XDocument.Parse(GraphExport.ToGraphMl(network));
        Assert.Contains(graphMl.Descendants(), e => e.Value == name);
        var dot = GraphExport.ToDot(network);
        Assert.Matches("^digraph [^\\n]*\\{\\n(  (\"([^\"\\\\]|\\\\.)*\"|[^\"\\n])*\\n)*\\}\\n?$", dot);
        var mermaid = GraphExport.ToMermaid(network);
        Assert.All(mermaid.Split('\n').Where(line => line.Contains('[', StringComparison.Ordinal) || line.Contains('|', StringComparison.Ordinal)), line => Assert.Equal(0, (line.Count(c => c == '"') % 2)));
        var text = ScenarioJson.Serialize(scenario);
        Assert.Equal(text, ScenarioJson.Serialize(ScenarioJson.Parse(text).AsT0));
        Assert.Contains(ScenarioJson.Parse(text).AsT0.Actors, actor => actor.Name == name);
    }
}
