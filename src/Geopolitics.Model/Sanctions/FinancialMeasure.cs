namespace Geopolitics.Model.Sanctions;

/// <summary>A financial measure: an asset freeze, a ban on bulk cash, banking or investment restrictions.</summary>
public sealed record FinancialMeasure : SanctionsMeasure
{
    /// <summary>Creates a financial measure.</summary>
    /// <param name="restriction">What it restricts.</param>
    /// <param name="legalBasis">The provision that imposes it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="restriction"/> is not defined.</exception>
    public FinancialMeasure(FinancialMeasureKind restriction, string? legalBasis = null)
        : base(legalBasis) => Restriction = ArgumentChecks.Defined(restriction, nameof(restriction));

    /// <summary>What it restricts.</summary>
    public FinancialMeasureKind Restriction { get; }

    private protected override SanctionsMeasureKind KindCore => SanctionsMeasureKind.Financial;

    /// <summary>Culture-invariant text such as "financial BulkCash".</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"financial {Restriction}{BasisSuffix}";
}
