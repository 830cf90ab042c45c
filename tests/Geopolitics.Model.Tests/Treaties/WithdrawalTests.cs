using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class WithdrawalTests
{
    [Fact]
    public void TakesEffect_ExplicitEffectiveDate_UsesIt()
    {
        var withdrawal = new Withdrawal(Day(2023, 3, 1), Day(2023, 6, 1), Reported);

        Assert.Equal(DayRange.Exactly(On(2023, 6, 1)), withdrawal.TakesEffect(Period.FromYears(1)));
    }

    [Fact]
    public void TakesEffect_NoticePeriod_AddedToNotification()
    {
        var withdrawal = new Withdrawal(Day(2023, 3, 1), null, Reported);

        Assert.Equal(DayRange.Exactly(On(2024, 3, 1)), withdrawal.TakesEffect(Period.FromYears(1)));
    }

    [Fact]
    public void TakesEffect_NoNoticePeriod_OnNotification()
    {
        Assert.Equal(DayRange.Exactly(On(2023, 3, 1)), new Withdrawal(Day(2023, 3, 1), null, Reported).TakesEffect(null));
    }

    [Fact]
    public void TakesEffect_NotificationKnownToTheMonth_RangeShifted()
    {
        var withdrawal = new Withdrawal(new PartialDate(2023, 3), null, Reported);

        Assert.Equal(new DayRange(On(2023, 9, 1), On(2023, 9, 30)), withdrawal.TakesEffect(Period.FromMonths(6)));
    }

    [Fact]
    public void ToString_WithEffectiveDate_BothDates()
    {
        Assert.Equal("withdrawal notified 2023-03-01, effective 2023-06", new Withdrawal(Day(2023, 3, 1), new PartialDate(2023, 6), Reported).ToString());
    }
}
