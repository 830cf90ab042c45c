namespace Geopolitics.Model.Treaties;

/// <summary>
/// The treaty enters into force <see cref="Days"/> days after the <see cref="Count"/>-th instrument of consent is
/// given, and for a party consenting later, <see cref="Days"/> days after its own consent.
/// </summary>
public sealed record AfterInstrumentsRule : EntryIntoForceRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="count">Which instrument of consent starts the delay (1 for the first); at least 1.</param>
    /// <param name="days">The delay in days after that instrument; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or <paramref name="days"/> is negative.</exception>
    public AfterInstrumentsRule(int count, int days)
    {
        ArgumentProblem.ThrowIf(Problem(count, days));
        Count = count;
        Days = days;
    }

    /// <summary>Which instrument of consent starts the delay (1-based).</summary>
    public int Count { get; }

    /// <summary>The delay in days.</summary>
    public int Days { get; }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(int count, int days) =>
        count < 1 ? new(nameof(count), $"The instrument that starts the delay is counted from 1; got {count}.", OutOfRange: true)
        : days < 0 ? new(nameof(days), $"The delay is 0 days or more; got {days}.", OutOfRange: true)
        : null;

    private protected override string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Days} days after instrument {Count}");
}
