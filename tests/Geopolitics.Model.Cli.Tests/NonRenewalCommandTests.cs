namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// A renewing term ended by notice of non-renewal, through the tool: the 1961 China–DPRK treaty (in force 1961-09-10,
/// renewing every 20 years) with a notice given on 2030-03-01, which no party has given.
/// </summary>
public sealed class NonRenewalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-nonrenewal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File()
    {
        var path = Path.Combine(_folder, "chn-prk.json");
        System.IO.File.WriteAllText(path, """
            {
              "formatVersion": 1,
              "name": "China-DPRK with a notice of non-renewal",
              "treaties": [
                {
                  "id": "chn-prk-1961",
                  "name": "Treaty of Friendship, Cooperation and Mutual Assistance",
                  "parties": [
                    { "actor": "CHN", "signature": { "date": "1961-07-11", "evidence": { "confidence": "reported" } } },
                    { "actor": "PRK", "signature": { "date": "1961-07-11", "evidence": { "confidence": "reported" } } }
                  ],
                  "entryIntoForce": { "kind": "recorded", "date": "1961-09-10" },
                  "evidence": { "confidence": "reported" },
                  "duration": { "kind": "fixedTerm", "term": "P20Y", "renewsAutomatically": true },
                  "termination": { "kind": "byNonRenewal", "date": "2030-03-01", "evidence": { "confidence": "reported" } }
                }
              ]
            }
            """);
        return path;
    }

    [Theory]
    [InlineData("2030-02-28", "inForce", null)]
    [InlineData("2030-03-01", "inForce", "2041-09-10")]
    [InlineData("2041-09-09", "inForce", "2041-09-10")]
    [InlineData("2041-09-10", "expired", null)]
    public void Status_AroundTheNoticeAndTheEndOfTheTerm_InForceWithPendingExpiryThenExpired(string day, string status, string? pending)
    {
        var run = CliRun.Of("status", "--scenario", File(), "--treaty", "chn-prk-1961", "--on", day, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([status], run.Json().GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(pending, run.Json().GetProperty("pendingExpiry").GetString());
        Assert.Equal("2041-09-10", run.Json().GetProperty("expiry").GetString());
    }

    [Fact]
    public void Status_Text_SaysWhenThePendingExpiryFalls()
    {
        var run = CliRun.Of("status", "--scenario", File(), "--treaty", "chn-prk-1961", "--on", "2035-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pending expiry: a party gave notice of non-renewal on 2030-03-01; chn-prk-1961 stays in force until the end of its running term and expires on 2041-09-10.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_KeyDays_ShowTheNoticeAndTheExpiry()
    {
        var run = CliRun.Of("report", "--scenario", File(), "--on", "2050-01-01");

        Assert.Contains("chn-prk-1961  2030-03-01  notice of non-renewal", run.Out, StringComparison.Ordinal);
        Assert.Matches("chn-prk-1961  2041-09-10  expiry +Expired", run.Out);
    }

    [Fact]
    public void Validate_NonRenewalOfAnIndefiniteTreaty_IsGM0450()
    {
        var path = Path.Combine(_folder, "indefinite.json");
        System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(File()).Replace("\"duration\": { \"kind\": \"fixedTerm\", \"term\": \"P20Y\", \"renewsAutomatically\": true },", string.Empty, StringComparison.Ordinal));

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.treaties[0].termination.kind: GM0450", run.Error, StringComparison.Ordinal);
    }
}
