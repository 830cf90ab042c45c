namespace Geopolitics.Model.Treaties;

/// <summary>What a guarantor of a <see cref="MutualDefenceClause"/> must do once it is triggered, from the strongest to the weakest.</summary>
public enum DefenceResponse
{
    /// <summary>Immediate military and other assistance with all the means at its disposal (Russia–DPRK 2024, China–DPRK 1961).</summary>
    ImmediateMilitaryAssistance = 0,

    /// <summary>Act to meet the common danger in accordance with its constitutional processes (US–ROK 1953, US–Japan 1960).</summary>
    ConstitutionalProcesses = 1,

    /// <summary>Consult on the measures to take.</summary>
    Consultation = 2,
}
