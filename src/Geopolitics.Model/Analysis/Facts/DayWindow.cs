using System.Globalization;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Facts;

/// <summary>
/// A window of days <c>[From, To]</c>, both included, either end open, as the analyses take it; and the three-valued
/// tests of dated facts and periods against it.
/// </summary>
internal readonly record struct DayWindow
{
    // Partial dates run from year 1 to 9999: clamping an open or far end there changes no answer and keeps day
    // arithmetic (the day before the first) in range.
    private static readonly LocalDate FirstDay = new(1, 1, 1);
    private static readonly LocalDate LastDay = new(9999, 12, 31);

    private DayWindow(LocalDate? from, LocalDate? to)
    {
        From = from;
        To = to;
        Lower = from is { } f && f > FirstDay ? f : FirstDay;
        Upper = to is { } t && t < LastDay ? t : LastDay;
    }

    public LocalDate? From { get; }

    public LocalDate? To { get; }

    public LocalDate Lower { get; }

    public LocalDate Upper { get; }

    /// <summary>Checks the window: its end must not be before its start.</summary>
    public static OneOf<DayWindow, ModelError> Create(LocalDate? from, LocalDate? to) =>
        from is { } f && to is { } t && t < f
            ? new ModelError(
                ErrorCodes.AnalysisWindowEndsBeforeStart,
                $"The window's end 'to' ({Iso(t)}) is before its start 'from' ({Iso(f)}); a window ends on or after its start.",
                ErrorPath.OfMember("to"))
            : new DayWindow(from, to);

    /// <summary>Whether a period shares at least one day with the window.</summary>
    public Truth Overlaps(DatePeriod period) => period.Overlaps(Lower, Upper);

    /// <summary>Whether a dated event (one day somewhere in the date's range) falls in the window.</summary>
    public Truth Contains(PartialDate date)
    {
        var range = date.Range;
        if (range.Earliest > Upper || range.Latest < Lower)
        {
            return Truth.False;
        }

        return range.Earliest >= Lower && range.Latest <= Upper ? Truth.True : Truth.Unknown;
    }

    public override string ToString() =>
        $"{(From is { } f ? Iso(f) : "..")}/{(To is { } t ? Iso(t) : "..")}";

    public static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether the event dated <paramref name="first"/> happened on or before the one dated <paramref name="second"/>.</summary>
    public static Truth OnOrBefore(PartialDate first, PartialDate second)
    {
        if (first.End <= second.Start)
        {
            return Truth.True;
        }

        return first.Start > second.End ? Truth.False : Truth.Unknown;
    }

    /// <summary>Whether two periods share at least one day (both ends included; an open end never ends).</summary>
    public static Truth Overlap(DatePeriod first, DatePeriod second)
    {
        var firstStartsInTime = second.End is { } secondEnd ? OnOrBefore(first.Start, secondEnd) : Truth.True;
        var secondStartsInTime = first.End is { } firstEnd ? OnOrBefore(second.Start, firstEnd) : Truth.True;
        return firstStartsInTime & secondStartsInTime;
    }
}
