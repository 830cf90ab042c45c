namespace Geopolitics.Model.Errors;

/// <content>The codes of stances (<c>GM06xx</c>).</content>
public static partial class ErrorCodes
{
    /// <summary>A stance's holder, or the agency it speaks through, is not a known actor.</summary>
    public const string UnknownStanceActor = "GM0601";

    /// <summary>A stance's agency (<c>Via</c>) is its holder.</summary>
    public const string StanceViaIsHolder = "GM0602";

    /// <summary>A stance's target (an actor, a treaty or a transfer) is not known.</summary>
    public const string UnknownStanceTarget = "GM0603";

    /// <summary>A stance's holder takes a position towards itself.</summary>
    public const string StanceTargetIsHolder = "GM0604";

    /// <summary>A stance lists the same signal more than once.</summary>
    public const string DuplicateStanceSignal = "GM0605";

    /// <summary>A stance carries a vote but its target is not a resolution: only a roll call on a resolution is voted on.</summary>
    public const string StanceVoteWithoutResolution = "GM0606";

    /// <summary>A stance's position is not the one its vote expresses (yes supports, abstain is neutral, no opposes).</summary>
    public const string StanceVotePositionMismatch = "GM0607";
}
