namespace Geopolitics.Model.Analysis.Compliance;

/// <summary>Which party to a transfer is in breach of a sanctions measure.</summary>
public enum PartyInBreach
{
    /// <summary>The supplier.</summary>
    Supplier = 0,

    /// <summary>The recipient.</summary>
    Recipient = 1,

    /// <summary>Both the supplier and the recipient.</summary>
    Both = 2,
}
