namespace Geopolitics.Model.Treaties;

/// <summary>What sets off a <see cref="MutualDefenceClause"/>.</summary>
public enum DefenceTrigger
{
    /// <summary>An armed attack on a beneficiary (US–ROK 1953, US–Japan 1960).</summary>
    ArmedAttack = 0,

    /// <summary>A beneficiary finding itself in a state of war after an armed attack (Russia–DPRK 2024, China–DPRK 1961).</summary>
    StateOfWar = 1,

    /// <summary>A threat of attack, before any attack happens.</summary>
    Threat = 2,
}
