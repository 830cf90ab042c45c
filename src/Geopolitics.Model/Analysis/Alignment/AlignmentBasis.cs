namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>Which similarity an <see cref="AlignmentLink"/> rests on.</summary>
public enum AlignmentBasis
{
    /// <summary>Neither: the two share no stance target and no defence tie, so they are not compared.</summary>
    None = 0,

    /// <summary>The similarity of their stances on the targets they share.</summary>
    Stances = 1,

    /// <summary>The similarity of their defence-tie portfolios (they share no stance target, but a tie).</summary>
    Portfolio = 2,
}
