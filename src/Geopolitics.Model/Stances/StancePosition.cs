namespace Geopolitics.Model.Stances;

/// <summary>
/// A position on a 7-point scale from −3 (condemns) to +3 (endorses). The numeric values are the scale, so positions
/// can be compared and averaged.
/// </summary>
public enum StancePosition
{
    /// <summary>Condemns (−3): "Seoul has openly condemned the collaboration".</summary>
    Condemns = -3,

    /// <summary>Opposes (−2).</summary>
    Opposes = -2,

    /// <summary>Concerned or uneasy (−1): "Japan, having expressed concerns"; "China may feel uneasy".</summary>
    Concerned = -1,

    /// <summary>Neutral (0).</summary>
    Neutral = 0,

    /// <summary>Sympathetic (+1).</summary>
    Sympathetic = 1,

    /// <summary>Supports (+2).</summary>
    Supports = 2,

    /// <summary>Endorses (+3).</summary>
    Endorses = 3,
}
