using CsCheck;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Time;

/// <summary>
/// Laws of <see cref="DayRange"/> and <see cref="DatePeriod"/> on random ranges and days: answers are monotone in the
/// day asked about, a certain answer is never contradicted by a later day, and containment agrees with overlap.
/// </summary>
public class DayRangePropertyTests
{
    private const int Iterations = 2_000;

    private static Gen<LocalDate> InnerDays { get; } = ModelGen.Days.Where(day => day > ModelGen.FirstDay && day < ModelGen.LastDay);

    [Fact]
    public void HasOccurredBy_LaterDay_NeverGoesBack() =>
        Gen.Select(ModelGen.DayRanges, ModelGen.Days, ModelGen.Days).Sample((range, a, b) =>
        {
            var (early, late) = (LocalDate.Min(a, b), LocalDate.Max(a, b));
            Assert.True(Rank(range.HasOccurredBy(early)) <= Rank(range.HasOccurredBy(late)));
            Assert.Equal(range.Latest <= early, range.HasOccurredBy(early).IsTrue);
            Assert.Equal(range.Earliest > early, range.HasOccurredBy(early).IsFalse);
        }, iter: Iterations);

    [Fact]
    public void HasOccurredBefore_AnyDay_IsHasOccurredByTheDayBefore() =>
        Gen.Select(ModelGen.DayRanges, InnerDays).Sample((range, day) =>
            Assert.Equal(range.HasOccurredBy(day.PlusDays(-1)), range.HasOccurredBefore(day)), iter: Iterations);

    [Fact]
    public void LaterOfEarlierOf_AnyTwoRanges_AreCommutativeIdempotentAndOrdered() =>
        Gen.Select(ModelGen.DayRanges, ModelGen.DayRanges, ModelGen.DayRanges).Sample((a, b, c) =>
        {
            Assert.Equal(a.LaterOf(b), b.LaterOf(a));
            Assert.Equal(a.EarlierOf(b), b.EarlierOf(a));
            Assert.Equal(a, a.LaterOf(a));
            Assert.Equal(a, a.EarlierOf(a));
            Assert.Equal(a.LaterOf(b).LaterOf(c), a.LaterOf(b.LaterOf(c)));
            Assert.Equal(a.EarlierOf(b).EarlierOf(c), a.EarlierOf(b.EarlierOf(c)));
            Assert.True(a.EarlierOf(b).Earliest <= a.LaterOf(b).Earliest);
            Assert.True(a.EarlierOf(b).Latest <= a.LaterOf(b).Latest);
        }, iter: Iterations);

    [Fact]
    public void Contains_AnyDay_MeansTheAnswerIsNotCertainlyFalse() =>
        Gen.Select(ModelGen.DayRanges, ModelGen.Days).Sample((range, day) =>
        {
            Assert.Equal(range.Earliest <= day && day <= range.Latest, range.Contains(day));
            if (range.Contains(day))
            {
                Assert.True(range.HasOccurredBy(day).IsPossible);
            }
        }, iter: Iterations);

    [Fact]
    public void Contains_Period_IsTheOneDayOverlap() =>
        Gen.Select(ModelGen.DatePeriods, InnerDays).Sample((period, day) =>
            Assert.Equal(period.Overlaps(day, day), period.Contains(day)), iter: Iterations);

    [Fact]
    public void Contains_Period_IsTrueExactlyBetweenTheEndsDaysAndFalseOutsideThem() =>
        Gen.Select(ModelGen.DatePeriods, InnerDays).Sample((period, day) =>
        {
            var answer = period.Contains(day);
            var afterStart = period.Start.End <= day;
            var beforeEnd = period.End is not { } end || day <= end.Start;
            Assert.Equal(afterStart && beforeEnd, answer.IsTrue);
            var outside = day < period.Start.Start || (period.End is { } last && day > last.End);
            Assert.Equal(outside, answer.IsFalse);
        }, iter: Iterations);

    [Fact]
    public void Overlaps_WiderWindow_NeverLosesACertainOverlap() =>
        Gen.Select(ModelGen.DatePeriods, InnerDays, InnerDays, InnerDays).Sample((period, a, b, c) =>
        {
            var days = new[] { a, b, c }.Order().ToArray();
            var narrow = period.Overlaps(days[1], days[1]);
            var wide = period.Overlaps(days[0], days[2]);
            Assert.True(Rank(narrow) <= Rank(wide));
        }, iter: Iterations);

    [Fact]
    public void Contains_OpenPeriod_StaysTrueOnceTrue() =>
        Gen.Select(ModelGen.PartialDates, InnerDays, InnerDays).Sample((start, a, b) =>
        {
            var period = new DatePeriod(start);
            var (early, late) = (LocalDate.Min(a, b), LocalDate.Max(a, b));
            Assert.True(Rank(period.Contains(early)) <= Rank(period.Contains(late)));
        }, iter: Iterations);

    // False < unknown < true: the order in which a monotone answer may move.
    private static int Rank(Truth truth) => truth.IsFalse ? 0 : truth.IsUnknown ? 1 : 2;

    [Fact]
    public void Questions_AnyDayOfTheWholeCalendar_AnswerWithoutThrowing() =>
        Gen.Select(ModelGen.DayRanges, ModelGen.DatePeriods, ModelGen.CalendarDays, ModelGen.CalendarDays).Sample((range, period, a, b) =>
        {
            var (from, to) = (LocalDate.Min(a, b), LocalDate.Max(a, b));
            Assert.Equal(from == LocalDate.MinIsoValue ? Truth.False : range.HasOccurredBy(from.PlusDays(-1)), range.HasOccurredBefore(from));
            Assert.Equal(period.Overlaps(from, from), period.Contains(from));
            Assert.True(Rank(period.Overlaps(from, to)) >= Rank(period.Contains(to)));
        }, iter: Iterations);

    [Fact]
    public void PlusDays_AnyShiftOfTheWholeCalendar_StaysInsideItAndKeepsTheOrder() =>
        Gen.Select(ModelGen.DayRanges, Gen.Int).Sample((range, days) =>
        {
            var shifted = range.PlusDays(days);
            Assert.True(shifted.Earliest <= shifted.Latest);
            Assert.Equal(days >= 0, shifted.Earliest >= range.Earliest);
        }, iter: Iterations);
}
