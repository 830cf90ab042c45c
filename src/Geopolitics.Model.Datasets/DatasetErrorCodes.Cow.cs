namespace Geopolitics.Model.Datasets;

/// <summary>Codes GM1351–GM1399: reading the Correlates of War (COW) Formal Alliances v4.1 file by member.</summary>
public static partial class DatasetErrorCodes
{
    /// <summary>A COW alliance file cannot be read: it is missing, empty, or not a comma-separated table with a header.</summary>
    public const string CowFileUnreadable = "GM1351";

    /// <summary>A column the importer needs is missing from the COW file's header; nothing is imported.</summary>
    public const string CowMissingColumn = "GM1352";

    /// <summary>A COW cell that must hold a whole number (an id, a state code, a year, a 0/1 flag) holds something else; the row is rejected.</summary>
    public const string CowInvalidNumber = "GM1353";

    /// <summary>A COW start or end date is not a date (month outside 1–12, a day the month does not have, a day without a month, no year); the row is rejected.</summary>
    public const string CowInvalidDate = "GM1354";

    /// <summary>A COW state code is not in the COW state list of the country catalogue; the row is rejected.</summary>
    public const string CowUnknownStateCode = "GM1355";

    /// <summary>A COW membership ends before it starts; the row is rejected.</summary>
    public const string CowEndBeforeStart = "GM1356";

    /// <summary>A COW obligation or censoring flag is neither 0, 1 nor blank; the row is rejected.</summary>
    public const string CowInvalidFlag = "GM1357";

    /// <summary>A COW alliance keeps fewer than two distinct members once the other rows are rejected, so it cannot be a treaty; its rows are rejected.</summary>
    public const string CowAllianceTooFewMembers = "GM1358";

    /// <summary>A COW member has two spells in the same alliance that overlap; the later row is rejected.</summary>
    public const string CowOverlappingSpells = "GM1359";

    /// <summary>A COW row's alliance start or end differs from the first row of the same alliance; the row is rejected.</summary>
    public const string CowAllianceFieldsDisagree = "GM1360";

    /// <summary>The treaty built from a COW alliance fails the model's validation; its rows are rejected with the validator's message.</summary>
    public const string CowTreatyInvalid = "GM1361";

    /// <summary>Note: a left-censored membership (entered before 1816; COW writes its start as 1816-01-01) is given the alliance's start as its signature.</summary>
    public const string CowLeftCensored = "GM1362";

    /// <summary>Note: a COW flag is blank; no clause is made for that obligation (a blank censoring flag with a start after 1816-01-01 is read as 0).</summary>
    public const string CowBlankFlag = "GM1363";

    /// <summary>Note: the alliance type label (<c>ss_type</c>) disagrees with the flags; the clauses follow the flags.</summary>
    public const string CowLabelDisagreesWithFlags = "GM1364";

    /// <summary>Note: a COW member has several spells in one alliance (it left and rejoined); the gaps between its spells are recorded as suspensions of that party.</summary>
    public const string CowSeparateSpells = "GM1365";

    /// <summary>Note: the COW alliance start is before its second member's start, so the treaty is taken to enter into force on the second member's start (on signature).</summary>
    public const string CowStartBeforeMembers = "GM1366";

    /// <summary>A quote opened in a COW file is never closed, so the rest of the file would read as one field; the import fails.</summary>
    public const string CowUnterminatedQuote = "GM1367";

    /// <summary>A COW row has fewer or more fields than the header (a row cut short would read its missing flags as blank).</summary>
    public const string CowColumnCount = "GM1368";

    /// <summary>A COW row's <c>version</c> differs from the file's first row: one file holds one version (as for ATOP, GM1308).</summary>
    public const string CowMixedVersions = "GM1369";

    /// <summary>Note: a row of a COW file holds bytes that are not UTF-8, read as U+FFFD.</summary>
    public const string CowInvalidUtf8 = "GM1370";

    /// <summary>A COW membership start or end date is before 1816, the first year of the COW state system (an alliance's own start may be earlier); the row is rejected.</summary>
    public const string CowDateBeforeCoverage = "GM1371";
}
