namespace Geopolitics.Model.Sanctions;

/// <summary>Which flows to or from the target a measure forbids; the flags combine ("arms to and from the DPRK").</summary>
[Flags]
public enum EmbargoDirection
{
    /// <summary>No direction; not a valid direction for a measure.</summary>
    None = 0,

    /// <summary>Supplying the target: flows whose recipient is the target.</summary>
    SupplyToTarget = 1,

    /// <summary>Procuring from the target: flows whose supplier is the target.</summary>
    ProcurementFromTarget = 2,

    /// <summary>Both directions.</summary>
    Both = SupplyToTarget | ProcurementFromTarget,
}
