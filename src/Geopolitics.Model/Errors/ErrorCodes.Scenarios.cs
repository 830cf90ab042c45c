namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>Two facts of the same kind in a scenario share an id.</summary>
    public const string DuplicateId = "GM0801";

    /// <summary>An actor's agency principal or member, or a place's administrator, is not a known actor.</summary>
    public const string UnknownActorReference = "GM0802";

    /// <summary>A scenario has no name.</summary>
    public const string ScenarioWithoutName = "GM0803";
}
