using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Alignment;

/// <summary>
/// The alignment link of every pair of actors, with its basis, outcome, conflict and reason, compared whole with
/// <c>Analysis/Alignment/expected/links.txt</c>: the seed scenario on the day the 2024 treaty entered into force (every
/// stance admitted) and before the first stances of June 2024 (the defence-tie portfolio decides), and a pact in force
/// from a day of a month not known (whether two actors share a tie is unknown). After an intended change, run the tests
/// with <c>GEOPOLITICS_WRITE_EXPECTED=1</c> to write the file again, and review the difference.
/// </summary>
public class LinkReasonTests
{
    [Fact]
    public void Link_EveryPair_TheExpectedBasisOutcomeAndReason()
    {
        var lines = new List<string>();
        Add(lines, BuiltInScenarios.RussiaDprk2024, new LocalDate(2024, 12, 4), Confidence.Alleged);
        Add(lines, BuiltInScenarios.RussiaDprk2024, new LocalDate(2024, 6, 1), Confidence.Reported);
        Add(lines, AlignmentAnalysisTests.TieInForceFromAMonth(), new LocalDate(2024, 12, 15), Confidence.Reported);

        ExpectedOutput.AssertMatches("Analysis/Alignment/expected/links.txt", string.Join("\n", lines) + "\n");
    }

    private static void Add(List<string> lines, Scenario scenario, LocalDate day, Confidence minimum)
    {
        var analysis = new AlignmentAnalysis(scenario);
        var actors = scenario.Actors.Select(actor => actor.Id).ToList();
        lines.Add($"{scenario.Name}, {day:uuuu-MM-dd}, {minimum}:");
        for (var i = 0; i < actors.Count; i++)
        {
            for (var j = i + 1; j < actors.Count; j++)
            {
                lines.Add(analysis.Link(actors[i], actors[j], day, minimum).Match(
                    link => $"{link.First}–{link.Second}: {link.Basis}, linked {link.Linked}, conflict {link.Conflict}; {link.Reason}",
                    error => $"{actors[i]}–{actors[j]}: {error.Code} {error.Message}"));
            }
        }
    }
}
