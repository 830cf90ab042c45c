using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Facts;

/// <summary>
/// Which of an actor's stances on a target may be in effect on a day: the latest admitted one dated on or before it,
/// every stance partial dates leave possibly latest as a candidate (latest first), and "no stance yet" while none is
/// certainly dated by the day.
/// </summary>
public class StanceHistoryTests
{
    private static readonly StanceTarget OnPrk = new ActorTarget(Prk);

    private static Stance Stance(string id, StancePosition position, PartialDate date, Confidence confidence = Confidence.Reported) =>
        new(new StanceId(id), Jpn, OnPrk, position, date, Evidence.Of(confidence, Article));

    private static StanceHistory History(params Stance[] stances)
    {
        var builder = new ScenarioBuilder("stances").AddStates("JPN", "PRK");
        foreach (var stance in stances)
        {
            builder.AddStance(stance);
        }

        return new StanceHistory(builder.Build().AsT0);
    }

    private static StanceOutcome Outcome(StanceHistory history, LocalDate day, Confidence minimum = Confidence.Reported) =>
        history.Outcome(Jpn, OnPrk, day, minimum);

    [Fact]
    public void Outcome_SeveralPossiblyLatest_AreCandidatesLatestFirst()
    {
        // Given in the scenario earliest first; both ends, then the start, then the id order them.
        var history = History(
            Stance("c-day", StancePosition.Condemns, new PartialDate(2024, 6, 30)),
            Stance("b-month", StancePosition.Condemns, new PartialDate(2024, 6)),
            Stance("a-month", StancePosition.Condemns, new PartialDate(2024, 6)),
            Stance("d-year", StancePosition.Condemns, new PartialDate(2024)));

        var outcome = Outcome(history, new LocalDate(2024, 12, 31));

        Assert.Equal(["d-year", "c-day", "a-month", "b-month"], outcome.Candidates.Select(s => s.Id.Value));
        Assert.False(outcome.MaybeNone);
        Assert.True(outcome.IsDecided);
        Assert.Equal("d-year", outcome.InEffect!.Id.Value);
    }

    [Fact]
    public void Outcome_OneStanceThatMayComeAfterTheDay_LeavesNoStancePossible_AndUndecided()
    {
        var outcome = Outcome(History(Stance("year", StancePosition.Condemns, new PartialDate(2024))), new LocalDate(2024, 6, 15));

        Assert.Equal(["year"], outcome.Candidates.Select(s => s.Id.Value));
        Assert.True(outcome.MaybeNone);
        Assert.False(outcome.IsDecided);
        Assert.Null(outcome.InEffect);
        Assert.Equal(Truth.Unknown, outcome.Satisfies(s => s.Position == StancePosition.Condemns));
    }

    [Fact]
    public void Outcome_StancesBelowTheMinimum_AreIgnoredIfDatedByTheDay_AndFutureOnesNotMentioned()
    {
        var history = History(
            Stance("alleged-1", StancePosition.Supports, new PartialDate(2024, 3, 1), Confidence.Alleged),
            Stance("alleged-2", StancePosition.Supports, new PartialDate(2024, 4, 1), Confidence.Alleged),
            Stance("alleged-later", StancePosition.Supports, new PartialDate(2025, 1, 1), Confidence.Alleged),
            Stance("reported", StancePosition.Concerned, new PartialDate(2024, 2, 1)));

        var outcome = Outcome(history, new LocalDate(2024, 6, 1));

        Assert.Equal(["alleged-1", "alleged-2"], outcome.Ignored.Select(s => s.Id.Value));
        Assert.Equal(["reported"], outcome.Candidates.Select(s => s.Id.Value));
        Assert.Equal(Truth.True, outcome.Satisfies(s => s.Position == StancePosition.Concerned));
    }

    [Fact]
    public void Outcome_NoStanceOnTheTarget_IsCertainlyNone()
    {
        var outcome = History().Outcome(Jpn, new ActorTarget(Rus), new LocalDate(2024, 1, 1), Confidence.Reported);

        Assert.True(outcome.IsNone);
        Assert.True(outcome.IsDecided);
        Assert.Empty(outcome.Candidates);
        Assert.Equal(Truth.False, outcome.Satisfies(_ => true));
    }

    [Fact]
    public void Outcome_AStanceCertainlyAfterAnother_SetsTheEarlierAside()
    {
        var history = History(
            Stance("early", StancePosition.Supports, new PartialDate(2024, 1)),
            Stance("late", StancePosition.Condemns, new PartialDate(2024, 5, 2)));

        var outcome = Outcome(history, new LocalDate(2024, 6, 1));

        Assert.Equal(["late"], outcome.Candidates.Select(s => s.Id.Value));
        Assert.Equal(StancePosition.Condemns, outcome.InEffect!.Position);
    }
}
