using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// The treaty lasts for <see cref="Term"/> from its entry into force. If it renews automatically it goes on for
/// successive terms of <see cref="RenewalTerm"/> and so never expires (only termination or withdrawal end it);
/// otherwise it expires on the day entry into force plus <see cref="Term"/> is reached.
/// </summary>
public sealed record FixedTermDuration : TreatyDuration
{
    /// <summary>Creates the duration.</summary>
    /// <param name="term">The first term, a positive period of years, months, weeks or days.</param>
    /// <param name="renewsAutomatically">Whether the treaty renews itself at the end of each term.</param>
    /// <param name="renewalTerm">The length of each renewal, when different from <paramref name="term"/>; only with automatic renewal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is not a positive date period, or a renewal term is given without automatic renewal.</exception>
    public FixedTermDuration(Period term, bool renewsAutomatically = false, Period? renewalTerm = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentProblem.ThrowIf(Problem(term, renewsAutomatically, renewalTerm));
        Term = term;
        RenewsAutomatically = renewsAutomatically;
        RenewalTerm = renewalTerm;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(Period term, bool renewsAutomatically, Period? renewalTerm) =>
        !DayArithmetic.IsPositiveDatePeriod(term) ? new(nameof(term), $"The term ({term}) must be a positive period of years, months, weeks or days.")
        : renewalTerm is null ? null
        : !renewsAutomatically ? new(nameof(renewalTerm), "A renewal term needs automatic renewal.")
        : !DayArithmetic.IsPositiveDatePeriod(renewalTerm) ? new(nameof(renewalTerm), $"The renewal term ({renewalTerm}) must be a positive period of years, months, weeks or days.")
        : null;

    /// <summary>The first term, counted from entry into force.</summary>
    public Period Term { get; }

    /// <summary>Whether the treaty renews itself at the end of each term.</summary>
    public bool RenewsAutomatically { get; }

    /// <summary>The length of each renewal when it differs from <see cref="Term"/>; otherwise <see langword="null"/>.</summary>
    public Period? RenewalTerm { get; }

    /// <summary>The length of each renewal: <see cref="RenewalTerm"/>, or <see cref="Term"/>; <see langword="null"/> when the treaty does not renew.</summary>
    public Period? EffectiveRenewalTerm => RenewsAutomatically ? RenewalTerm ?? Term : null;

    private protected override string Describe() =>
        RenewsAutomatically ? $"{Term}, renewing every {EffectiveRenewalTerm}" : $"{Term}";
}
