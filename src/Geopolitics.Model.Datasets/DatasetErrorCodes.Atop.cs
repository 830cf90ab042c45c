namespace Geopolitics.Model.Datasets;

/// <summary>Codes GM1301–GM1349: reading the ATOP (Alliance Treaty Obligations and Provisions) member-level and alliance-level files.</summary>
public static partial class DatasetErrorCodes
{
    /// <summary>An ATOP file cannot be read: it is missing, empty, or not a comma-separated table with a header.</summary>
    public const string AtopFileUnreadable = "GM1301";

    /// <summary>A column the importer needs is missing from an ATOP file's header; nothing is imported from that file.</summary>
    public const string AtopMissingColumn = "GM1302";

    /// <summary>An ATOP cell that must hold a whole number (an id, a code, a year, a 0/1 flag) holds something else; the row is rejected.</summary>
    public const string AtopInvalidNumber = "GM1303";

    /// <summary>An ATOP entry, exit, begin or end date is not a date (month outside 1–12, a day the month does not have, a year without a month); the row is rejected.</summary>
    public const string AtopInvalidDate = "GM1304";

    /// <summary>An ATOP member code is not a state of the Correlates of War list (ATOP's 8152, Annam); the row is rejected, or kept under an ATOP-only actor id when asked.</summary>
    public const string AtopUnknownStateCode = "GM1305";

    /// <summary>An ATOP member's exit date is before its entry date; the row is rejected.</summary>
    public const string AtopExitBeforeEntry = "GM1306";

    /// <summary>An ATOP obligation flag (<c>defense</c>, <c>offense</c>, <c>neutral</c>, <c>nonagg</c>, <c>consul</c>) is neither 0 nor 1; the row is rejected.</summary>
    public const string AtopInvalidFlag = "GM1307";

    /// <summary>An ATOP row's <c>version</c> differs from the file's, or no coverage end is known for the file's version; the row (or the file) is rejected.</summary>
    public const string AtopUnsupportedVersion = "GM1308";

    /// <summary>An ATOP alliance phase keeps fewer than two distinct members once the other rows are rejected, so it cannot be a treaty; its rows are rejected.</summary>
    public const string AtopAllianceTooFewMembers = "GM1309";

    /// <summary>An ATOP member appears twice in the same alliance phase with spells that overlap; the later row is rejected.</summary>
    public const string AtopOverlappingSpells = "GM1310";

    /// <summary>An ATOP alliance mixes phase 0 (single phase) rows with numbered phases, or a phase is negative; the row is rejected.</summary>
    public const string AtopInvalidPhase = "GM1311";

    /// <summary>An alliance-level row's begin or end date disagrees with the member-level file; the alliance row is rejected and the member dates are used.</summary>
    public const string AtopAllianceDatesDisagree = "GM1312";

    /// <summary>An alliance-level row has no member rows, or repeats an ATOP id; the alliance row is rejected.</summary>
    public const string AtopAllianceWithoutMembers = "GM1313";

    /// <summary>The treaty built from an ATOP alliance phase fails the model's validation; its rows are rejected with the validator's message.</summary>
    public const string AtopTreatyInvalid = "GM1314";

    /// <summary>Note: a member code outside the COW state list was kept under an ATOP-only actor id (for example <c>ATOP-8152</c>) because the options asked for it.</summary>
    public const string AtopUnlistedMemberKept = "GM1315";

    /// <summary>Note: an ATOP member has several rows in one alliance phase (it left and came back); the gaps between its spells are recorded as suspensions of that party.</summary>
    public const string AtopSeparateSpells = "GM1316";

    /// <summary>A quote opened in an ATOP file is never closed, so the rest of the file would read as one field; the import fails.</summary>
    public const string AtopUnterminatedQuote = "GM1317";

    /// <summary>Note: an ATOP member file lacks condition or provision columns (renamed, dropped or misspelled); their facts are not imported.</summary>
    public const string AtopMissingOptionalColumns = "GM1318";

    /// <summary>Note: a row of an ATOP file holds bytes that are not UTF-8, read as U+FFFD.</summary>
    public const string AtopInvalidUtf8 = "GM1319";

    /// <summary>An ATOP entry or exit date is before 1815, the first year ATOP covers (the Congress of Vienna; the COW state system starts in 1816); the row is rejected.</summary>
    public const string AtopDateBeforeCoverage = "GM1320";

    /// <summary>A table asked of an ATOP file would need more facts than the limit (<c>AtopTables.DefaultMaxDyadYearFacts</c> unless raised); it is refused before any is computed.</summary>
    public const string AtopTableTooLarge = "GM1321";
}
