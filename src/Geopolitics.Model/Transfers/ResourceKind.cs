namespace Geopolitics.Model.Transfers;

/// <summary>A kind of goods carried by a <see cref="ResourcesItem"/> or capped by a sanctions measure.</summary>
public enum ResourceKind
{
    /// <summary>Any other goods, described in the item's text.</summary>
    Other = 0,

    /// <summary>Crude oil.</summary>
    Oil = 1,

    /// <summary>Refined petroleum products (fuel).</summary>
    RefinedPetroleum = 2,

    /// <summary>Food and agricultural goods.</summary>
    Food = 3,

    /// <summary>Coal.</summary>
    Coal = 4,
}
