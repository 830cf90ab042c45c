using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;
using NodaTime;
using Xunit.Abstractions;

namespace Geopolitics.Model.Tests;

/// <summary>The README's example, run as written, so the documentation cannot drift from the API.</summary>
public class ReadmeExampleTests(ITestOutputHelper output)
{
    [Fact]
    public void ReadmeExample_TreatyStatusOnKeyDays_PrintsRecordedAnswers()
    {
        // --- README example starts ---
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var status = new StatusAnalysis(scenario.Treaties);

        foreach (var day in new[] { new LocalDate(2024, 7, 1), new LocalDate(2024, 11, 10), new LocalDate(2024, 12, 4) })
        {
            var report = status.Evaluate(new TreatyId("rus-prk-2024"), day);
            output.WriteLine($"{day:uuuu-MM-dd}: {string.Join(" or ", report.Statuses)}; in force: {report.IsInForce}");
        }
        // --- README example ends ---

        Assert.Equal(
            [TreatyStatus.Signed, TreatyStatus.Signed, TreatyStatus.InForce],
            new[] { new LocalDate(2024, 7, 1), new LocalDate(2024, 11, 10), new LocalDate(2024, 12, 4) }
                .Select(day => Assert.Single(status.Evaluate(new TreatyId("rus-prk-2024"), day).Statuses)));
    }
}
