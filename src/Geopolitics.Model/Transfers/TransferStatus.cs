namespace Geopolitics.Model.Transfers;

/// <summary>Where a <see cref="Transfer"/> stands.</summary>
public enum TransferStatus
{
    /// <summary>Intended or under negotiation; nothing agreed yet.</summary>
    Planned = 0,

    /// <summary>Agreed or ordered; deliveries have not started.</summary>
    Agreed = 1,

    /// <summary>Deliveries or deployment under way.</summary>
    Ongoing = 2,

    /// <summary>Completed: everything was delivered by the end of the period.</summary>
    Delivered = 3,

    /// <summary>Halted before completion.</summary>
    Suspended = 4,
}
