using System.Text.Json;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Fuzzing;
using Geopolitics.Model.Time;
using static Geopolitics.Model.Tests.Serialization.ScenarioJsonDocuments;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// What the file's readers say about a value they refuse, message by message: an id against its type's rule (upper
/// case only for actors and places), an unknown member with the members the object has, a value a constructor refuses,
/// numbers beyond what a member holds, and a day known only to its month.
/// </summary>
public class ScenarioJsonValueMessagesTests
{
    private const string IdRule = "ASCII letters, digits or '_', '-', '.', ':', starting with a letter or digit.";

    [Theory]
    [InlineData(false, "\"id\": \"RUS\"", "\"id\": \"R US\"", "$.actors[0].id", "actor", true)]
    [InlineData(false, "\"id\": \"PYONGYANG\"", "\"id\": \"PYONG YANG\"", "$.places[0].id", "place", true)]
    [InlineData(false, "\"id\": \"prk-rus-shells\"", "\"id\": \"prk rus shells\"", "$.transfers[0].id", "transfer", false)]
    [InlineData(false, "\"id\": \"munitions-for-cash\"", "\"id\": \"munitions for cash\"", "$.exchanges[0].id", "exchange", false)]
    [InlineData(false, "\"id\": \"usa-condemns\"", "\"id\": \"usa condemns\"", "$.stances[0].id", "stance", false)]
    [InlineData(false, "\"id\": \"unsc-1718\"", "\"id\": \"unsc 1718\"", "$.sanctionsRegimes[0].id", "sanctions regime", false)]
    [InlineData(true, "\"id\": \"rus-prk-2024\"", "\"id\": \"rus prk 2024\"", "$.treaties[0].id", "treaty", false)]
    [InlineData(true, "\"id\": \"art4\"", "\"id\": \"art 4\"", "$.treaties[0].clauses[0].id", "clause", false)]
    public void Parse_InvalidIdOfEachType_NamesTheTypeAndItsRule(bool treatyDoc, string old, string replacement, string path, string what, bool upperCase)
    {
        var error = Single(Mutate(treatyDoc ? TreatyDoc : FactsDoc, old, replacement));

        Assert.Equal((ErrorCodes.InvalidIdentifier, path), (error.Code, error.Location.Path?.ToString()));
        var id = replacement[7..^1];
        Assert.Equal($"'{path}' is '{id}', which is not a valid {what} id: it must be 1 to 64 {(upperCase ? "upper-case " : string.Empty)}{IdRule}", error.Message);
    }

    [Fact]
    public void Parse_UnknownMember_ListsTheObjectsMembersInOrder()
    {
        var error = Single(Mutate(FactsDoc, "{ \"id\": \"USA\", \"kind\": \"state\", \"name\": \"United States\" }", "{ \"id\": \"USA\", \"kind\": \"state\", \"name\": \"United States\", \"colour\": \"blue\" }"));

        Assert.Equal((ErrorCodes.UnknownProperty, "$.actors[2].colour"), (error.Code, error.Location.Path?.ToString()));
        Assert.Equal("'$.actors[2].colour' is not a member of this object, so its value would be lost; the members are 'id', 'kind', 'members', 'name', 'speaksFor'.", error.Message);
    }

    [Fact]
    public void Parse_ValueTheModelRefuses_IsRefusedAtItsMemberInOneSentence()
    {
        var json = File.ReadAllText(Path.Combine(ScenarioJsonFuzzTests.CorpusFolder, "everything.json"))
            .Replace("\"description\": \"State Duma approved ratification\"", "\"description\": \"   \"", StringComparison.Ordinal);

        var error = Single(json);

        const string path = "$.treaties[1].parties[0].domesticSteps[0].description";
        Assert.Equal((ErrorCodes.InvalidValue, path), (error.Code, error.Location.Path?.ToString()));
        Assert.Equal($"'{path}' is refused: The text must not be empty or whitespace.", error.Message);
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    public void Parse_GoldsteinScoreBeyondADouble_IsNotAFiniteNumber(string score)
    {
        var json = File.ReadAllText(Path.Combine(ScenarioJsonFuzzTests.CorpusFolder, "everything.json"))
            .Replace("\"goldsteinScore\": -4.4", $"\"goldsteinScore\": {score}", StringComparison.Ordinal);

        var error = Single(json);

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal($"'$.stances[0].goldsteinScore' is {score}, which is not a finite number.", error.Message);
    }

    [Theory]
    [InlineData("9e-30")]
    [InlineData("0.000000000000000000000000000009")]
    public void Parse_AmountBelowTheSmallestStepWithANine_IsRefused(string amount)
    {
        var error = Single(Mutate(FactsDoc, "\"low\": 1000", $"\"low\": {amount}"));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Contains("smallest step", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06", "month")]
    [InlineData("2024", "year")]
    public void Deserialize_DayRangeWithADayNotKnownToTheDay_SaysWhatItIsKnownTo(string earliest, string precision)
    {
        var json = $$"""{ "earliest": "{{earliest}}", "latest": "2024-06-30" }""";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DayRange>(json, ModelJson.CreateOptions()));

        Assert.Equal($"The JSON is not a DayRange. {ErrorCodes.InvalidPartialDate}: '$.earliest' is '{earliest}', a date known only to the {precision}; expected a day such as '2024-06-19'.", exception.Message);
    }

    [Fact]
    public void Deserialize_DayRangeWithAnImpossibleDay_HasOneProblem()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DayRange>("""{ "earliest": "2024-02-30", "latest": "2024-06-30" }""", ModelJson.CreateOptions()));

        Assert.Equal(
            $"The JSON is not a DayRange. {ErrorCodes.InvalidPartialDate}: '$.earliest' is '2024-02-30', which is not a date: expected an ISO 8601 year, year-month or date such as '2024', '2024-06' or '2024-06-19', with a real month and day.",
            exception.Message);
    }
}
