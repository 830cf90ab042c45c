namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>The victim named in a defence query is not an actor of the scenario.</summary>
    public const string UnknownDefenceVictim = "GM1101";

    /// <summary>The attacker named in a defence query is not an actor of the scenario.</summary>
    public const string UnknownDefenceAttacker = "GM1102";

    /// <summary>A defence query names the victim as its own attacker.</summary>
    public const string AttackerIsVictim = "GM1103";
}
