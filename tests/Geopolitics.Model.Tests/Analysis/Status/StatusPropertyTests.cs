using System.Collections.Immutable;
using CsCheck;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Status;

/// <summary>
/// Monotonicity of <see cref="StatusAnalysis"/> over random treaties (partial dates, withdrawals, suspensions,
/// terminations, fixed terms, supersession) and two query days: the stages only move forwards, an end once effective
/// stays, and the possible statuses are consistent with the three-valued answers.
/// </summary>
public class StatusPropertyTests
{
    private const int Iterations = 300;

    private static Gen<(LocalDate Early, LocalDate Late)> TwoDays { get; } =
        Gen.Select(ModelGen.ScenarioDays, ModelGen.ScenarioDays, (a, b) => (LocalDate.Min(a, b), LocalDate.Max(a, b)));

    private static Gen<(StatusAnalysis Evaluator, Treaty[] Treaties, LocalDate Early, LocalDate Late, Confidence Minimum)> Cases { get; } =
        Gen.Select(ModelGen.Scenarios, TwoDays, ModelGen.MinimumConfidences, (scenario, days, minimum) =>
            (new StatusAnalysis(scenario.Treaties), scenario.Treaties.ToArray(), days.Early, days.Late, minimum));

    [Fact]
    public void Evaluate_LaterDay_NeverUnsignsATreatyOrAParty() =>
        Cases.Sample(c =>
        {
            foreach (var treaty in c.Treaties)
            {
                var early = c.Evaluator.Evaluate(treaty.Id, c.Early, c.Minimum).AsT0;
                var late = c.Evaluator.Evaluate(treaty.Id, c.Late, c.Minimum).AsT0;
                Assert.True(Rank(early.Is(TreatyStatus.NotSigned)) >= Rank(late.Is(TreatyStatus.NotSigned)), $"{treaty.Id} un-signed between {c.Early} and {c.Late}");
                foreach (var party in early.Parties)
                {
                    var later = late.Party(party.Actor)!;
                    Assert.True(Rank(party.Is(TreatyStatus.NotSigned)) >= Rank(later.Is(TreatyStatus.NotSigned)), $"{party.Actor} un-signed {treaty.Id}");
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_LaterDay_KeepsAnEffectiveWithdrawalOrEnd() =>
        Cases.Sample(c =>
        {
            foreach (var treaty in c.Treaties)
            {
                var early = c.Evaluator.Evaluate(treaty.Id, c.Early, c.Minimum).AsT0;
                var late = c.Evaluator.Evaluate(treaty.Id, c.Late, c.Minimum).AsT0;
                foreach (var end in new[] { TreatyStatus.Terminated, TreatyStatus.Expired })
                {
                    if (early.Is(end).IsTrue)
                    {
                        Assert.True(late.Is(end).IsTrue, $"{treaty.Id} was {end} on {c.Early} but not on {c.Late}");
                    }
                }

                foreach (var party in early.Parties)
                {
                    var later = late.Party(party.Actor)!;
                    foreach (var end in new[] { TreatyStatus.Withdrawn, TreatyStatus.Terminated, TreatyStatus.Expired })
                    {
                        if (party.Is(end).IsTrue)
                        {
                            Assert.True(later.Is(end).IsTrue, $"{party.Actor} was {end} from {treaty.Id} on {c.Early} but not on {c.Late}");
                        }
                    }
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_LaterDay_MovesTheStageOnlyForwards() =>
        Cases.Sample(c =>
        {
            foreach (var treaty in c.Treaties)
            {
                var early = c.Evaluator.Evaluate(treaty.Id, c.Early, c.Minimum).AsT0;
                var late = c.Evaluator.Evaluate(treaty.Id, c.Late, c.Minimum).AsT0;
                Assert.True(early.Statuses.Min(Stage) <= late.Statuses.Min(Stage), $"{treaty.Id}: {early} then {late}");
                Assert.True(early.Statuses.Max(Stage) <= late.Statuses.Max(Stage), $"{treaty.Id}: {early} then {late}");
                foreach (var party in early.Parties)
                {
                    var later = late.Party(party.Actor)!;
                    Assert.True(party.Statuses.Min(Stage) <= later.Statuses.Min(Stage), $"{treaty.Id}: {party} then {later}");
                    Assert.True(party.Statuses.Max(Stage) <= later.Statuses.Max(Stage), $"{treaty.Id}: {party} then {later}");
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_AnyDay_PossibleStatusesAgreeWithTheThreeValuedAnswers() =>
        Cases.Sample(c =>
        {
            foreach (var treaty in c.Treaties)
            {
                var report = c.Evaluator.EvaluateTreaty(treaty, c.Early, c.Minimum);
                Assert.Equal(treaty.Parties.Select(p => p.Actor), report.Parties.Select(p => p.Actor));
                Check(report.Statuses, report.Is, report.IsCertain, report.IsInForce);
                foreach (var party in report.Parties)
                {
                    Check(party.Statuses, party.Is, party.IsCertain, party.IsInForce);
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_ByIdAndByTreaty_GiveTheSameAnswer() =>
        Cases.Sample(c =>
        {
            foreach (var treaty in c.Treaties)
            {
                var byId = c.Evaluator.Evaluate(treaty.Id, c.Late, c.Minimum).AsT0;
                var byTreaty = c.Evaluator.EvaluateTreaty(treaty, c.Late, c.Minimum);
                Assert.Equal<TreatyStatus>(byTreaty.Statuses, byId.Statuses);
                Assert.Equal<string>(byTreaty.Explanation, byId.Explanation);
            }
        }, iter: 50);

    private static void Check(ImmutableArray<TreatyStatus> statuses, Func<TreatyStatus, Truth> isStatus, bool certain, Truth inForce)
    {
        Assert.NotEmpty(statuses);
        Assert.Equal(statuses.Length == 1, certain);
        Assert.Equal(isStatus(TreatyStatus.InForce), inForce);
        foreach (var status in Enum.GetValues<TreatyStatus>())
        {
            var answer = isStatus(status);
            Assert.Equal(statuses.Contains(status), answer.IsPossible);
            Assert.Equal(statuses.Length == 1 && statuses[0] == status, answer.IsTrue);
        }
    }

    // Not signed, signed, consent given, in force (or suspended), ended: the order a treaty goes through.
    private static int Stage(TreatyStatus status) => status switch
    {
        TreatyStatus.NotSigned => 0,
        TreatyStatus.Signed => 1,
        TreatyStatus.ConsentGiven => 2,
        TreatyStatus.InForce or TreatyStatus.Suspended => 3,
        _ => 4,
    };

    private static int Rank(Truth truth) => truth.IsFalse ? 0 : truth.IsUnknown ? 1 : 2;
}
