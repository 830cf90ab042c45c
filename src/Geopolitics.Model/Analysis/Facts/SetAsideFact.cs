namespace Geopolitics.Model.Analysis.Facts;

/// <summary>A fact an analysis considered and set aside, with the reason, so that its answer says what it left out.</summary>
/// <param name="Fact">The fact set aside.</param>
/// <param name="Reason">Why it was set aside.</param>
public sealed record SetAsideFact(FactReference Fact, SetAsideReason Reason)
{
    /// <summary>The fact set aside.</summary>
    public FactReference Fact { get; init; } = Fact ?? throw new ArgumentNullException(nameof(Fact));

    /// <summary>Culture-invariant text: the reason, then the fact.</summary>
    /// <returns>For example <c>BelowMinimumConfidence: [Potential] 2024 RUS to PRK: … (Transfers[3])</c>.</returns>
    public override string ToString() => $"{Reason}: {Fact}";
}
