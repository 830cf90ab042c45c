using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using NodaTime;
using static Geopolitics.Model.Tests.Time.PartialDateTests;

namespace Geopolitics.Model.Tests.Time;

/// <summary>Every public method answers for every <see cref="LocalDate"/>, up to the ends of NodaTime's calendar (issue 15, item 3).</summary>
public class CalendarEdgeTests
{
    private static readonly LocalDate Min = LocalDate.MinIsoValue;
    private static readonly LocalDate Max = LocalDate.MaxIsoValue;

    public static TheoryData<string> EdgeDays() =>
    [
        "min", "min+1", "min+1y", "0001-01-01", "9999-12-31", "max-1", "max",
    ];

    private static LocalDate Edge(string name) => name switch
    {
        "min" => Min,
        "min+1" => Min.PlusDays(1),
        "min+1y" => Min.PlusYears(1),
        "max-1" => Max.PlusDays(-1),
        "max" => Max,
        _ => Day(name),
    };

    [Theory]
    [InlineData("2024-06-19")]
    [InlineData("2024-06")]
    [InlineData("2024")]
    public void HasOccurredBefore_FirstDayOfTheCalendar_IsFalse(string date) =>
        Assert.Equal(Truth.False, P(date).Range.HasOccurredBefore(Min));

    [Fact]
    public void HasOccurredBefore_RangeStartingOnTheFirstDay_IsFalseOnThatDayAndTrueAfter()
    {
        var range = DayRange.Exactly(Min);

        Assert.Equal(Truth.False, range.HasOccurredBefore(Min));
        Assert.Equal(Truth.True, range.HasOccurredBefore(Min.PlusDays(1)));
        Assert.Equal(Truth.True, range.HasOccurredBy(Min));
    }

    [Fact]
    public void Contains_ClosedPeriodOnTheEdges_IsFalse()
    {
        var period = new DatePeriod(P("2024-06"), P("2024-12"));

        Assert.Equal(Truth.False, period.Contains(Min));
        Assert.Equal(Truth.False, period.Contains(Max));
    }

    [Fact]
    public void Contains_OpenPeriodOnTheEdges_IsFalseBeforeAndTrueAfter()
    {
        var period = new DatePeriod(P("2024-06"));

        Assert.Equal(Truth.False, period.Contains(Min));
        Assert.Equal(Truth.True, period.Contains(Max));
    }

    [Fact]
    public void Overlaps_WholeCalendar_IsTrueForAnyPeriod()
    {
        Assert.Equal(Truth.True, new DatePeriod(P("2024-06"), P("2024-12")).Overlaps(Min, Max));
        Assert.Equal(Truth.True, new DatePeriod(P("0001")).Overlaps(Min, Max));
        Assert.Equal(Truth.True, new DatePeriod(P("9999-12-31"), P("9999-12-31")).Overlaps(Min, Max));
    }

    [Fact]
    public void Overlaps_WindowOnTheFirstDayOnly_IsFalse() =>
        Assert.Equal(Truth.False, new DatePeriod(P("0001-01-01"), P("0001-01-01")).Overlaps(Min, Min));

    [Fact]
    public void PlusDays_BeyondTheCalendar_StopsAtItsEnds()
    {
        Assert.Equal(new DayRange(Max, Max), P("9999").Range.PlusDays(1_000));
        Assert.Equal(new DayRange(Min, Min), P("0001").Range.PlusDays(-10_000_000));
        Assert.Equal(new DayRange(Max, Max), new DayRange(Min.PlusDays(5), Max.PlusDays(-5)).PlusDays(int.MaxValue));
        Assert.Equal(new DayRange(Min, Min), new DayRange(Min.PlusDays(5), Max.PlusDays(-5)).PlusDays(int.MinValue));
    }

    [Fact]
    public void PlusDays_InsideTheCalendar_IsExact() =>
        Assert.Equal(new DayRange(Min.PlusDays(1), Min.PlusDays(3)), new DayRange(Min, Min.PlusDays(2)).PlusDays(1));

    [Fact]
    public void Plus_BeyondTheCalendar_StopsAtItsEnds()
    {
        Assert.Equal(new DayRange(Max, Max), P("9999-06").Range.Plus(Period.FromYears(1)));
        Assert.Equal(new DayRange(Min, Min), DayRange.Exactly(Min.PlusMonths(5)).Plus(Period.FromMonths(-12)));
        Assert.Equal(new DayRange(Min, Min), DayRange.Exactly(Min.PlusMonths(5)).Plus(Period.FromYears(-1)));
        Assert.Equal(new DayRange(Max, Max), DayRange.Exactly(Max.PlusMonths(-5)).Plus(Period.FromDays(int.MaxValue)));
        Assert.Equal(new DayRange(Max, Max), DayRange.Exactly(Min).Plus(Period.FromYears(int.MaxValue)));
        Assert.Equal(new DayRange(Min, Min), DayRange.Exactly(Max).Plus(Period.FromMonths(int.MinValue)));
        Assert.Equal(new DayRange(Day("2025-01-01"), Day("2025-01-31")), P("2024-01").Range.Plus(Period.FromYears(1)));
    }

    [Theory]
    [MemberData(nameof(EdgeDays))]
    public void Analyses_OnEdgeDays_AnswerWithoutThrowing(string edge)
    {
        var day = Edge(edge);
        foreach (var scenario in new[] { BuiltInScenarios.RussiaDprk2024, new RandomScenario(7).Scenario() })
        {
            foreach (var (name, answer) in new AnalysisQueries(scenario).On(day, Confidence.Potential, maxActors: 4))
            {
                var exception = Record.Exception(() => answer());
                Assert.True(exception is null, $"{name} on {edge}: {exception}");
            }
        }
    }

    [Fact]
    public void Profile_FirstAndLastDay_AnswersWithNoTransactionalStageAtTheStart()
    {
        var profiler = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024);
        var (rus, prk) = (new ActorId("RUS"), new ActorId("PRK"));

        var first = profiler.Profile(rus, prk, Min).AsT0;
        var last = profiler.Profile(rus, prk, Max).AsT0;

        Assert.True(first.Indicator(PartnershipStage.Transactional).Holds == Truth.False);
        Assert.Equal(Max, last.Day);
    }

    [Fact]
    public void Timeline_WholeCalendar_EndsInTheStageOfTheLastDay()
    {
        var profiler = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024);
        var (rus, prk) = (new ActorId("RUS"), new ActorId("PRK"));

        var timeline = profiler.Timeline(rus, prk, Min, Max).AsT0;

        Assert.Equal(Min, timeline.From);
        Assert.Equal(profiler.Profile(rus, prk, Max).AsT0.CertainStage, timeline.Spans[^1].CertainStage);
    }
}
