namespace Geopolitics.Model.Sanctions;

/// <summary>An arms embargo: no arms, munitions or military personnel may be supplied to and/or procured from the target.</summary>
public sealed record ArmsEmbargo : SanctionsMeasure
{
    /// <summary>Creates an arms embargo.</summary>
    /// <param name="direction">Which flows are forbidden: supply to the target, procurement from it, or both.</param>
    /// <param name="legalBasis">The provision that imposes it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not one or both defined flags.</exception>
    public ArmsEmbargo(EmbargoDirection direction, string? legalBasis = null)
        : base(legalBasis) => Direction = CheckDirection(direction, nameof(direction));

    /// <summary>Which flows are forbidden.</summary>
    public EmbargoDirection Direction { get; }

    private protected override SanctionsMeasureKind KindCore => SanctionsMeasureKind.ArmsEmbargo;

    /// <summary>Culture-invariant text such as "arms embargo (Both)".</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"arms embargo [{Direction}]{BasisSuffix}";
}
