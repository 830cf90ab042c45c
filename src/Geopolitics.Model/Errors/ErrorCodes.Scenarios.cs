namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>Two facts of the same kind in a scenario share an id.</summary>
    public const string DuplicateId = "GM0801";

    /// <summary>An actor's agency principal or member, or a place's administrator, is not a known actor.</summary>
    public const string UnknownActorReference = "GM0802";

    /// <summary>A scenario has no name.</summary>
    public const string ScenarioWithoutName = "GM0803";

    /// <summary>A name (of the scenario, an actor, a place or a treaty) has no visible character, or holds a control character, a noncharacter (U+FFFE, U+FFFF) or a lone surrogate.</summary>
    public const string InvalidName = "GM0804";

    /// <summary>An organisation or coalition lists itself among its members.</summary>
    public const string ActorIsOwnMember = "GM0805";

    /// <summary>Agencies speak for each other in a cycle (or an agency speaks for itself), so none has a principal.</summary>
    public const string SpeaksForCycle = "GM0806";
}
