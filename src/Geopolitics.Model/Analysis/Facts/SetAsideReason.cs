namespace Geopolitics.Model.Analysis.Facts;

/// <summary>Why an analysis set a fact aside instead of using it.</summary>
public enum SetAsideReason
{
    /// <summary>The fact's confidence is below the minimum asked for, or the fact is denied.</summary>
    BelowMinimumConfidence = 0,

    /// <summary>The fact certainly lies outside the period asked about.</summary>
    OutsidePeriod = 1,
}
