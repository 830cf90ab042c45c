using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Tests.Generators;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Partnership.PartnershipExamples;

namespace Geopolitics.Model.Tests.Analysis.Partnership;

/// <summary>
/// A stage timeline is computed from the days on which some fact's date may change a condition; it must agree with the
/// profile of every day. Checked on random scenarios (treaties with suspensions towards one partner, withdrawals,
/// successors, transfers and stances with partial dates) on every day of each span's edges and on days drawn across
/// the whole range, so that a change day the timeline does not consider shows as a day whose profile differs.
/// </summary>
public class PartnershipTimelineDifferentialTests
{
    private static readonly LocalDate From = new(1950, 1, 1);
    private static readonly LocalDate To = new(2040, 12, 31);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Timeline_RandomScenario_AgreesWithTheProfileOfEachDayChecked(int seed)
    {
        var scenario = new RandomScenario(seed).Scenario();
        var random = new Random(seed);
        var analysis = new PartnershipAnalysis(scenario);
        var states = scenario.Actors.Where(a => a.Kind == ActorKind.State).Select(a => a.Id).ToArray();
        // The pair the generator's exchange links, and every pair that shares a treaty (where suspensions, withdrawals and
        // successors change the stage).
        var pairs = states.SelectMany((first, i) => states.Skip(i + 1).Select(second => (first, second)))
            .Where(pair => pair == (states[0], states[1]) || scenario.Treaties.Any(t => t.IsParty(pair.first) && t.IsParty(pair.second)))
            .ToList();

        foreach (var (first, second) in pairs)
        {
            foreach (var minimum in new[] { Confidence.Potential, Confidence.Reported })
            {
                var timeline = Ok(analysis.Timeline(first, second, From, To, minimum));
                var days = timeline.Spans.SelectMany(s => new[] { s.From, s.To, s.To.PlusDays(1) })
                    .Concat(Enumerable.Range(0, 400).Select(_ => From.PlusDays(random.Next(Period.Between(From, To, PeriodUnits.Days).Days + 1))))
                    .Where(day => day <= To);

                foreach (var day in days)
                {
                    var profile = Ok(analysis.Profile(first, second, day, minimum));
                    var span = timeline.SpanOn(day)!;
                    Assert.True(
                        (profile.CertainStage, profile.PossibleStage) == (span.CertainStage, span.PossibleStage),
                        $"Seed {seed}, {first}–{second}, minimum {minimum}, on {day}: profile {profile.CertainStage}/{profile.PossibleStage}, span {span}.");
                }
            }
        }
    }
}
