namespace Geopolitics.Model.Transfers;

/// <summary>What the people of a <see cref="PersonnelItem"/> are sent to do.</summary>
public enum PersonnelRole
{
    /// <summary>Troops sent to fight.</summary>
    CombatTroops = 0,

    /// <summary>Technicians who operate or maintain equipment.</summary>
    Technicians = 1,

    /// <summary>Military engineers.</summary>
    MilitaryEngineers = 2,

    /// <summary>Civilian workers (labour sent abroad, as UN sanctions on the DPRK forbid).</summary>
    Workers = 3,

    /// <summary>Military or technical advisers.</summary>
    Advisers = 4,

    /// <summary>Instructors who train the recipient's forces.</summary>
    Instructors = 5,
}
