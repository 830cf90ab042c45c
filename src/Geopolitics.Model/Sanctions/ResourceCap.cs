using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Sanctions;

/// <summary>
/// A cap on a resource to or from the target ("refined petroleum to the DPRK capped at 500,000 barrels a year"), or a
/// ban when there is no cap ("no coal from the DPRK").
/// </summary>
public sealed record ResourceCap : SanctionsMeasure
{
    /// <summary>Creates a resource cap.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="direction">Which flows are capped: supply to the target, procurement from it, or both.</param>
    /// <param name="cap">The most allowed, with its unit ("barrels per year"), or <see langword="null"/> for a total ban.</param>
    /// <param name="legalBasis">The provision that imposes it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resource"/> is not defined, or <paramref name="direction"/> is not one or both defined flags.</exception>
    public ResourceCap(ResourceKind resource, EmbargoDirection direction, Quantity? cap = null, string? legalBasis = null)
        : base(legalBasis)
    {
        Resource = ArgumentChecks.Defined(resource, nameof(resource));
        Direction = CheckDirection(direction, nameof(direction));
        Cap = cap;
    }

    /// <summary>The resource.</summary>
    public ResourceKind Resource { get; }

    /// <summary>Which flows are capped.</summary>
    public EmbargoDirection Direction { get; }

    /// <summary>The most allowed, or <see langword="null"/> when the flow is banned outright.</summary>
    public Quantity? Cap { get; }

    /// <summary>Whether the flow is banned outright (no cap).</summary>
    public bool IsBan => Cap is null;

    private protected override SanctionsMeasureKind KindCore => SanctionsMeasureKind.ResourceCap;

    /// <summary>Culture-invariant text such as "resource cap RefinedPetroleum [SupplyToTarget]: 500,000 barrels per year".</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() =>
        $"{(IsBan ? "resource ban" : "resource cap")} {Resource} [{Direction}]{(Cap is null ? string.Empty : ": " + Cap)}{BasisSuffix}";
}
