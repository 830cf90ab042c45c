namespace Geopolitics.Model.Datasets;

/// <content>The codes of the UN General Assembly voting data readers (<c>GM1451</c>–<c>GM1499</c>).</content>
public static partial class DatasetErrorCodes
{
    /// <summary>A UNGA voting file cannot be read: it does not exist, is empty, is not a (gzipped) comma-separated table, or its header is of neither release.</summary>
    public const string UngaFileUnreadable = "GM1451";

    /// <summary>A column the reader needs is missing from a UNGA file's header; nothing is imported.</summary>
    public const string UngaMissingColumn = "GM1452";

    /// <summary>A UNGA cell that must hold a whole number (a roll call, a session, a state code, a year) holds something else; the row is rejected.</summary>
    public const string UngaInvalidNumber = "GM1453";

    /// <summary>A UNGA date is not a date (month/day/year in the 2016 release, yyyy-MM-dd in the 2021 release); the row is rejected.</summary>
    public const string UngaInvalidDate = "GM1454";

    /// <summary>A UNGA flag (member, important vote, issue, amendment, paragraph) is neither 0, 1 nor blank; the row is rejected.</summary>
    public const string UngaInvalidFlag = "GM1455";

    /// <summary>A UNGA vote is not one of the release's codes (1, 2, 3, 8, 9 in 2016; yes, abstain, no in 2021); the row is rejected.</summary>
    public const string UngaInvalidVote = "GM1456";

    /// <summary>A UNGA row's state (COW code, ISO alpha-2 code, or name where the code is blank) is not a state of the country catalogue; the row is rejected.</summary>
    public const string UngaUnknownState = "GM1457";

    /// <summary>A state has a second row for the same roll call; the later row is rejected.</summary>
    public const string UngaDuplicateVote = "GM1458";

    /// <summary>A UNGA row's roll-call fields (session, date, year, symbol, issues) differ from the first row of the same roll call; the row is rejected.</summary>
    public const string UngaRollCallFieldsDisagree = "GM1459";

    /// <summary>A vote or an issue names a roll call that the roll-call file does not list; the row is rejected.</summary>
    public const string UngaUnknownRollCall = "GM1460";

    /// <summary>The roll-call file lists a roll call twice, or the issue file lists an issue of a roll call twice; the later row is rejected.</summary>
    public const string UngaDuplicateRollCall = "GM1461";

    /// <summary>
    /// Note: a 2016 roll call's <c>year</c> is not the calendar year of its <c>date</c> (it is the year its session
    /// opened); the vote counts in the date's calendar year. Noted once per roll call, at its first row.
    /// </summary>
    public const string UngaYearNotCalendarYear = "GM1462";

    /// <summary>A UNGA cell that must hold text (an issue) is blank; the row is rejected.</summary>
    public const string UngaBlankText = "GM1463";

    /// <summary>
    /// Note: a 2016 issue flag carries stray characters left by the source's escaping (<c>0"</c>); they are dropped and
    /// the flag read from what remains. Noted once per roll call, at its first row.
    /// </summary>
    public const string UngaStrayCharacters = "GM1464";

    /// <summary>A quote in a UNGA file is opened and never closed; the import fails, located at the line where the row starts.</summary>
    public const string UngaUnterminatedQuote = "GM1465";
}
