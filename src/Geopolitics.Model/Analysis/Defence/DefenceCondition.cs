using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// One condition of a <see cref="DefenceObligation"/> and whether it holds for the query: true, false, or unknown
/// when the query lacks the fact (no attacker named, a place that lies partly in a region, a date known only to the
/// month), with the reason in a sentence.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record DefenceCondition
{
    // The reason, or how to write it when first read (written once, then kept: the same text from every thread).
    private readonly Func<string>? _explain;
    private string? _reason;

    internal DefenceCondition(DefenceConditionKind kind, Truth holds, string reason)
    {
        Kind = kind;
        Holds = holds;
        _reason = reason;
    }

    /// <summary>A condition whose reason is written only when first read: most answers are asked only who defends.</summary>
    internal DefenceCondition(DefenceConditionKind kind, Truth holds, Func<string> reason)
    {
        Kind = kind;
        Holds = holds;
        _explain = reason;
    }

    /// <summary>What the condition is about.</summary>
    public DefenceConditionKind Kind { get; }

    /// <summary>Whether it holds: true, false, or unknown when the query or the dates on record do not decide.</summary>
    public Truth Holds { get; }

    /// <summary>Why it holds, fails or is open, in a sentence.</summary>
    public string Reason
    {
        get
        {
            if (Volatile.Read(ref _reason) is { } reason)
            {
                return reason;
            }

            // Two threads may both write it; the first stored is kept and read by all.
            return Interlocked.CompareExchange(ref _reason, _explain!(), null) ?? _reason!;
        }
    }

    /// <inheritdoc/>
    public bool Equals(DefenceCondition? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && Holds == other.Holds && Reason == other.Reason));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Holds);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>GeographicScope: false (GUAM (Guam) is administered by USA, not by JPN.)</c>.</returns>
    public override string ToString() => $"{Kind}: {Holds} ({Reason})";
}
