using Geopolitics.Model.Time;
using static Geopolitics.Model.Tests.Time.PartialDateTests;

namespace Geopolitics.Model.Tests.Time;

public class DatePeriodTests
{
    [Fact]
    public void Constructor_DefaultStartOrEnd_Throws()
    {
        Assert.Equal("Start", Assert.Throws<ArgumentException>(() => new DatePeriod(default)).ParamName);
        Assert.Equal("End", Assert.Throws<ArgumentException>(() => new DatePeriod(new PartialDate(2024), default(PartialDate))).ParamName);
        Assert.Equal("2024/..", new DatePeriod(new PartialDate(2024)).ToString());
    }

    [Theory]
    [InlineData("2023-09", null, "2023-08-31", "false")]
    [InlineData("2023-09", null, "2023-09-15", "unknown")]
    [InlineData("2023-09", null, "2023-10-01", "true")]
    [InlineData("2023-09", null, "2030-01-01", "true")]
    [InlineData("2023-09", "2024-10", "2024-10-15", "unknown")]
    [InlineData("2023-09", "2024-10", "2024-09-30", "true")]
    [InlineData("2023-09", "2024-10", "2024-11-01", "false")]
    [InlineData("2024-06-19", "2024-06-19", "2024-06-19", "true")]
    public void Contains_PartialEnds_IsThreeValuedAndInclusive(string start, string? end, string day, string expected)
    {
        var period = new DatePeriod(P(start), end is null ? null : P(end));

        Assert.Equal(expected, period.Contains(Day(day)).ToString());
    }

    [Theory]
    [InlineData("2024-10", null, "2023-01-01", "2024-12-31", "true")]
    [InlineData("2024-10", null, "2023-01-01", "2024-09-30", "false")]
    [InlineData("2024-10", null, "2023-01-01", "2024-10-15", "unknown")]
    [InlineData("2020", "2022-06", "2022-06-15", "2023-01-01", "unknown")]
    [InlineData("2020", "2022-06", "2022-07-01", "2023-01-01", "false")]
    public void Overlaps_Window_IsThreeValued(string start, string? end, string from, string to, string expected)
    {
        var period = new DatePeriod(P(start), end is null ? null : P(end));

        Assert.Equal(expected, period.Overlaps(Day(from), Day(to)).ToString());
    }

    [Fact]
    public void ToString_OpenEnd_UsesDoubleDot()
    {
        Assert.Equal("2024-10/..", new DatePeriod(P("2024-10")).ToString());
        Assert.Equal("2023-09/2024", new DatePeriod(P("2023-09"), P("2024")).ToString());
    }
}
