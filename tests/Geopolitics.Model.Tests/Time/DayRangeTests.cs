using Geopolitics.Model.Time;
using static Geopolitics.Model.Tests.Time.PartialDateTests;

namespace Geopolitics.Model.Tests.Time;

public class DayRangeTests
{
    [Fact]
    public void Constructor_LatestBeforeEarliest_Throws() =>
        Assert.Throws<ArgumentException>(() => new DayRange(Day("2024-06-02"), Day("2024-06-01")));

    [Fact]
    public void LaterOf_TwoMonthRanges_TakesLaterEnds()
    {
        var later = P("2024-11").Range.LaterOf(P("2024-10-15").Range);

        Assert.Equal(Day("2024-11-01"), later.Earliest);
        Assert.Equal(Day("2024-11-30"), later.Latest);
        Assert.Equal("2024-11-01/2024-11-30", later.ToString());
    }

    [Fact]
    public void EarlierOf_OverlappingRanges_TakesEarlierEnds()
    {
        var earlier = P("2024-11").Range.EarlierOf(P("2024-11-10").Range);

        Assert.Equal(Day("2024-11-01"), earlier.Earliest);
        Assert.Equal(Day("2024-11-10"), earlier.Latest);
    }

    [Fact]
    public void PlusDays_ShiftsBothEnds()
    {
        var shifted = P("2024-02").Range.PlusDays(30);

        Assert.Equal(Day("2024-03-02"), shifted.Earliest);
        Assert.Equal(Day("2024-03-30"), shifted.Latest);
    }

    [Theory]
    [InlineData("2024-11-30", "false")]
    [InlineData("2024-12-01", "unknown")]
    [InlineData("2024-12-02", "true")]
    public void HasOccurredBefore_IsStrict(string day, string expected) =>
        Assert.Equal(expected, new DayRange(Day("2024-11-30"), Day("2024-12-01")).HasOccurredBefore(Day(day)).ToString());
}
