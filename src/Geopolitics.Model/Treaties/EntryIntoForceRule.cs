namespace Geopolitics.Model.Treaties;

/// <summary>
/// How a treaty enters into force: one of <see cref="OnSignatureRule"/>, <see cref="OnExchangeOfInstrumentsRule"/>,
/// <see cref="AfterInstrumentsRule"/>, <see cref="OnFixedDateRule"/> or <see cref="RecordedRule"/>. The set is closed.
/// </summary>
/// <remarks>
/// A party that consents after the treaty has entered into force is bound from its own consent (plus
/// <see cref="AfterInstrumentsRule.Days"/> under that rule). Under a rule that fixes the day
/// (<see cref="OnExchangeOfInstrumentsRule"/> with a date, <see cref="OnFixedDateRule"/>, <see cref="RecordedRule"/>), a
/// party with no consent on record is taken to be bound from the later of that day and its signature, because the
/// record of entry into force implies the consents it needed.
/// </remarks>
public abstract record EntryIntoForceRule
{
    private protected EntryIntoForceRule()
    {
    }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>on exchange of instruments (2024-12-04)</c>.</returns>
    public sealed override string ToString() => Describe();

    // Abstract and not visible outside the assembly, so no type elsewhere can complete the union.
    private protected abstract string Describe();

    /// <summary>Gives the result of the function for this rule's case.</summary>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="onSignature">Called for an <see cref="OnSignatureRule"/>.</param>
    /// <param name="onExchangeOfInstruments">Called for an <see cref="OnExchangeOfInstrumentsRule"/>.</param>
    /// <param name="afterInstruments">Called for an <see cref="AfterInstrumentsRule"/>.</param>
    /// <param name="onFixedDate">Called for an <see cref="OnFixedDateRule"/>.</param>
    /// <param name="recorded">Called for a <see cref="RecordedRule"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<OnSignatureRule, TResult> onSignature,
        Func<OnExchangeOfInstrumentsRule, TResult> onExchangeOfInstruments,
        Func<AfterInstrumentsRule, TResult> afterInstruments,
        Func<OnFixedDateRule, TResult> onFixedDate,
        Func<RecordedRule, TResult> recorded)
    {
        ArgumentNullException.ThrowIfNull(onSignature);
        ArgumentNullException.ThrowIfNull(onExchangeOfInstruments);
        ArgumentNullException.ThrowIfNull(afterInstruments);
        ArgumentNullException.ThrowIfNull(onFixedDate);
        ArgumentNullException.ThrowIfNull(recorded);
        return this switch
        {
            OnSignatureRule value => onSignature(value),
            OnExchangeOfInstrumentsRule value => onExchangeOfInstruments(value),
            AfterInstrumentsRule value => afterInstruments(value),
            OnFixedDateRule value => onFixedDate(value),
            RecordedRule value => recorded(value),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown rule type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this rule's case.</summary>
    /// <param name="onSignature">Called for an <see cref="OnSignatureRule"/>.</param>
    /// <param name="onExchangeOfInstruments">Called for an <see cref="OnExchangeOfInstrumentsRule"/>.</param>
    /// <param name="afterInstruments">Called for an <see cref="AfterInstrumentsRule"/>.</param>
    /// <param name="onFixedDate">Called for an <see cref="OnFixedDateRule"/>.</param>
    /// <param name="recorded">Called for a <see cref="RecordedRule"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<OnSignatureRule> onSignature,
        Action<OnExchangeOfInstrumentsRule> onExchangeOfInstruments,
        Action<AfterInstrumentsRule> afterInstruments,
        Action<OnFixedDateRule> onFixedDate,
        Action<RecordedRule> recorded)
    {
        ArgumentNullException.ThrowIfNull(onSignature);
        ArgumentNullException.ThrowIfNull(onExchangeOfInstruments);
        ArgumentNullException.ThrowIfNull(afterInstruments);
        ArgumentNullException.ThrowIfNull(onFixedDate);
        ArgumentNullException.ThrowIfNull(recorded);
        switch (this)
        {
            case OnSignatureRule value:
                onSignature(value);
                break;
            case OnExchangeOfInstrumentsRule value:
                onExchangeOfInstruments(value);
                break;
            case AfterInstrumentsRule value:
                afterInstruments(value);
                break;
            case OnFixedDateRule value:
                onFixedDate(value);
                break;
            case RecordedRule value:
                recorded(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown rule type {GetType()}.");
        }
    }
}
