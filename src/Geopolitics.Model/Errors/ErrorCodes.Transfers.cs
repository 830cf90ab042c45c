namespace Geopolitics.Model.Errors;

/// <content>The codes of transfers and exchanges (<c>GM05xx</c>).</content>
public static partial class ErrorCodes
{
    /// <summary>An estimate's bounds break its rules: a negative bound, a high bound below the low bound, or bounds that do not fit the qualifier.</summary>
    public const string InvalidEstimate = "GM0501";

    /// <summary>A currency code is not an active ISO 4217 code.</summary>
    public const string UnknownCurrency = "GM0502";

    /// <summary>A transfer's supplier is also its recipient.</summary>
    public const string TransferSupplierIsRecipient = "GM0503";

    /// <summary>A transfer's supplier or recipient is not a known actor.</summary>
    public const string UnknownTransferParty = "GM0504";

    /// <summary>A transfer marked Delivered has an open period: a completed delivery has an end date.</summary>
    public const string DeliveredTransferWithoutEnd = "GM0505";

    /// <summary>A weapon-systems transfer certainly delivered more units than were ordered.</summary>
    public const string WeaponsDeliveredExceedOrdered = "GM0506";

    /// <summary>A weapon-systems transfer's delivered trend-indicator value (TIV) exceeds the TIV of the order.</summary>
    public const string WeaponsTivDeliveredExceedsOrder = "GM0507";

    /// <summary>A personnel transfer's deployment location is not a known place.</summary>
    public const string UnknownDeploymentLocation = "GM0508";

    /// <summary>An exchange links fewer than two transfers.</summary>
    public const string ExchangeTooFewTransfers = "GM0520";

    /// <summary>An exchange lists the same transfer more than once.</summary>
    public const string ExchangeDuplicateTransfer = "GM0521";

    /// <summary>An exchange lists a transfer that is not known.</summary>
    public const string ExchangeUnknownTransfer = "GM0522";

    /// <summary>An exchange's transfers do not all run between the same two actors.</summary>
    public const string ExchangeLegsNotOnePair = "GM0523";

    /// <summary>An exchange's transfers all flow the same way, so nothing pays for them.</summary>
    public const string ExchangeOneWay = "GM0524";

    /// <summary>A count of people (a personnel item's count) or of weapon systems (ordered or delivered) has a bound that is not a whole number.</summary>
    public const string FractionalCount = "GM0509";
}
