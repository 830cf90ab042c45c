namespace Geopolitics.Model.Stances;

/// <summary>An act through which a <see cref="Stance"/> shows, besides or instead of words.</summary>
public enum StanceSignal
{
    /// <summary>A public statement.</summary>
    Statement = 0,

    /// <summary>A visit or summit.</summary>
    Visit = 1,

    /// <summary>A team sent to monitor ("Seoul will send a team to monitor Pyongyang's troops").</summary>
    MonitoringMission = 2,

    /// <summary>Sanctions imposed or tightened.</summary>
    Sanctions = 3,

    /// <summary>Joint military exercises.</summary>
    JointExercises = 4,

    /// <summary>Supplying lethal aid is under consideration.</summary>
    LethalAidConsidered = 5,

    /// <summary>Lethal aid supplied.</summary>
    LethalAidSupplied = 6,

    /// <summary>Non-lethal (humanitarian, economic) aid supplied.</summary>
    NonLethalAid = 7,

    /// <summary>Intelligence released to the public ("satellite imagery purportedly showing North Korean troops").</summary>
    IntelligenceDisclosure = 8,

    /// <summary>A vote in an international body.</summary>
    Vote = 9,

    /// <summary>A formal diplomatic protest (an ambassador summoned).</summary>
    DiplomaticProtest = 10,

    /// <summary>Any other act, described in the stance's summary.</summary>
    Other = 11,
}
