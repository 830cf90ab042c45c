using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// How a treaty enters into force: one of <see cref="OnSignature"/>, <see cref="OnExchangeOfInstruments"/>,
/// <see cref="AfterInstruments"/>, <see cref="OnFixedDate"/> or <see cref="Recorded"/>. The set is closed.
/// </summary>
/// <remarks>
/// A party that consents after the treaty has entered into force is bound from its own consent (plus
/// <see cref="AfterInstruments.Days"/> under that rule). Under a rule that fixes the day
/// (<see cref="OnExchangeOfInstruments"/> with a date, <see cref="OnFixedDate"/>, <see cref="Recorded"/>), a
/// party with no consent on record is taken to be bound from the later of that day and its signature, because the
/// record of entry into force implies the consents it needed.
/// </remarks>
public abstract record EntryIntoForceRule
{
    private EntryIntoForceRule()
    {
    }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>on exchange of instruments (2024-12-04)</c>.</returns>
    public sealed override string ToString() => Describe();

    // Abstract and not visible outside the assembly, so no type elsewhere can complete the union.
    private protected abstract string Describe();

    /// <summary>Gives the result of the function for this rule's case.</summary>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="onSignature">Called for an <see cref="OnSignature"/>.</param>
    /// <param name="onExchangeOfInstruments">Called for an <see cref="OnExchangeOfInstruments"/>.</param>
    /// <param name="afterInstruments">Called for an <see cref="AfterInstruments"/>.</param>
    /// <param name="onFixedDate">Called for an <see cref="OnFixedDate"/>.</param>
    /// <param name="recorded">Called for a <see cref="Recorded"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<OnSignature, TResult> onSignature,
        Func<OnExchangeOfInstruments, TResult> onExchangeOfInstruments,
        Func<AfterInstruments, TResult> afterInstruments,
        Func<OnFixedDate, TResult> onFixedDate,
        Func<Recorded, TResult> recorded)
    {
        ArgumentNullException.ThrowIfNull(onSignature);
        ArgumentNullException.ThrowIfNull(onExchangeOfInstruments);
        ArgumentNullException.ThrowIfNull(afterInstruments);
        ArgumentNullException.ThrowIfNull(onFixedDate);
        ArgumentNullException.ThrowIfNull(recorded);
        return this switch
        {
            OnSignature value => onSignature(value),
            OnExchangeOfInstruments value => onExchangeOfInstruments(value),
            AfterInstruments value => afterInstruments(value),
            OnFixedDate value => onFixedDate(value),
            Recorded value => recorded(value),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown rule type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this rule's case.</summary>
    /// <param name="onSignature">Called for an <see cref="OnSignature"/>.</param>
    /// <param name="onExchangeOfInstruments">Called for an <see cref="OnExchangeOfInstruments"/>.</param>
    /// <param name="afterInstruments">Called for an <see cref="AfterInstruments"/>.</param>
    /// <param name="onFixedDate">Called for an <see cref="OnFixedDate"/>.</param>
    /// <param name="recorded">Called for a <see cref="Recorded"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<OnSignature> onSignature,
        Action<OnExchangeOfInstruments> onExchangeOfInstruments,
        Action<AfterInstruments> afterInstruments,
        Action<OnFixedDate> onFixedDate,
        Action<Recorded> recorded)
    {
        ArgumentNullException.ThrowIfNull(onSignature);
        ArgumentNullException.ThrowIfNull(onExchangeOfInstruments);
        ArgumentNullException.ThrowIfNull(afterInstruments);
        ArgumentNullException.ThrowIfNull(onFixedDate);
        ArgumentNullException.ThrowIfNull(recorded);
        switch (this)
        {
            case OnSignature value:
                onSignature(value);
                break;
            case OnExchangeOfInstruments value:
                onExchangeOfInstruments(value);
                break;
            case AfterInstruments value:
                afterInstruments(value);
                break;
            case OnFixedDate value:
                onFixedDate(value);
                break;
            case Recorded value:
                recorded(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown rule type {GetType()}.");
        }
    }

    /// <summary>The treaty binds on signature: it enters into force on the day the second party signs, and binds each later signatory from its own signature.</summary>
    public sealed record OnSignature : EntryIntoForceRule
    {
        /// <summary>Creates the rule.</summary>
        public OnSignature()
        {
        }

        private protected override string Describe() => "on signature";
    }

    /// <summary>
    /// The treaty enters into force on the exchange of the instruments of consent (ratification) of its original
    /// parties (those that did not accede or succeed).
    /// </summary>
    public sealed record OnExchangeOfInstruments : EntryIntoForceRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="exchanged">When the instruments were exchanged, if recorded; otherwise <see langword="null"/>.</param>
        public OnExchangeOfInstruments(PartialDate? exchanged = null) => Exchanged = exchanged;

        /// <summary>
        /// When the instruments were exchanged, or <see langword="null"/> when not recorded: then the treaty is in
        /// force not before the last consent of the original parties, and unknown after it.
        /// </summary>
        public PartialDate? Exchanged { get; }

        private protected override string Describe() =>
            Exchanged is { } exchanged ? $"on exchange of instruments ({exchanged})" : "on exchange of instruments (date not recorded)";
    }

    /// <summary>
    /// The treaty enters into force <see cref="Days"/> days after the <see cref="Count"/>-th instrument of consent is
    /// given, and for a party consenting later, <see cref="Days"/> days after its own consent.
    /// </summary>
    public sealed record AfterInstruments : EntryIntoForceRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="count">Which instrument of consent starts the delay (1 for the first); at least 1.</param>
        /// <param name="days">The delay in days after that instrument; 0 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or <paramref name="days"/> is negative.</exception>
        public AfterInstruments(int count, int days)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
            ArgumentOutOfRangeException.ThrowIfNegative(days);
            Count = count;
            Days = days;
        }

        /// <summary>Which instrument of consent starts the delay (1-based).</summary>
        public int Count { get; }

        /// <summary>The delay in days.</summary>
        public int Days { get; }

        private protected override string Describe() =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Days} days after instrument {Count}");
    }

    /// <summary>The treaty enters into force on a day fixed in its text.</summary>
    public sealed record OnFixedDate : EntryIntoForceRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="date">The day fixed by the treaty.</param>
        public OnFixedDate(PartialDate date) => Date = ArgumentChecks.NotDefault(date, nameof(date));

        /// <summary>The day fixed by the treaty.</summary>
        public PartialDate Date { get; }

        private protected override string Describe() => $"on {Date} (fixed)";
    }

    /// <summary>The day of entry into force is on record (from the depositary, a dataset or an official announcement), whatever the rule that produced it.</summary>
    public sealed record Recorded : EntryIntoForceRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="date">The recorded day of entry into force.</param>
        public Recorded(PartialDate date) => Date = ArgumentChecks.NotDefault(date, nameof(date));

        /// <summary>The recorded day of entry into force.</summary>
        public PartialDate Date { get; }

        private protected override string Describe() => $"on {Date} (recorded)";
    }
}
