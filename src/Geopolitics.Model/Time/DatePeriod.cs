using NodaTime;

namespace Geopolitics.Model.Time;

/// <summary>
/// A span of time with a <see cref="Start"/> and an optional <see cref="End"/>, each a <see cref="PartialDate"/>.
/// Both ends are included; an open end (<see langword="null"/>) means ongoing.
/// </summary>
/// <remarks>
/// The rule that a period ends on or after its start spans two fields, so it is checked by validation
/// (<see cref="Errors.ErrorCodes.PeriodEndsBeforeStart"/>), not by the constructor. The constructor refuses
/// <c>default(PartialDate)</c> at either end, which is not a date; <c>default(DatePeriod)</c> is not a period and the
/// model's constructors refuse it.
/// </remarks>
/// <param name="Start">The first day, month or year of the period.</param>
/// <param name="End">The last day, month or year of the period, or <see langword="null"/> while it is ongoing.</param>
/// <exception cref="ArgumentException"><paramref name="Start"/> or <paramref name="End"/> is <c>default(PartialDate)</c>.</exception>
public readonly record struct DatePeriod(PartialDate Start, PartialDate? End = null)
{
    /// <summary>The first day, month or year of the period.</summary>
    public PartialDate Start { get; init; } = ArgumentChecks.NotDefault(Start, nameof(Start));

    /// <summary>The last day, month or year of the period, or <see langword="null"/> while it is ongoing.</summary>
    public PartialDate? End { get; init; } = End is { } end ? ArgumentChecks.NotDefault(end, nameof(End)) : null;

    /// <summary>Whether the period has no end yet.</summary>
    public bool IsOpen => End is null;

    /// <summary>Whether <paramref name="day"/> lies within the period.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>True when certainly within, false when certainly outside, unknown when the precision of an end decides.</returns>
    public Truth Contains(LocalDate day)
    {
        var started = Start.IsOnOrBefore(day);
        var endedBefore = End is { } end ? end.Range.HasOccurredBefore(day) : Truth.False;
        return started & !endedBefore;
    }

    /// <summary>Whether the period shares at least one day with <c>[from, to]</c> (both included).</summary>
    /// <param name="from">The first day of the window.</param>
    /// <param name="to">The last day of the window.</param>
    /// <returns>The three-valued answer.</returns>
    public Truth Overlaps(LocalDate from, LocalDate to)
    {
        var startsInTime = Start.IsOnOrBefore(to);
        var endsInTime = End is { } end ? !end.Range.HasOccurredBefore(from) : Truth.True;
        return startsInTime & endsInTime;
    }

    /// <summary>ISO 8601 interval: <c>start/end</c>, with <c>..</c> for an open end.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"{Start}/{(End is { } end ? end.ToString() : "..")}";
}
