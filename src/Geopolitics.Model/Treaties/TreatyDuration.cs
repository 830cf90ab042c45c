using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Treaties;

/// <summary>How long a treaty lasts once in force: <see cref="Indefinite"/> or a <see cref="FixedTerm"/>. The set is closed.</summary>
public abstract record TreatyDuration
{
    private TreatyDuration()
    {
    }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>indefinite</c> or <c>P20Y, renewing every P20Y</c>.</returns>
    public sealed override string ToString() => Describe();

    // Abstract and not visible outside the assembly, so no type elsewhere can complete the union.
    private protected abstract string Describe();

    /// <summary>Gives the result of the function for this duration's case.</summary>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="indefinite">Called for an <see cref="Indefinite"/>.</param>
    /// <param name="fixedTerm">Called for a <see cref="FixedTerm"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<Indefinite, TResult> indefinite,
        Func<FixedTerm, TResult> fixedTerm)
    {
        ArgumentNullException.ThrowIfNull(indefinite);
        ArgumentNullException.ThrowIfNull(fixedTerm);
        return this switch
        {
            Indefinite value => indefinite(value),
            FixedTerm value => fixedTerm(value),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown duration type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this duration's case.</summary>
    /// <param name="indefinite">Called for an <see cref="Indefinite"/>.</param>
    /// <param name="fixedTerm">Called for a <see cref="FixedTerm"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<Indefinite> indefinite,
        Action<FixedTerm> fixedTerm)
    {
        ArgumentNullException.ThrowIfNull(indefinite);
        ArgumentNullException.ThrowIfNull(fixedTerm);
        switch (this)
        {
            case Indefinite value:
                indefinite(value);
                break;
            case FixedTerm value:
                fixedTerm(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown duration type {GetType()}.");
        }
    }

    /// <summary>The treaty lasts until it is terminated, superseded or left by all but one party.</summary>
    public sealed record Indefinite : TreatyDuration
    {
        /// <summary>Creates the duration.</summary>
        public Indefinite()
        {
        }

        private protected override string Describe() => "indefinite";
    }

    /// <summary>
    /// The treaty lasts for <see cref="Term"/> from its entry into force. If it renews automatically it goes on for
    /// successive terms of <see cref="RenewalTerm"/> and so never expires (only termination or withdrawal end it);
    /// otherwise it expires on the day entry into force plus <see cref="Term"/> is reached.
    /// </summary>
    public sealed record FixedTerm : TreatyDuration
    {
        /// <summary>Creates the duration.</summary>
        /// <param name="term">The first term, a positive period of years, months, weeks or days.</param>
        /// <param name="renewsAutomatically">Whether the treaty renews itself at the end of each term.</param>
        /// <param name="renewalTerm">The length of each renewal, when different from <paramref name="term"/>; only with automatic renewal.</param>
        /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException">A term is not a positive date period, or a renewal term is given without automatic renewal.</exception>
        public FixedTerm(Period term, bool renewsAutomatically = false, Period? renewalTerm = null)
        {
            ArgumentNullException.ThrowIfNull(term);
            if (!DayArithmetic.IsPositiveDatePeriod(term))
            {
                throw new ArgumentException($"The term ({term}) must be a positive period of years, months, weeks or days.", nameof(term));
            }

            if (renewalTerm is not null)
            {
                if (!renewsAutomatically)
                {
                    throw new ArgumentException("A renewal term needs automatic renewal.", nameof(renewalTerm));
                }

                if (!DayArithmetic.IsPositiveDatePeriod(renewalTerm))
                {
                    throw new ArgumentException($"The renewal term ({renewalTerm}) must be a positive period of years, months, weeks or days.", nameof(renewalTerm));
                }
            }

            Term = term;
            RenewsAutomatically = renewsAutomatically;
            RenewalTerm = renewalTerm;
        }

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
}
