namespace Geopolitics.Model.Treaties;

/// <summary>The forms of military cooperation a <see cref="MilitaryCooperationClause"/> provides for; a set of flags.</summary>
[Flags]
public enum MilitaryCooperationForms
{
    /// <summary>No form named.</summary>
    None = 0,

    /// <summary>Military aid: arms, equipment, funding (ATOP <c>MILAID</c>).</summary>
    Aid = 1,

    /// <summary>Joint exercises.</summary>
    Exercises = 2,

    /// <summary>An integrated or joint command (ATOP <c>INTCOM</c>).</summary>
    IntegratedCommand = 4,

    /// <summary>Bases or stationing of one party's forces on the other's territory (ATOP <c>BASE</c>).</summary>
    Bases = 8,

    /// <summary>Training of the other party's forces.</summary>
    Training = 16,

    /// <summary>Sharing of intelligence.</summary>
    IntelligenceSharing = 32,

    /// <summary>Joint development or production of arms.</summary>
    DefenceIndustry = 64,

    /// <summary>Regular contacts between the armed forces (staff talks, visits).</summary>
    Contacts = 128,

    /// <summary>Every form listed.</summary>
    All = Aid | Exercises | IntegratedCommand | Bases | Training | IntelligenceSharing | DefenceIndustry | Contacts,
}
