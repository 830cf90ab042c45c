using CsCheck;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Time;

/// <summary>
/// Laws of <see cref="PartialDate"/> checked on random dates from year 1 to 9999: a total order consistent with the
/// days covered, containment, and the ISO text round trip.
/// </summary>
public class PartialDatePropertyTests
{
    private const int Iterations = 2_000;

    [Fact]
    public void CompareTo_AnyTwoDates_IsAntisymmetricAndAgreesWithEquality() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.PartialDates).Sample((a, b) =>
        {
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.Equal(a.CompareTo(b) == 0, a.Equals(b));
            Assert.Equal(a.Equals(b), a == b);
            Assert.Equal(!a.Equals(b), a != b);
            Assert.Equal(a.CompareTo(b) < 0, a < b);
            Assert.Equal(a.CompareTo(b) <= 0, a <= b);
            Assert.Equal(a.CompareTo(b) > 0, a > b);
            Assert.Equal(a.CompareTo(b) >= 0, a >= b);
            Assert.Equal(a.CompareTo(b), a.CompareTo((object)b));
        }, iter: Iterations);

    [Fact]
    public void CompareTo_SameDate_IsZeroAndHashesAgree() =>
        ModelGen.PartialDates.Sample(a =>
        {
            var copy = a.Precision switch
            {
                DatePrecision.Year => new PartialDate(a.Year),
                DatePrecision.Month => new PartialDate(a.Year, a.Month!.Value),
                _ => new PartialDate(a.Year, a.Month!.Value, a.Day!.Value),
            };
            Assert.Equal(0, a.CompareTo(copy));
            Assert.Equal(a, copy);
            Assert.Equal(a.GetHashCode(), copy.GetHashCode());
        }, iter: Iterations);

    [Fact]
    public void CompareTo_ThreeDates_IsTransitive() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.PartialDates, ModelGen.PartialDates).Sample((a, b, c) =>
        {
            var sorted = new[] { a, b, c }.Order().ToArray();
            Assert.True(sorted[0] <= sorted[1] && sorted[1] <= sorted[2]);
            Assert.True(sorted[0] <= sorted[2]);
            if (a <= b && b <= c)
            {
                Assert.True(a <= c);
            }
        }, iter: Iterations);

    [Fact]
    public void CompareTo_DifferentStarts_OrdersByStartDay() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.PartialDates).Sample((a, b) =>
        {
            if (a.Start != b.Start)
            {
                Assert.Equal(a.Start < b.Start, a < b);
            }
            else
            {
                // Same first day: the less precise date, which covers more days, sorts first.
                Assert.Equal(a.Precision.CompareTo(b.Precision), Math.Sign(a.CompareTo(b)));
                Assert.Equal(a.Precision < b.Precision, a.End >= b.End && a != b);
            }
        }, iter: Iterations);

    [Fact]
    public void StartAndEnd_AnyDate_BoundTheDaysItCovers() =>
        ModelGen.PartialDates.Sample(date =>
        {
            Assert.True(date.Start <= date.End);
            Assert.True(date.Contains(date.Start));
            Assert.True(date.Contains(date.End));
            Assert.Equal(date.Range, new DayRange(date.Start, date.End));
            Assert.Equal(date.Year, date.Start.Year);
            Assert.Equal(date.Year, date.End.Year);
            if (date.Start != ModelGen.FirstDay)
            {
                Assert.False(date.Contains(date.Start.PlusDays(-1)));
            }

            if (date.End != ModelGen.LastDay)
            {
                Assert.False(date.Contains(date.End.PlusDays(1)));
            }

            var days = Period.DaysBetween(date.Start, date.End) + 1;
            switch (date.Precision)
            {
                case DatePrecision.Day:
                    Assert.Equal(1, days);
                    break;
                case DatePrecision.Month:
                    Assert.Equal(CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month!.Value), days);
                    Assert.Equal(1, date.Start.Day);
                    break;
                default:
                    Assert.Equal(CalendarSystem.Iso.IsLeapYear(date.Year) ? 366 : 365, days);
                    break;
            }
        }, iter: Iterations);

    [Fact]
    public void Contains_DayOfADate_IsContainedByItsMonthAndYear() =>
        ModelGen.Days.Sample(day =>
        {
            var exact = PartialDate.FromLocalDate(day);
            var month = new PartialDate(day.Year, day.Month);
            var year = new PartialDate(day.Year);

            Assert.True(exact.Contains(day) && month.Contains(day) && year.Contains(day));
            Assert.Equal(day, exact.Start);
            Assert.Equal(day, exact.End);
            Assert.True(year.Start <= month.Start && month.Start <= exact.Start);
            Assert.True(exact.End <= month.End && month.End <= year.End);
            Assert.True(year <= month && month <= exact);
            Assert.Equal(exact, (PartialDate)day);
        }, iter: Iterations);

    [Fact]
    public void Contains_AnyDay_AgreesWithStartAndEnd() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.Days).Sample((date, day) =>
            Assert.Equal(date.Start <= day && day <= date.End, date.Contains(day)), iter: Iterations);

    [Fact]
    public void IsOnOrBefore_AnyDay_IsDecidedByTheEndsAndUnknownOnlyInside() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.Days).Sample((date, day) =>
        {
            var answer = date.IsOnOrBefore(day);
            Assert.Equal(date.End <= day, answer.IsTrue);
            Assert.Equal(date.Start > day, answer.IsFalse);
            Assert.Equal(date.Contains(day) && day != date.End, answer.IsUnknown);
            Assert.True(date.Precision != DatePrecision.Day || !answer.IsUnknown);
        }, iter: Iterations);

    [Fact]
    public void ToString_AnyDate_ParsesBackToTheSameDate() =>
        ModelGen.PartialDates.Sample(date =>
        {
            var text = date.ToString();
            Assert.Equal(date, PartialDate.Parse(text).AsT0);
            Assert.True(PartialDate.TryParse(text, out var parsed));
            Assert.Equal(date, parsed);
            Assert.Equal(date.Precision switch { DatePrecision.Year => 4, DatePrecision.Month => 7, _ => 10 }, text.Length);
            Assert.Equal(date.Start.ToString("uuuu-MM-dd", null)[..text.Length], text);
        }, iter: Iterations);

    [Fact]
    public void TryParse_AnyText_NeverThrowsAndOnlyAcceptsCanonicalText() =>
        Gen.Frequency(
                (2, Gen.String),
                (2, Gen.Char["0123456789-"].Array[0, 11].Select(chars => new string(chars))),
                (1, ModelGen.PartialDates.Select(date => date.ToString())))
            .Sample(text =>
            {
                if (PartialDate.TryParse(text, out var date))
                {
                    Assert.Equal(text, date.ToString());
                    Assert.True(PartialDate.Parse(text).IsT0);
                }
                else
                {
                    Assert.Equal(ErrorCodes.InvalidPartialDate, PartialDate.Parse(text).AsT1.Code);
                }
            }, iter: Iterations);

    [Fact]
    public void GetHashCode_DifferentDates_HaveDifferentHashes() =>
        Gen.Select(ModelGen.PartialDates, ModelGen.PartialDates).Sample((a, b) =>
        {
            // Year, month and day fit in separate bits, so the hash is a perfect one.
            Assert.Equal(a == b, a.GetHashCode() == b.GetHashCode());
        }, iter: Iterations);

    [Fact]
    public void MonthAndDay_LessPreciseDate_AreAbsent() =>
        ModelGen.PartialDates.Sample(date =>
        {
            Assert.Equal(date.Precision == DatePrecision.Year, date.Month is null);
            Assert.Equal(date.Precision != DatePrecision.Day, date.Day is null);
            Assert.InRange(date.Month ?? 1, 1, 12);
            Assert.InRange(date.Day ?? 1, 1, 31);
        }, iter: Iterations);

    [Theory]
    [InlineData("2024-06-00")]
    [InlineData("2024-00")]
    [InlineData("2024-00-01")]
    [InlineData("0000")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024/06")]
    [InlineData("2024-6-1")]
    [InlineData(" 2024")]
    [InlineData("+2024")]
    [InlineData("\uFF12\uFF10\uFF12\uFF14")]
    [InlineData("")]
    public void TryParse_NearlyADate_IsRefused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Equal(ErrorCodes.InvalidPartialDate, PartialDate.Parse(text).AsT1.Code);
    }
}
