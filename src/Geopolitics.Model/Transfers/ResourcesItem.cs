namespace Geopolitics.Model.Transfers;

/// <summary>Goods such as oil or food: a <see cref="Resource"/> and a <see cref="Quantity"/>.</summary>
public sealed record ResourcesItem : TransferItem
{
    /// <summary>Creates a resources item.</summary>
    /// <param name="resource">What kind of goods.</param>
    /// <param name="quantity">How much, in what unit ("barrels", "tonnes").</param>
    /// <param name="description">Free text, for example what "other" goods are; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resource"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public ResourcesItem(ResourceKind resource, Quantity quantity, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Resource = ArgumentChecks.Defined(resource, nameof(resource));
        Quantity = quantity;
        Description = ArgumentChecks.OptionalText(description);
    }

    /// <summary>What kind of goods.</summary>
    public ResourceKind Resource { get; }

    /// <summary>How much, in what unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.Resources;

    /// <summary>Culture-invariant text such as "resources (Oil): about 1,000,000 barrels".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() =>
        $"resources ({Resource}{(Description is null ? string.Empty : ", " + Description)}): {Quantity}";
}
