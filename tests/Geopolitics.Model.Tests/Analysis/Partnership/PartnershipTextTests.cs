using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Partnership;

/// <summary>
/// The partnership profile of every pair of the seed's actors — stage, every indicator with its text and facts, the
/// explanation — and the stage timeline of each pair through 2023–2024, compared whole with
/// <c>Analysis/Partnership/expected/profiles.txt</c> (see <see cref="ExpectedOutput"/>).
/// </summary>
public class PartnershipTextTests
{
    [Fact]
    public void Profile_EveryPairOfTheSeed_TheExpectedIndicatorsAndExplanation()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;
        var lines = new List<string>();
        Add(lines, scenario, new LocalDate(2024, 12, 4), Confidence.Alleged);
        Add(lines, scenario, new LocalDate(2024, 10, 15), Confidence.Reported);

        ExpectedOutput.AssertMatches("Analysis/Partnership/expected/profiles.txt", string.Join("\n", lines) + "\n");
    }

    private static void Add(List<string> lines, Scenario scenario, LocalDate day, Confidence minimum)
    {
        var analysis = new PartnershipAnalysis(scenario);
        var states = scenario.Actors.Where(actor => actor.Kind == Model.Actors.ActorKind.State).Select(actor => actor.Id).ToList();
        lines.Add($"{day:uuuu-MM-dd}, {minimum}:");
        for (var i = 0; i < states.Count; i++)
        {
            for (var j = i + 1; j < states.Count; j++)
            {
                var profile = analysis.Profile(states[i], states[j], day, minimum).AsT0;
                lines.Add($"{profile.First}–{profile.Second}: {profile.CertainStage}..{profile.PossibleStage}");
                lines.AddRange(profile.Indicators.Select(indicator => $"  indicator {indicator.Stage} {indicator.Holds}: {indicator} [{string.Join(", ", indicator.Facts.Select(fact => fact.Path))}]"));
                lines.AddRange(profile.Explanation.Select(line => "  " + line));
                lines.AddRange(profile.IgnoredFacts.Select(fact => $"  ignored {fact.Path}"));
                var timeline = analysis.Timeline(states[i], states[j], new LocalDate(2023, 1, 1), day, minimum).AsT0;
                lines.AddRange(timeline.Changes.Select(change => $"  change {change.When}: {change.Before} -> {change.After} [{string.Join(", ", change.Facts.Select(fact => fact.Path))}]"));
                lines.AddRange(timeline.Spans.Select(span => $"  span {span}"));
            }
        }
    }
}
