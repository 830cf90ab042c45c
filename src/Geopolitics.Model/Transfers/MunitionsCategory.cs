namespace Geopolitics.Model.Transfers;

/// <summary>What kind of munitions a <see cref="MunitionsItem"/> carries.</summary>
public enum MunitionsCategory
{
    /// <summary>Any other munitions, described in the item's text.</summary>
    Other = 0,

    /// <summary>Artillery shells.</summary>
    ArtilleryShells = 1,

    /// <summary>Rockets, including multiple-launch rocket ammunition.</summary>
    Rockets = 2,

    /// <summary>Ballistic missiles (short-range missiles such as the KN-23 included).</summary>
    BallisticMissiles = 3,

    /// <summary>Small-arms ammunition.</summary>
    SmallArms = 4,

    /// <summary>Mortar rounds.</summary>
    Mortars = 5,
}
