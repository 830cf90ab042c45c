namespace Geopolitics.Model.Sanctions;

/// <summary>The kind of a <see cref="SanctionsMeasure"/>.</summary>
public enum SanctionsMeasureKind
{
    /// <summary>An <see cref="ArmsEmbargo"/>.</summary>
    ArmsEmbargo = 0,

    /// <summary>A <see cref="TechnologyBan"/>.</summary>
    TechnologyBan = 1,

    /// <summary>A <see cref="FinancialMeasure"/>.</summary>
    Financial = 2,

    /// <summary>A <see cref="ResourceCap"/>.</summary>
    ResourceCap = 3,

    /// <summary>A <see cref="WorkerBan"/>.</summary>
    WorkerBan = 4,
}
