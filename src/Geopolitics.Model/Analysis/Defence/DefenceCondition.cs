using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// One condition of a <see cref="DefenceObligation"/> and whether it holds for the query: true, false, or unknown
/// when the query lacks the fact (no attacker named, a place that lies partly in a region, a date known only to the
/// month), with the reason in a sentence.
/// </summary>
public sealed record DefenceCondition
{
    internal DefenceCondition(DefenceConditionKind kind, Truth holds, string reason)
    {
        Kind = kind;
        Holds = holds;
        Reason = reason;
    }

    /// <summary>What the condition is about.</summary>
    public DefenceConditionKind Kind { get; }

    /// <summary>Whether it holds: true, false, or unknown when the query or the dates on record do not decide.</summary>
    public Truth Holds { get; }

    /// <summary>Why it holds, fails or is open, in a sentence.</summary>
    public string Reason { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>GeographicScope: false (GUAM (Guam) is administered by USA, not by JPN.)</c>.</returns>
    public override string ToString() => $"{Kind}: {Holds} ({Reason})";
}
