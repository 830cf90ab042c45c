namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// The report's treaty table: each treaty's own key days over its whole life (signature, entry into force,
/// accessions, suspensions, withdrawals, the end), not only recent ones, each with the status on that day.
/// </summary>
public sealed class ReportKeyDaysTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PactFile()
    {
        var path = Path.Combine(_folder, "pact.json");
        File.WriteAllText(path, """
            {
              "formatVersion": 1,
              "name": "A pact's life",
              "treaties": [
                {
                  "id": "pact",
                  "name": "Pact",
                  "parties": [
                    { "actor": "USA", "signature": { "date": "1954-09-08", "evidence": { "confidence": "reported" } } },
                    { "actor": "GBR", "signature": { "date": "1954-09-08", "evidence": { "confidence": "reported" } } },
                    { "actor": "PAK", "signature": { "date": "1954-09-08", "evidence": { "confidence": "reported" } },
                      "withdrawal": { "notified": "1972-11-07", "effective": "1973-11-07", "evidence": { "confidence": "reported" } } },
                    { "actor": "NZL", "consent": { "kind": "accession", "date": "1956-03-01", "evidence": { "confidence": "reported" } },
                      "suspensions": [ { "period": { "start": "1960-01-01", "end": "1960-12-31" }, "evidence": { "confidence": "reported" } } ] }
                  ],
                  "entryIntoForce": { "kind": "recorded", "date": "1955-02-19" },
                  "evidence": { "confidence": "reported" },
                  "termination": { "kind": "byAgreement", "date": "1977-06-30", "evidence": { "confidence": "reported" } }
                }
              ]
            }
            """);
        return path;
    }

    [Fact]
    public void Report_Text_ListsEveryKeyDayOfTheTreatysLifeWithItsStatus()
    {
        var run = CliRun.Of("report", "--scenario", PactFile(), "--on", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.ReplaceLineEndings("\n").Split('\n').Where(line => line.StartsWith("pact ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, row => row.Contains("1954-09-08  signature: USA, GBR, PAK", StringComparison.Ordinal) && row.EndsWith("Signed", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1955-02-19  entry into force", StringComparison.Ordinal) && row.EndsWith("InForce", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1956-03-01  accession: NZL", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1960-01-01  suspension: NZL", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1972-11-07  notice of withdrawal: PAK", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1973-11-07  withdrawal: PAK", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("1977-06-30  termination", StringComparison.Ordinal) && row.EndsWith("Terminated", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("2025-01-01  today", StringComparison.Ordinal) && row.EndsWith("Terminated", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Json_GivesEachTreatyItsKeyDaysWithEventsAndStatuses()
    {
        var json = CliRun.Of("report", "--scenario", PactFile(), "--on", "2025-01-01", "--format", "json").Json();

        var pact = json.GetProperty("treaties").EnumerateArray().Single();
        Assert.Equal(["terminated"], pact.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        var days = pact.GetProperty("status").EnumerateArray().ToList();
        Assert.Equal("1954-09-08", days[0].GetProperty("on").GetString());
        var entry = days.Single(d => d.GetProperty("on").GetString() == "1955-02-19");
        Assert.Equal(["entry into force"], entry.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["inForce"], entry.GetProperty("statuses").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Report_BuiltIn_ShowsKeyDaysDecadesBeforeToday()
    {
        var run = CliRun.Of("report", "--on", "2025-01-01");

        Assert.Contains("usa-kor-1953  1954-11-17  entry into force", run.Out, StringComparison.Ordinal);
        Assert.Contains("rus-prk-2000  2024-12-04  superseded by rus-prk-2024", run.Out, StringComparison.Ordinal);
    }
}
