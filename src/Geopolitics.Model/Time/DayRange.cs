using NodaTime;

namespace Geopolitics.Model.Time;

/// <summary>
/// The days on which something may have happened: from <see cref="Earliest"/> to <see cref="Latest"/>, both
/// included. A fact known to the day has a range of one day; one known to the month, the days of that month.
/// Computed dates (such as "90 days after the second ratification") are ranges, because their inputs may be.
/// </summary>
/// <remarks><c>default(DayRange)</c> is the single day <c>default(LocalDate)</c> (1 January 1 CE).</remarks>
public readonly record struct DayRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="earliest">The first day that is possible.</param>
    /// <param name="latest">The last day that is possible; not before <paramref name="earliest"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public DayRange(LocalDate earliest, LocalDate latest)
    {
        ArgumentProblem.ThrowIf(Problem(earliest, latest));
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>Why <paramref name="earliest"/> and <paramref name="latest"/> make no range, or <see langword="null"/>.</summary>
    internal static ArgumentProblem? Problem(LocalDate earliest, LocalDate latest) =>
        latest < earliest
            ? new(nameof(latest), $"The latest day ({latest:uuuu-MM-dd}) must not be before the earliest ({earliest:uuuu-MM-dd}).")
            : null;

    /// <summary>The first possible day (included).</summary>
    public LocalDate Earliest { get; }

    /// <summary>The last possible day (included).</summary>
    public LocalDate Latest { get; }

    /// <summary>Whether the day is known exactly.</summary>
    public bool IsExact => Earliest == Latest;

    /// <summary>A range of exactly one day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The range.</returns>
    public static DayRange Exactly(LocalDate day) => new(day, day);

    /// <summary>Whether the event has happened on or before <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>True when even the latest possible day is on or before it; false when even the earliest is after it.</returns>
    public Truth HasOccurredBy(LocalDate day)
    {
        if (Latest <= day)
        {
            return Truth.True;
        }

        return Earliest > day ? Truth.False : Truth.Unknown;
    }

    /// <summary>Whether the event happened strictly before <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>The three-valued answer; false on <see cref="LocalDate.MinIsoValue"/>, before which there is no day.</returns>
    public Truth HasOccurredBefore(LocalDate day) => day == LocalDate.MinIsoValue ? Truth.False : HasOccurredBy(day.PlusDays(-1));

    /// <summary>Whether <paramref name="day"/> lies within the range (it may be the day of the event).</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the day is possible.</returns>
    public bool Contains(LocalDate day) => Earliest <= day && day <= Latest;

    /// <summary>Shifts both ends by a number of days.</summary>
    /// <param name="days">The number of days, possibly negative.</param>
    /// <returns>
    /// The shifted range. An end that would leave NodaTime's calendar stops at its first or last day
    /// (<see cref="LocalDate.MinIsoValue"/>, <see cref="LocalDate.MaxIsoValue"/>) instead of overflowing.
    /// </returns>
    public DayRange PlusDays(int days) => new(Clamped(Earliest, days), Clamped(Latest, days));

    /// <summary>Shifts both ends by a period (years, months, weeks, days), clamping to month ends as NodaTime does.</summary>
    /// <param name="period">The period to add, of date units only.</param>
    /// <returns>
    /// The shifted range. An end that would leave NodaTime's calendar stops at its first or last day
    /// (<see cref="LocalDate.MinIsoValue"/>, <see cref="LocalDate.MaxIsoValue"/>) instead of overflowing.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time component (hours and smaller).</exception>
    public DayRange Plus(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException("A range of days moves by years, months, weeks and days only.", nameof(period));
        }

        return new(Clamped(Earliest, period), Clamped(Latest, period));
    }

    /// <summary>The range of the later of two events: each end is the later of the two ends.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>The range of whichever happened last.</returns>
    public DayRange LaterOf(DayRange other) =>
        new(LocalDate.Max(Earliest, other.Earliest), LocalDate.Max(Latest, other.Latest));

    /// <summary>The range of the earlier of two events: each end is the earlier of the two ends.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>The range of whichever happened first.</returns>
    public DayRange EarlierOf(DayRange other) =>
        new(LocalDate.Min(Earliest, other.Earliest), LocalDate.Min(Latest, other.Latest));

    private static LocalDate Clamped(LocalDate day, int days) =>
        days >= 0
            ? (Period.DaysBetween(day, LocalDate.MaxIsoValue) <= days ? LocalDate.MaxIsoValue : day.PlusDays(days))
            : (Period.DaysBetween(LocalDate.MinIsoValue, day) <= -(long)days ? LocalDate.MinIsoValue : day.PlusDays(days));

    private static LocalDate Clamped(LocalDate day, Period period)
    {
        // NodaTime adds years, then months, then weeks and days; a step that leaves the calendar stops at the end it
        // heads for. Each step is bounded first, as NodaTime's own range checks reject some steps before adding.
        var years = Math.Clamp(period.Years, LocalDate.MinIsoValue.Year - day.Year, LocalDate.MaxIsoValue.Year - day.Year);
        if (years != period.Years)
        {
            return period.Years < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }

        var shifted = day.PlusYears(years);
        var monthsLeft = ((long)LocalDate.MaxIsoValue.Year - shifted.Year) * 12 + (12 - shifted.Month);
        var monthsBack = ((long)shifted.Year - LocalDate.MinIsoValue.Year) * 12 + (shifted.Month - 1);
        if (period.Months > monthsLeft || -(long)period.Months > monthsBack)
        {
            return period.Months < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }

        shifted = shifted.PlusMonths(period.Months);
        var days = (long)period.Weeks * 7 + period.Days;
        var daysLeft = Period.DaysBetween(shifted, LocalDate.MaxIsoValue);
        var daysBack = Period.DaysBetween(LocalDate.MinIsoValue, shifted);
        return days > daysLeft ? LocalDate.MaxIsoValue : -days > daysBack ? LocalDate.MinIsoValue : shifted.PlusDays((int)days);
    }

    /// <summary>ISO 8601: one day, or <c>earliest/latest</c>.</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() =>
        IsExact
            ? Earliest.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : Earliest.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "/" +
              Latest.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
