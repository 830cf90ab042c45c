namespace Geopolitics.Model.Stances;

/// <summary>
/// How a state voted on a roll call: yes, abstain or no. The numeric values are the coding of the UN General Assembly
/// voting data (Voeten, Strezhnev and Bailey), 1 = yes, 2 = abstain, 3 = no, which the similarity measures use as
/// distances (yes and no are 2 apart).
/// </summary>
/// <remarks>
/// Absences and non-membership (coded 8 and 9 in the raw data) are not votes and have no value here.
/// <c>default(VoteChoice)</c> (0) is not a defined value.
/// </remarks>
public enum VoteChoice
{
    /// <summary>Yes (1).</summary>
    Yes = 1,

    /// <summary>Abstain (2).</summary>
    Abstain = 2,

    /// <summary>No (3).</summary>
    No = 3,
}
