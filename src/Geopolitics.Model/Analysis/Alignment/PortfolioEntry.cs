using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// One dimension of two defence-tie portfolios: whether each of the two actors has a defence tie in force with
/// <see cref="Actor"/> on the day (an actor counts as tied to itself).
/// </summary>
/// <param name="Actor">The actor the ties are with.</param>
/// <param name="FirstTie">Whether the first actor is tied to <see cref="Actor"/>.</param>
/// <param name="SecondTie">Whether the second actor is tied to <see cref="Actor"/>.</param>
public readonly record struct PortfolioEntry(ActorId Actor, Truth FirstTie, Truth SecondTie)
{
    /// <summary>Whether the two entries differ: unknown when either is unknown.</summary>
    public Truth Differs => FirstTie.IsUnknown || SecondTie.IsUnknown ? Truth.Unknown : Truth.From(FirstTie != SecondTie);

    /// <summary>For example <c>PRK: 1/0</c>, with <c>?</c> for an unknown entry.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => $"{Actor}: {Digit(FirstTie)}/{Digit(SecondTie)}";

    private static string Digit(Truth truth) => truth.IsTrue ? "1" : truth.IsFalse ? "0" : "?";
}
