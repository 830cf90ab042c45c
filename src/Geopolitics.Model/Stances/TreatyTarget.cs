using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Stances;

/// <summary>A stance towards a treaty ("US, ROK and Japan condemned the treaty").</summary>
public sealed record TreatyTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <exception cref="ArgumentException"><paramref name="treaty"/> is the default value.</exception>
    public TreatyTarget(TreatyId treaty) => Treaty = ArgumentChecks.NotDefault(treaty, nameof(treaty));

    /// <summary>The treaty.</summary>
    public TreatyId Treaty { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Treaty;

    /// <summary>Culture-invariant text such as "treaty rus-prk-2024".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"treaty {Treaty}";
}
