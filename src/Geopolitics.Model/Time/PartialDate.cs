using System.Globalization;
using Geopolitics.Model.Errors;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Time;

/// <summary>
/// A date known to the year ("2024"), the month ("2024-06") or the day ("2024-06-19"), in the ISO calendar.
/// It covers a range of days, from <see cref="Start"/> to <see cref="End"/>, both included.
/// </summary>
/// <remarks>
/// Ordering is total: by the earliest day, then by precision (year before month before day), so
/// <c>2024 &lt; 2024-01 &lt; 2024-01-01 &lt; 2024-01-02</c>. Years run from 1 to 9999.
/// <c>default(PartialDate)</c> is not a valid date: create values with the constructors, factories or
/// <see cref="Parse(string)"/>. It is consistently the year 0 (1 BCE): it prints <c>0000</c>, covers 0000-01-01 to
/// 0000-12-31 (<see cref="Start"/>, <see cref="End"/>, <see cref="Range"/>) and orders before every valid date;
/// <see cref="Parse(string)"/> refuses its text (GM0101), so no file or parser makes it.
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private readonly short _year;
    private readonly byte _month; // 0 when only the year is known
    private readonly byte _day;   // 0 when the day is not known

    /// <summary>Creates a date known to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public PartialDate(int year)
        : this(year, 0, 0)
    {
    }

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month, valid for that month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public PartialDate(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }

        if (month is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day != 0)
        {
            if (month == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
            }

            var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
            if (day < 1 || day > daysInMonth)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"The day must be between 1 and {daysInMonth} in {year:D4}-{month:D2}.");
            }
        }

        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>The month (1–12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when the day is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date covers.</summary>
    public LocalDate Start => new(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The last day the date covers.</summary>
    public LocalDate End =>
        _day != 0 ? new LocalDate(_year, _month, _day)
        : _month != 0 ? new LocalDate(_year, _month, CalendarSystem.Iso.GetDaysInMonth(_year, _month))
        : new LocalDate(_year, 12, 31);

    /// <summary>The days the date covers.</summary>
    public DayRange Range => new(Start, End);

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day's year is before 1 or after 9999: a partial date (like the scenario file format) holds years 1–9999 only.</exception>
    public static PartialDate FromLocalDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Converts a day to a date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day's year is before 1 or after 9999 (see <see cref="FromLocalDate"/>).</exception>
    public static implicit operator PartialDate(LocalDate date) => FromLocalDate(date);

    /// <summary>Whether <paramref name="day"/> is one of the days the date covers.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the date covers it.</returns>
    public bool Contains(LocalDate day) => Start <= day && day <= End;

    /// <summary>Whether the dated event has happened on or before <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>True or false when the precision decides it, otherwise unknown.</returns>
    public Truth IsOnOrBefore(LocalDate day) => Range.HasOccurredBy(day);

    /// <summary>Parses ISO 8601 text: <c>uuuu</c>, <c>uuuu-MM</c> or <c>uuuu-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or an error with code <see cref="ErrorCodes.InvalidPartialDate"/>.</returns>
    public static OneOf<PartialDate, ModelError> Parse(string text) =>
        TryParse(text, out var date) ? date : new ModelError(
            ErrorCodes.InvalidPartialDate,
            $"'{text}' is not a date: expected an ISO 8601 year, year-month or date such as '2024', '2024-06' or '2024-06-19', with a real month and day.",
            path: null);

    /// <summary>Parses ISO 8601 text: <c>uuuu</c>, <c>uuuu-MM</c> or <c>uuuu-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when parsing succeeded.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        return text is not null && TryParse(text.AsSpan(), out date);
    }

    /// <summary>Parses ISO 8601 text as <see cref="TryParse(string?, out PartialDate)"/> does, from characters (no string needed).</summary>
    internal static bool TryParse(ReadOnlySpan<char> span, out PartialDate date)
    {
        date = default;
        if (span.Length is not (4 or 7 or 10) || !TryDigits(span[..4], out var year) || year < 1)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (span.Length >= 7 && (span[4] != '-' || !TryDigits(span.Slice(5, 2), out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (span.Length == 10 && (span[7] != '-' || !TryDigits(span.Slice(8, 2), out day) || day < 1 ||
                                  day > CalendarSystem.Iso.GetDaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <summary>ISO 8601 at the date's precision: <c>2024</c>, <c>2024-06</c> or <c>2024-06-19</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}-{_day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}"),
        _ => _year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether two dates are the same value (same fields and precision).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Whether two dates differ.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders by earliest day, then precision.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
