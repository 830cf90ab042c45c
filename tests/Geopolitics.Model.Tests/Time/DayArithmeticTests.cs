using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Time;

public class DayArithmeticTests
{
    private static DayRange Range(int fromMonth, int fromDay, int toMonth, int toDay) =>
        new(new LocalDate(2020, fromMonth, fromDay), new LocalDate(2020, toMonth, toDay));

    [Fact]
    public void KthEvent_OrderStatisticsOfBothEnds()
    {
        DayRange[] events = [Range(1, 1, 12, 31), Range(3, 1, 3, 31), Range(6, 15, 6, 15)];

        Assert.Equal(Range(1, 1, 3, 31), DayArithmetic.KthEvent(events, 1));
        Assert.Equal(Range(3, 1, 6, 15), DayArithmetic.KthEvent(events, 2));
        Assert.Equal(Range(6, 15, 12, 31), DayArithmetic.KthEvent(events, 3));
        Assert.Null(DayArithmetic.KthEvent(events, 4));
    }

    [Fact]
    public void Plus_NearTheEndOfTheCalendar_StopsAtUnbounded()
    {
        var range = new DayRange(new LocalDate(2020, 1, 1), DayArithmetic.Unbounded);

        Assert.Equal(new DayRange(new LocalDate(2040, 1, 1), DayArithmetic.Unbounded), DayArithmetic.Plus(range, Period.FromYears(20)));
        Assert.Equal(new DayRange(new LocalDate(2020, 1, 31), DayArithmetic.Unbounded), DayArithmetic.PlusDays(range, 30));
    }

    [Fact]
    public void LaterOfAndEarlierOf_AbsentEvents()
    {
        var range = Range(1, 1, 1, 31);

        Assert.Null(DayArithmetic.LaterOf(range, null));
        Assert.Equal(range, DayArithmetic.EarlierOf(null, range));
        Assert.Null(DayArithmetic.EarlierOf(null, null));
    }

    // Mutation testing found these boundaries untested: the day a period may be added without passing 9999-12-31.
    [Theory]
    [InlineData("9997-06-15", "P1Y", "9998-06-15")]
    [InlineData("9998-06-15", "P1Y", null)]
    [InlineData("9997-03-01", "P1M", "9997-04-01")]
    [InlineData("9998-03-01", "P1M", null)]
    [InlineData("9998-03-01", "P1W", null)]
    [InlineData("9998-03-01", "P1D", null)]
    [InlineData("9997-03-01", "P10D", "9997-03-11")]
    [InlineData("9998-03-01", "P1Y1M", null)]
    [InlineData("9996-03-01", "P1Y1M", "9997-04-01")]
    [InlineData("9997-03-01", "P1Y1D", null)]
    [InlineData("9996-03-01", "P1Y1D", "9997-03-02")]
    [InlineData("2000-01-31", "P1Y2M3W4D", "2001-04-25")]
    public void Plus_Period_IsNodaTimesSumOrUnboundedNearTheEnd(string day, string period, string? expected)
    {
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var sum = DayArithmetic.Plus(start, NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);

        Assert.Equal(expected is null ? DayArithmetic.Unbounded : NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, sum);
    }

    [Theory]
    [InlineData("P0D", true)]
    [InlineData("P1W", true)]
    [InlineData("P3D", true)]
    [InlineData("P1Y2M3W4D", true)]
    [InlineData("P-1D", false)]
    [InlineData("P-1W", false)]
    [InlineData("P-1M", false)]
    [InlineData("P-1Y", false)]
    [InlineData("PT1H", false)]
    public void IsNonNegativeDatePeriod_EachUnit_IsChecked(string period, bool expected) =>
        Assert.Equal(expected, DayArithmetic.IsNonNegativeDatePeriod(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value));
}
