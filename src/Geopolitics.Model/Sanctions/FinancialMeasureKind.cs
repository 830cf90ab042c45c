namespace Geopolitics.Model.Sanctions;

/// <summary>What a <see cref="FinancialMeasure"/> restricts.</summary>
public enum FinancialMeasureKind
{
    /// <summary>Any other financial restriction, described by its legal basis.</summary>
    Other = 0,

    /// <summary>Freezing the assets of designated persons and entities.</summary>
    AssetFreeze = 1,

    /// <summary>Banning bulk cash transfers to the target.</summary>
    BulkCash = 2,

    /// <summary>Restricting banking relations (correspondent accounts, branches).</summary>
    Banking = 3,

    /// <summary>Banning investment in or from the target.</summary>
    Investment = 4,
}
