using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.BuiltIn;
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
        var status = new StatusAnalysis(BuiltInScenarios.RussiaDprk2024);

        foreach (var day in new[] { new LocalDate(2024, 7, 1), new LocalDate(2024, 11, 10), new LocalDate(2024, 12, 4) })
        {
            status.Evaluate(new TreatyId("rus-prk-2024"), day).Switch(
                report => output.WriteLine($"{day:uuuu-MM-dd}: {string.Join(" or ", report.Statuses)}; in force: {report.IsInForce}"),
                error => output.WriteLine(error.ToString()));  // an unknown treaty id is an error (GM1154), not an exception
        }
        // --- README example ends ---

        Assert.Equal(
            [TreatyStatus.Signed, TreatyStatus.Signed, TreatyStatus.InForce],
            new[] { new LocalDate(2024, 7, 1), new LocalDate(2024, 11, 10), new LocalDate(2024, 12, 4) }
                .Select(day => Assert.Single(status.Evaluate(new TreatyId("rus-prk-2024"), day).AsT0.Statuses)));
    }
}
