namespace Geopolitics.Model.Datasets;

/// <content>The codes of the SIPRI arms-transfers importer and its totals (<c>GM1401</c>–<c>GM1449</c>).</content>
public static partial class DatasetErrorCodes
{
    /// <summary>A SIPRI file cannot be read: it does not exist or reading it failed.</summary>
    public const string SipriFileUnreadable = "GM1401";

    /// <summary>A file has no header of a known SIPRI export format (trade register, per-delivery-year export, 2014 legacy register).</summary>
    public const string SipriUnrecognisedFormat = "GM1402";

    /// <summary>A file is a SIPRI TIV export table: yearly aggregates per recipient, not transfer records, so it cannot be imported as transfers.</summary>
    public const string SipriAggregateTable = "GM1403";

    /// <summary>The header lacks a column that the SIPRI format requires.</summary>
    public const string SipriMissingColumn = "GM1404";

    /// <summary>A SIPRI row has a different number of fields from the header, even when joined with the line that follows it.</summary>
    public const string SipriColumnCount = "GM1405";

    /// <summary>A field that every SIPRI record needs (supplier, recipient, designation, order year, deal id) is blank.</summary>
    public const string SipriMissingValue = "GM1406";

    /// <summary>A year (of order or delivery) is not a four-digit year from 1900 to 2100, or a list or range of delivery years is malformed.</summary>
    public const string SipriInvalidYear = "GM1407";

    /// <summary>A number of units or a deal id is not a whole number of at least 0.</summary>
    public const string SipriInvalidNumber = "GM1408";

    /// <summary>A trend-indicator value (TIV) is not a decimal number of at least 0.</summary>
    public const string SipriInvalidTiv = "GM1409";

    /// <summary>An uncertainty flag is not one the format allows (<c>?</c> or blank; <c>Yes</c>, <c>No</c> or blank).</summary>
    public const string SipriInvalidFlag = "GM1410";

    /// <summary>A status is not <c>New</c>, <c>Second hand</c> or <c>Second hand but modernized</c> (2014 legacy: <c>New</c>, <c>SecondHand</c>, <c>Refurbished</c>).</summary>
    public const string SipriInvalidStatus = "GM1411";

    /// <summary>A supplier or recipient name is in neither the SIPRI name table nor the country catalogue, and is not marked as a non-state actor.</summary>
    public const string SipriUnknownActorName = "GM1412";

    /// <summary>A SIPRI row's supplier and recipient are the same actor.</summary>
    public const string SipriSupplierIsRecipient = "GM1413";

    /// <summary>The rows of one SIPRI deal disagree on a field of the deal, or list the same delivery year twice, or a deal id is repeated in the 2014 register (one row per deal).</summary>
    public const string SipriInconsistentDeal = "GM1414";

    /// <summary>A SIPRI record certainly delivered more than was ordered: more units, or a delivered TIV above the TIV of the order.</summary>
    public const string SipriDeliveredExceedsOrdered = "GM1415";

    /// <summary>A row is rejected with its whole deal because another row of that deal was rejected.</summary>
    public const string SipriDealRowRejected = "GM1416";

    /// <summary>TIV totals by delivery year were asked of a SIPRI format that lists delivery years without a per-year split of the TIV.</summary>
    public const string SipriTotalsNeedDeliveryYears = "GM1417";

    /// <summary>TIV totals were asked of a SIPRI format that has no trend-indicator values (the 2014 legacy register).</summary>
    public const string SipriTotalsNeedTiv = "GM1418";

    /// <summary>The delivery rows of one SIPRI deal add up to more units or more TIV than a record can hold; the deal is rejected whole.</summary>
    public const string SipriDealTotalOverflow = "GM1419";

    /// <summary>Note: a SIPRI TIV total exceeds <see cref="decimal.MaxValue"/>; the total stops at that value, which then means "at least".</summary>
    public const string SipriTotalSaturated = "GM1420";

    /// <summary>A quote opened in a SIPRI file is never closed, so the rest of the file would read as one field; the import fails.</summary>
    public const string SipriUnterminatedQuote = "GM1421";

    /// <summary>Note: a trade-register row has the same fields as an earlier one; both are imported, as the separate deals SIPRI lists.</summary>
    public const string SipriIdenticalRows = "GM1422";
}
