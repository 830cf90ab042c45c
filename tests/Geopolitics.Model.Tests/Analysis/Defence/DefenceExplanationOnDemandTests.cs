using System.Globalization;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Defence;

/// <summary>
/// <see cref="DefenceAnalysis.Defenders"/> decides who must defend from the treaties' status calendars, and writes the
/// reasons, facts and explanation only when they are read: an answer read long after it was made, after queries on
/// other days, from several threads at once, must say exactly what it says when read at once; and its in-force
/// conditions must agree with the treaties' full status reports.
/// </summary>
public class DefenceExplanationOnDemandTests
{
    public static TheoryData<int> RandomSeeds => [3, 17, 42, 1_000_003];

    [Fact]
    public void Defenders_BuiltInScenario_ExplainedLaterOnManyThreads_SameAsExplainedAtOnce() =>
        AssertSameExplained(BuiltInScenarios.RussiaDprk2024, [new(2023, 6, 1), new(2024, 6, 19), new(2024, 11, 30), new(2024, 12, 4), new(2025, 1, 1)]);

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Defenders_RandomScenario_ExplainedLaterOnManyThreads_SameAsExplainedAtOnce(int seed)
    {
        var random = new Random(seed);
        var days = Enumerable.Range(0, 6).Select(_ => new LocalDate(1940, 1, 1).PlusDays(random.Next(40_000))).ToArray();
        AssertSameExplained(new RandomScenario(seed).Scenario(), days);
    }

    private static void AssertSameExplained(Scenario scenario, LocalDate[] days)
    {
        var queries = (
            from day in days
            from minimum in new[] { Confidence.Confirmed, Confidence.Reported, Confidence.Potential }
            from actor in scenario.Actors
            select (Victim: actor.Id, Day: day, Minimum: minimum)).ToList();

        // At once: each answer read as soon as it is made.
        var atOnce = new DefenceAnalysis(scenario);
        var expected = queries.Select(q =>
        {
            var answer = atOnce.Defenders(q.Victim, q.Day, minimum: q.Minimum).AsT0;
            return (Answer: answer, Text: answer.ToString(), answer.Facts, answer.IgnoredFacts);
        }).ToList();

        // Later: every query made first, on another analysis, then each answer read in reverse order by four threads at once.
        var later = new DefenceAnalysis(scenario);
        var answers = queries.Select(q => later.Defenders(q.Victim, q.Day, minimum: q.Minimum).AsT0).ToList();
        var texts = new string[answers.Count * 4];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => texts[i] = answers[answers.Count - 1 - (i % answers.Count)].ToString());

        var status = new StatusAnalysis(scenario);
        var obligations = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var k = answers.Count - 1 - (i % answers.Count);
            Assert.Equal(expected[k].Text, texts[i]);
        }

        for (var k = 0; k < answers.Count; k++)
        {
            var answer = answers[k];
            Assert.Equal(expected[k].Answer, answer);
            Assert.Equal(expected[k].Facts.ToArray(), answer.Facts.ToArray());
            Assert.Equal(expected[k].IgnoredFacts.ToArray(), answer.IgnoredFacts.ToArray());
            foreach (var obligation in answer.Obligations.Concat(answer.RuledOut))
            {
                // The treaty's full report on the day says whether both are bound, as the condition does.
                var report = status.Evaluate(obligation.Treaty, answer.Day, answer.Minimum).AsT0;
                var bound = report.Party(obligation.Guarantor)!.IsInForce & report.Party(obligation.Beneficiary)!.IsInForce;
                var inForce = obligation.Condition(DefenceConditionKind.InForce)!;
                Assert.Equal(bound, inForce.Holds);
                Assert.StartsWith($"{obligation.Treaty} binds both {obligation.Guarantor} and {obligation.Beneficiary} on {answer.Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {bound} (", inForce.Reason, StringComparison.Ordinal);
                Assert.All(report.Facts.Select(f => f.Path), path => Assert.Contains(answer.Facts, f => f.Path.EndsWith(path, StringComparison.Ordinal)));
                obligations++;
            }
        }

        Assert.True(obligations > 0, "The scenario should give some obligation to check.");
    }
}
