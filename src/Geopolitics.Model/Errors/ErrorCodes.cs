namespace Geopolitics.Model.Errors;

/// <summary>
/// The stable codes of every error this library reports. Codes are public API: new codes are added, existing ones
/// are never renamed or reused. <c>docs/domain-rules.md</c> explains each with an example.
/// </summary>
/// <remarks>
/// Codes are grouped by area: <c>GM01xx</c> dates and periods, <c>GM02xx</c> actors, <c>GM03xx</c> provenance,
/// <c>GM04xx</c> treaties, <c>GM05xx</c> transfers and exchanges, <c>GM06xx</c> stances, <c>GM07xx</c> sanctions,
/// <c>GM08xx</c> scenarios, <c>GM09xx</c> places, <c>GM10xx</c> scenario files, <c>GM11xx</c> defence and other
/// analysis queries, <c>GM12xx</c> partnership and alignment, <c>GM13xx</c> ATOP and COW importers, <c>GM14xx</c> SIPRI.
/// </remarks>
public static partial class ErrorCodes
{
    /// <summary>Text is not an ISO 8601 year, year-month or date (for example "2024", "2024-06", "2024-06-19").</summary>
    public const string InvalidPartialDate = "GM0101";

    /// <summary>A period ends before it starts.</summary>
    public const string PeriodEndsBeforeStart = "GM0102";

    /// <summary>An identifier is empty or has characters outside its allowed set.</summary>
    public const string InvalidIdentifier = "GM0103";

    /// <summary>A fact marked <c>Confirmed</c> cites no source.</summary>
    public const string ConfirmedWithoutSource = "GM0301";

    /// <summary>A source has neither a publisher nor a title.</summary>
    public const string SourceWithoutName = "GM0302";
}
