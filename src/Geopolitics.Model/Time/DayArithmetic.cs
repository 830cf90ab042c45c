using NodaTime;

namespace Geopolitics.Model.Time;

/// <summary>Date arithmetic that stays inside NodaTime's range and checks periods given as durations.</summary>
internal static class DayArithmetic
{
    /// <summary>The latest representable day; as the latest end of a <see cref="DayRange"/> it means "no later bound known".</summary>
    public static LocalDate Unbounded => LocalDate.MaxIsoValue;

    /// <summary>Whether <paramref name="period"/> has only date units and does not move a date backwards.</summary>
    public static bool IsNonNegativeDatePeriod(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;

    /// <summary>Whether <paramref name="period"/> is a non-negative date period that moves a date forwards.</summary>
    public static bool IsPositiveDatePeriod(Period period) =>
        IsNonNegativeDatePeriod(period) && (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    /// <summary>Adds a period, stopping at <see cref="Unbounded"/> instead of overflowing.</summary>
    public static LocalDate Plus(LocalDate day, Period period)
    {
        // Treaty periods are at most centuries long, so anything this close to the end of the calendar is "no bound".
        var years = (long)period.Years + ((period.Months + 11L) / 12) + ((period.Weeks * 7L + period.Days + 364L) / 365);
        if (day.Year > 9999 - 1 - years)
        {
            return Unbounded;
        }

        return day.Plus(period);
    }

    /// <summary>Adds a number of days, stopping at <see cref="Unbounded"/> instead of overflowing.</summary>
    public static LocalDate PlusDays(LocalDate day, int days) =>
        Period.DaysBetween(day, Unbounded) <= days ? Unbounded : day.PlusDays(days);

    /// <summary>Shifts both ends of a range by a period, stopping at <see cref="Unbounded"/>.</summary>
    public static DayRange Plus(DayRange range, Period period) => new(Plus(range.Earliest, period), Plus(range.Latest, period));

    /// <summary>Shifts both ends of a range by a number of days, stopping at <see cref="Unbounded"/>.</summary>
    public static DayRange PlusDays(DayRange range, int days) => new(PlusDays(range.Earliest, days), PlusDays(range.Latest, days));

    /// <summary>The earlier of two optional events; an absent event never happens.</summary>
    public static DayRange? EarlierOf(DayRange? left, DayRange? right) =>
        left is { } l ? (right is { } r ? l.EarlierOf(r) : l) : right;

    /// <summary>The later of two events, absent when either never happens.</summary>
    public static DayRange? LaterOf(DayRange? left, DayRange? right) =>
        left is { } l && right is { } r ? l.LaterOf(r) : null;

    /// <summary>
    /// The day of the <paramref name="k"/>-th (1-based) of several events, as a range: its earliest day is the k-th
    /// smallest earliest day and its latest the k-th smallest latest day, which are exact bounds of the k-th order
    /// statistic. <see langword="null"/> when fewer than <paramref name="k"/> events happen.
    /// </summary>
    public static DayRange? KthEvent(IReadOnlyCollection<DayRange> events, int k)
    {
        if (k < 1 || events.Count < k)
        {
            return null;
        }

        var earliest = events.Select(e => e.Earliest).Order().ElementAt(k - 1);
        var latest = events.Select(e => e.Latest).Order().ElementAt(k - 1);
        return new DayRange(earliest, latest);
    }
}
