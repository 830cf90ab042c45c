using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>The positions of two actors on one common target, as compared by a <see cref="StanceSimilarity"/>.</summary>
public sealed record StanceComparison
{
    internal StanceComparison(StanceTarget target, StancePosition firstPosition, StancePosition secondPosition, FactReference firstStance, FactReference secondStance)
    {
        Target = target;
        FirstPosition = firstPosition;
        SecondPosition = secondPosition;
        FirstStance = firstStance;
        SecondStance = secondStance;
    }

    /// <summary>The common target.</summary>
    public StanceTarget Target { get; }

    /// <summary>The first actor's position in effect on the day.</summary>
    public StancePosition FirstPosition { get; }

    /// <summary>The second actor's position in effect on the day.</summary>
    public StancePosition SecondPosition { get; }

    /// <summary>The stance that gives the first actor's position.</summary>
    public FactReference FirstStance { get; }

    /// <summary>The stance that gives the second actor's position.</summary>
    public FactReference SecondStance { get; }

    /// <summary>The distance between the positions, from 0 (same) to 6 (condemns against endorses).</summary>
    public int Distance => Math.Abs((int)FirstPosition - (int)SecondPosition);

    /// <summary>For example <c>treaty rus-prk-2024: -3 vs +3</c>.</summary>
    /// <returns>The comparison as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Target}: {(int)FirstPosition:+0;-0;0} vs {(int)SecondPosition:+0;-0;0}");
}
