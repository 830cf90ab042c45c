using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Facts;

/// <summary>
/// The window of days the ledger and the timeline take, and the three-valued tests of partial dates and periods
/// against it and each other, at their boundaries: a date's range that touches an end is in, one a day beyond is out,
/// one that straddles an end is unknown.
/// </summary>
public class DayWindowTests
{
    private static readonly DayWindow June = DayWindow.Create(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)).AsT0;

    [Fact]
    public void Create_EndBeforeStart_IsAnErrorNamingBothDays()
    {
        var error = DayWindow.Create(new LocalDate(2024, 6, 2), new LocalDate(2024, 6, 1)).AsT1;

        Assert.Equal(ErrorCodes.AnalysisWindowEndsBeforeStart, error.Code);
        Assert.Equal("to", error.Location.Path!.ToString());
        Assert.Contains("(2024-06-01) is before its start 'from' (2024-06-02)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OneDayOrOpenEnds_IsAWindow()
    {
        var day = new LocalDate(2024, 6, 1);

        Assert.Equal("2024-06-01/2024-06-01", DayWindow.Create(day, day).AsT0.ToString());
        Assert.Equal("../2024-06-01", DayWindow.Create(null, day).AsT0.ToString());
        Assert.Equal("2024-06-01/..", DayWindow.Create(day, null).AsT0.ToString());
        Assert.Equal("../..", DayWindow.Create(null, null).AsT0.ToString());
    }

    public static TheoryData<PartialDate, Truth> DatesInJune => new()
    {
        { new PartialDate(2024, 5, 31), Truth.False },
        { new PartialDate(2024, 6, 1), Truth.True },
        { new PartialDate(2024, 6, 30), Truth.True },
        { new PartialDate(2024, 7, 1), Truth.False },
        { new PartialDate(2024, 6), Truth.True },
        { new PartialDate(2024, 5), Truth.False },
        { new PartialDate(2024, 7), Truth.False },
        { new PartialDate(2024), Truth.Unknown },
        { new PartialDate(2023), Truth.False },
    };

    [Theory]
    [MemberData(nameof(DatesInJune))]
    public void Contains_DateAtOrBeyondTheEnds_IsTrueFalseOrUnknown(PartialDate date, Truth expected) =>
        Assert.Equal(expected, June.Contains(date));

    [Fact]
    public void Contains_OpenEnds_ReachTheFirstAndLastYears()
    {
        var open = DayWindow.Create(null, null).AsT0;

        Assert.Equal(Truth.True, open.Contains(new PartialDate(1)));
        Assert.Equal(Truth.True, open.Contains(new PartialDate(9999, 12, 31)));
        Assert.Equal(Truth.False, DayWindow.Create(null, new LocalDate(1, 12, 31)).AsT0.Contains(new PartialDate(2)));
    }

    public static TheoryData<PartialDate, PartialDate, Truth> Orders => new()
    {
        { new PartialDate(2024, 6, 15), new PartialDate(2024, 6, 15), Truth.True },
        { new PartialDate(2024, 6, 30), new PartialDate(2024, 7, 1), Truth.True },
        { new PartialDate(2024, 7, 1), new PartialDate(2024, 6, 30), Truth.False },
        { new PartialDate(2024, 6), new PartialDate(2024, 6, 30), Truth.True },
        { new PartialDate(2024, 6), new PartialDate(2024, 6, 15), Truth.Unknown },
        { new PartialDate(2024, 6, 30), new PartialDate(2024, 6), Truth.Unknown },
        { new PartialDate(2024, 7), new PartialDate(2024, 6), Truth.False },
        { new PartialDate(2024, 7, 1), new PartialDate(2024, 6), Truth.False },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void OnOrBefore_TouchingOverlappingOrApartDates(PartialDate first, PartialDate second, Truth expected) =>
        Assert.Equal(expected, DayWindow.OnOrBefore(first, second));

    public static TheoryData<DatePeriod, DatePeriod, Truth> Overlaps => new()
    {
        { new(new PartialDate(2024, 1), new PartialDate(2024, 3)), new(new PartialDate(2024, 5)), Truth.False },
        { new(new PartialDate(2024, 5)), new(new PartialDate(2024, 1), new PartialDate(2024, 3)), Truth.False },
        { new(new PartialDate(2024, 1), new PartialDate(2024, 3, 31)), new(new PartialDate(2024, 3, 31)), Truth.True },
        { new(new PartialDate(2024, 1), new PartialDate(2024, 3)), new(new PartialDate(2024, 3, 15)), Truth.Unknown },
        { new(new PartialDate(2024, 1)), new(new PartialDate(1990)), Truth.True },
    };

    [Theory]
    [MemberData(nameof(Overlaps))]
    public void Overlap_PeriodsApartTouchingOrUncertain(DatePeriod first, DatePeriod second, Truth expected)
    {
        Assert.Equal(expected, DayWindow.Overlap(first, second));
        Assert.Equal(expected, DayWindow.Overlap(second, first));
    }
}
