using Geopolitics.Model.Places;

namespace Geopolitics.Model.Transfers;

/// <summary>
/// People sent from the supplier to the recipient: a <see cref="Count"/>, a <see cref="Role"/>, where they are
/// deployed and whether they support the recipient's military operations ("over 10,000 troops to fight alongside
/// Russian forces").
/// </summary>
public sealed record PersonnelItem : TransferItem
{
    /// <summary>Creates a personnel item.</summary>
    /// <param name="count">How many people.</param>
    /// <param name="role">What they are sent to do.</param>
    /// <param name="deploymentLocation">Where they are deployed, or <see langword="null"/> when not known.</param>
    /// <param name="inSupportOfOperations">
    /// Whether they are deployed in support of the recipient's military operations (fighting, or freeing the
    /// recipient's troops for the front); this makes a partnership operational.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentLocation"/> is <c>default(PlaceId)</c>.</exception>
    public PersonnelItem(Estimate count, PersonnelRole role, PlaceId? deploymentLocation = null, bool inSupportOfOperations = false)
    {
        Count = count;
        Role = ArgumentChecks.Defined(role, nameof(role));
        DeploymentLocation = deploymentLocation is { } place ? ArgumentChecks.NotDefault(place, nameof(deploymentLocation)) : null;
        InSupportOfOperations = inSupportOfOperations;
    }

    /// <summary>How many people.</summary>
    public Estimate Count { get; }

    /// <summary>What they are sent to do.</summary>
    public PersonnelRole Role { get; }

    /// <summary>Where they are deployed, or <see langword="null"/> when not known.</summary>
    public PlaceId? DeploymentLocation { get; }

    /// <summary>Whether they are deployed in support of the recipient's military operations.</summary>
    public bool InSupportOfOperations { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.Personnel;

    /// <summary>Culture-invariant text such as "personnel: over 10,000 CombatTroops at KURSK, in support of operations".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() =>
        $"personnel: {Count} {Role}" +
        (DeploymentLocation is { } place ? $" at {place}" : string.Empty) +
        (InSupportOfOperations ? ", in support of operations" : string.Empty);
}
