using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Tests.Serialization;

public class JsonPathTests
{
    [Theory]
    [InlineData("$", "name", "$.name")]
    [InlineData("$.treaties[0]", "parties", "$.treaties[0].parties")]
    [InlineData("$", "$schema", "$.$schema")]
    [InlineData("$", "a b", "$['a b']")]
    [InlineData("$", "it's", "$['it\\'s']")]
    [InlineData("$", "back\\slash", "$['back\\\\slash']")]
    [InlineData("$", "", "$['']")]
    public void Property_Name_IsDottedOrBracketed(string parent, string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property(parent, name));

    [Theory]
    [InlineData("$.treaties[0].parties[1].consent", "$.treaties[0].parties[1]")]
    [InlineData("$.treaties[0].parties[1]", "$.treaties[0].parties")]
    [InlineData("$.treaties", "$")]
    [InlineData("$[3]", "$")]
    [InlineData("$.a['x.y[2]']", "$.a")]
    [InlineData("$['it\\'s']", "$")]
    [InlineData("$", null)]
    public void Parent_Path_IsTheContainingValue(string path, string? expected) =>
        Assert.Equal(expected, JsonPath.Parent(path));

    [Theory]
    [InlineData("Treaties[0].Parties[1].Consent.Date", "$.treaties[0].parties[1].consent.date")]
    [InlineData("SanctionsRegimes[2].Period.End", "$.sanctionsRegimes[2].period.end")]
    [InlineData("Name", "$.name")]
    [InlineData("", "$")]
    [InlineData(null, "$")]
    public void FromModelPath_CSharpPath_IsTheCamelCaseJsonPath(string? modelPath, string expected) =>
        Assert.Equal(expected, JsonPath.FromModelPath(modelPath));

    [Fact]
    public void RewriteMessage_PathsRelativeToTheValidatedObject_BecomeFullJsonPaths()
    {
        var message = "'EntryIntoForce.Exchanged' (2024-11-01) is before the consent of PRK ('Parties[1].Consent.Date', 2024-11-11).";

        var rewritten = JsonPath.RewriteMessage(message, "Treaties[3].EntryIntoForce.Exchanged", path => JsonPath.FromModelPath(path));

        Assert.Equal("'$.treaties[3].entryIntoForce.exchanged' (2024-11-01) is before the consent of PRK ('$.treaties[3].parties[1].consent.date', 2024-11-11).", rewritten);
    }

    [Fact]
    public void RewriteMessage_QuotedIdsAndText_AreLeftAlone()
    {
        var message = "'Actors[0].SpeaksFor' (KOR) is not an actor; the agency 'USA' and 'Pyongyang' are not paths.";

        var rewritten = JsonPath.RewriteMessage(message, "Actors[0].SpeaksFor", path => JsonPath.FromModelPath(path));

        Assert.Equal("'$.actors[0].speaksFor' (KOR) is not an actor; the agency 'USA' and 'Pyongyang' are not paths.", rewritten);
    }

    [Fact]
    public void RewriteMessage_NoQuotedPath_LeavesTheMessage()
    {
        const string message = "Something is wrong with 'x'.";

        Assert.Equal(message, JsonPath.RewriteMessage(message, "Treaties[0]", path => JsonPath.FromModelPath(path)));
    }
}
