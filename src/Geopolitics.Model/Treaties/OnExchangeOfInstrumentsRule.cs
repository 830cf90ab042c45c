using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// The treaty enters into force on the exchange of the instruments of consent (ratification) of its original
/// parties (those that did not accede or succeed).
/// </summary>
public sealed record OnExchangeOfInstrumentsRule : EntryIntoForceRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="exchanged">When the instruments were exchanged, if recorded; otherwise <see langword="null"/>.</param>
    public OnExchangeOfInstrumentsRule(PartialDate? exchanged = null) => Exchanged = exchanged;

    /// <summary>
    /// When the instruments were exchanged, or <see langword="null"/> when not recorded: then the treaty is in
    /// force not before the last consent of the original parties, and unknown after it.
    /// </summary>
    public PartialDate? Exchanged { get; }

    private protected override string Describe() =>
        Exchanged is { } exchanged ? $"on exchange of instruments ({exchanged})" : "on exchange of instruments (date not recorded)";
}
