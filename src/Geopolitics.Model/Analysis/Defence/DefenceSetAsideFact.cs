using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// A fact a <see cref="DefenceAnswer"/> set aside (<see cref="DefenceAnswer.IgnoredFacts"/>) and whether it matters:
/// whether the answer would change if the minimum confidence were lowered to admit it, as computed by
/// <see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/>.
/// </summary>
/// <param name="Fact">The fact set aside.</param>
/// <param name="ChangesAnswer">
/// Whether asking again with the minimum confidence lowered to the fact's own (<see cref="FactReference.Confidence"/>),
/// which admits it and every fact at least as strong, changes an obligation of the answer (one more or one fewer, or
/// whether it applies); always false for a <see cref="Confidence.Denied"/> fact, which no minimum admits.
/// </param>
public sealed record DefenceSetAsideFact(FactReference Fact, bool ChangesAnswer)
{
    /// <summary>The fact set aside.</summary>
    public FactReference Fact { get; init; } = Fact ?? throw new ArgumentNullException(nameof(Fact));

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>[Alleged] … (would change the answer)</c>.</returns>
    public override string ToString() => $"{Fact}{(ChangesAnswer ? " (would change the answer)" : string.Empty)}";
}
