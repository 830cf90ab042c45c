namespace Geopolitics.Model.Treaties;

/// <summary>How long a treaty lasts once in force: <see cref="IndefiniteDuration"/> or a <see cref="FixedTermDuration"/>. The set is closed.</summary>
public abstract record TreatyDuration
{
    private protected TreatyDuration()
    {
    }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>indefinite</c> or <c>P20Y, renewing every P20Y</c>.</returns>
    public sealed override string ToString() => Describe();

    // Abstract and not visible outside the assembly, so no type elsewhere can complete the union.
    private protected abstract string Describe();

    /// <summary>Gives the result of the function for this duration's case.</summary>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="indefinite">Called for an <see cref="IndefiniteDuration"/>.</param>
    /// <param name="fixedTerm">Called for a <see cref="FixedTermDuration"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<IndefiniteDuration, TResult> indefinite,
        Func<FixedTermDuration, TResult> fixedTerm)
    {
        ArgumentNullException.ThrowIfNull(indefinite);
        ArgumentNullException.ThrowIfNull(fixedTerm);
        return this switch
        {
            IndefiniteDuration value => indefinite(value),
            FixedTermDuration value => fixedTerm(value),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown duration type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this duration's case.</summary>
    /// <param name="indefinite">Called for an <see cref="IndefiniteDuration"/>.</param>
    /// <param name="fixedTerm">Called for a <see cref="FixedTermDuration"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<IndefiniteDuration> indefinite,
        Action<FixedTermDuration> fixedTerm)
    {
        ArgumentNullException.ThrowIfNull(indefinite);
        ArgumentNullException.ThrowIfNull(fixedTerm);
        switch (this)
        {
            case IndefiniteDuration value:
                indefinite(value);
                break;
            case FixedTermDuration value:
                fixedTerm(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown duration type {GetType()}.");
        }
    }
}
