namespace Geopolitics.Model.Transfers;

/// <summary>Munitions: a <see cref="Category"/> and a <see cref="Quantity"/> ("thousands of containers of artillery shells").</summary>
public sealed record MunitionsItem : TransferItem
{
    /// <summary>Creates a munitions item.</summary>
    /// <param name="category">What kind of munitions.</param>
    /// <param name="quantity">How many, in what unit ("containers", "rounds").</param>
    /// <param name="description">Free text, for example what "other" munitions are; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public MunitionsItem(MunitionsCategory category, Quantity quantity, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Category = ArgumentChecks.Defined(category, nameof(category));
        Quantity = quantity;
        Description = ArgumentChecks.OptionalText(description);
    }

    /// <summary>What kind of munitions.</summary>
    public MunitionsCategory Category { get; }

    /// <summary>How many, in what unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.Munitions;

    /// <summary>Culture-invariant text such as "munitions (ArtilleryShells): thousands of containers".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() =>
        $"munitions ({Category}{(Description is null ? string.Empty : ", " + Description)}): {Quantity}";
}
