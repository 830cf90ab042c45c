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
}
