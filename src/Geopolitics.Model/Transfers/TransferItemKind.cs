namespace Geopolitics.Model.Transfers;

/// <summary>The kind of a <see cref="TransferItem"/>, for grouping (a ledger sums transfers by kind).</summary>
public enum TransferItemKind
{
    /// <summary>Ammunition, shells, rockets, missiles: a <see cref="MunitionsItem"/>.</summary>
    Munitions = 0,

    /// <summary>Major weapon systems as SIPRI counts them: a <see cref="WeaponSystemsItem"/>.</summary>
    WeaponSystems = 1,

    /// <summary>Technology or expertise: a <see cref="TechnologyItem"/>.</summary>
    Technology = 2,

    /// <summary>Money: a <see cref="MoneyItem"/>.</summary>
    Money = 3,

    /// <summary>People sent abroad: a <see cref="PersonnelItem"/>.</summary>
    Personnel = 4,

    /// <summary>Oil, food and other goods: a <see cref="ResourcesItem"/>.</summary>
    Resources = 5,
}
