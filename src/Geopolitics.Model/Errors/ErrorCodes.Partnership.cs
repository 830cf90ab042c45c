namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>An actor named in a partnership-profile query is not an actor of the scenario.</summary>
    public const string PartnershipUnknownActor = "GM1201";

    /// <summary>A partnership-profile query names the same actor twice: a partnership needs two actors.</summary>
    public const string PartnershipSameActor = "GM1202";

    /// <summary>An actor named in an alignment query is not an actor of the scenario.</summary>
    public const string AlignmentUnknownActor = "GM1211";

    /// <summary>
    /// An alignment query compares an actor with itself (after an agency is replaced by the actor it speaks for).
    /// </summary>
    public const string AlignmentSameActor = "GM1212";
}
