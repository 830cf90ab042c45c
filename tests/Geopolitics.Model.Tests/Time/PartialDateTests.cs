using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-06", DatePrecision.Month, "2024-06-01", "2024-06-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", DatePrecision.Month, "2023-02-01", "2023-02-28")]
    [InlineData("2024-06-19", DatePrecision.Day, "2024-06-19", "2024-06-19")]
    public void Parse_ValidIso_GivesPrecisionAndDayRange(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text).AsT0;

        Assert.Equal(precision, date.Precision);
        Assert.Equal(Day(start), date.Start);
        Assert.Equal(Day(end), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2023-02-29")]
    [InlineData("2024-06-31")]
    [InlineData("2024/06/19")]
    [InlineData("0000")]
    [InlineData("2024-6-1")]
    [InlineData(" 2024")]
    [InlineData("２０２４")]
    public void Parse_Invalid_ReturnsLocatedErrorWithCode(string text)
    {
        var result = PartialDate.Parse(text);

        Assert.True(result.IsT1);
        Assert.Equal(ErrorCodes.InvalidPartialDate, result.AsT1.Code);
        Assert.Contains($"'{text}'", result.AsT1.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(PartialDate.TryParse(null, out _));

    [Theory]
    [InlineData(2024, 13, 0)]
    [InlineData(2024, 2, 30)]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(2024, 0, 5)]
    public void Constructor_ImpossibleDate_Throws(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));

    [Fact]
    public void Constructor_MonthZeroForMonthPrecision_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 0));

    [Fact]
    public void CompareTo_SameStart_OrdersByPrecisionYearMonthDay()
    {
        var sorted = new[] { P("2024-01-02"), P("2024-01-01"), P("2024-01"), P("2024"), P("2023-12") }.Order().ToArray();

        Assert.Equal(["2023-12", "2024", "2024-01", "2024-01-01", "2024-01-02"], sorted.Select(d => d.ToString()));
        Assert.True(P("2024") < P("2024-01"));
        Assert.True(P("2024-06-19") >= P("2024-06"));
    }

    [Fact]
    public void Equality_SameDaysDifferentPrecision_AreNotEqual()
    {
        Assert.NotEqual(P("2024-01"), P("2024-01-01"));
        Assert.Equal(P("2024-06"), new PartialDate(2024, 6));
        Assert.Equal(P("2024-06").GetHashCode(), new PartialDate(2024, 6).GetHashCode());
    }

    [Theory]
    [InlineData("2024-06", "2024-05-31", "false")]
    [InlineData("2024-06", "2024-06-01", "unknown")]
    [InlineData("2024-06", "2024-06-29", "unknown")]
    [InlineData("2024-06", "2024-06-30", "true")]
    [InlineData("2024-06-19", "2024-06-18", "false")]
    [InlineData("2024-06-19", "2024-06-19", "true")]
    [InlineData("2024", "2024-12-30", "unknown")]
    public void IsOnOrBefore_PartialPrecision_IsThreeValued(string date, string day, string expected) =>
        Assert.Equal(expected, P(date).IsOnOrBefore(Day(day)).ToString());

    [Fact]
    public void Contains_DayInsideAndOutside()
    {
        Assert.True(P("2024-06").Contains(Day("2024-06-15")));
        Assert.False(P("2024-06").Contains(Day("2024-07-01")));
    }

    [Fact]
    public void ImplicitFromLocalDate_IsDayPrecision()
    {
        PartialDate date = new LocalDate(2024, 12, 4);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal("2024-12-04", date.ToString());
    }

    internal static PartialDate P(string text) => PartialDate.Parse(text).AsT0;

    internal static LocalDate Day(string text) => P(text).Start;
}
