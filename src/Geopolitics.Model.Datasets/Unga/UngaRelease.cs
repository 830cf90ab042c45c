namespace Geopolitics.Model.Datasets.Unga;

/// <summary>Which release of the UN General Assembly voting data (Voeten, Strezhnev and Bailey) a file is.</summary>
public enum UngaRelease
{
    /// <summary>
    /// The raw release of 2016 (<c>UNVotesPublished</c>, sessions 1–70, 1946–2015): one row per roll call and state,
    /// COW state codes, votes 1–3 and 8 (absent) and 9 (not a member), month/day/year dates, issue flags per row.
    /// </summary>
    Voeten2016 = 0,

    /// <summary>
    /// The release of the R package unvotes of 2021 (sessions 1–74, 1946–2019): votes (<c>un_votes</c>, ISO alpha-2 codes,
    /// yes/abstain/no, absences dropped), roll calls (<c>un_roll_calls</c>) and issues (<c>un_roll_call_issues</c>) in three files.
    /// </summary>
    Unvotes2021 = 1,
}
