using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Stances;

/// <summary>A stance towards a transfer ("condemned the arms transfers").</summary>
public sealed record TransferTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <exception cref="ArgumentException"><paramref name="transfer"/> is the default value.</exception>
    public TransferTarget(TransferId transfer) => Transfer = ArgumentChecks.NotDefault(transfer, nameof(transfer));

    /// <summary>The transfer.</summary>
    public TransferId Transfer { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Transfer;

    /// <summary>Culture-invariant text such as "transfer prk-rus-shells".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"transfer {Transfer}";
}
