namespace Geopolitics.Model.Sanctions;

/// <summary>A ban on employing the target's workers abroad (UNSCR 2397 (2017) on DPRK nationals earning income abroad).</summary>
public sealed record WorkerBan : SanctionsMeasure
{
    /// <summary>Creates a worker ban.</summary>
    /// <param name="legalBasis">The provision that imposes it, or <see langword="null"/>.</param>
    public WorkerBan(string? legalBasis = null)
        : base(legalBasis)
    {
    }

    private protected override SanctionsMeasureKind KindCore => SanctionsMeasureKind.WorkerBan;

    /// <summary>Culture-invariant text: "worker ban".</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"worker ban{BasisSuffix}";
}
