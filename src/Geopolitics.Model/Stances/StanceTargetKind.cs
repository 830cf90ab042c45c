namespace Geopolitics.Model.Stances;

/// <summary>The kind of a <see cref="StanceTarget"/>.</summary>
public enum StanceTargetKind
{
    /// <summary>One actor: an <see cref="ActorTarget"/>.</summary>
    Actor = 0,

    /// <summary>A pair or group of actors: an <see cref="ActorsTarget"/>.</summary>
    Actors = 1,

    /// <summary>A treaty: a <see cref="TreatyTarget"/>.</summary>
    Treaty = 2,

    /// <summary>A transfer: a <see cref="TransferTarget"/>.</summary>
    Transfer = 3,

    /// <summary>A named issue: an <see cref="IssueTarget"/>.</summary>
    Issue = 4,

    /// <summary>A roll call of the UN General Assembly on a resolution: a <see cref="ResolutionTarget"/>.</summary>
    Resolution = 5,
}
