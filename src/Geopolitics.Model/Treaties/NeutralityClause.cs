using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>An obligation to stay neutral, giving no help to an attacker, in a conflict a beneficiary is involved in (ATOP <c>NEUTRAL</c>).</summary>
public sealed record NeutralityClause : Clause
{
    /// <summary>Creates the clause.</summary>
    /// <param name="id">The clause's id, unique within its treaty.</param>
    /// <param name="conditions">What limits when it applies, or <see langword="null"/> for no condition.</param>
    /// <param name="guarantors">The parties that owe it; empty or <see langword="null"/> for every party.</param>
    /// <param name="beneficiaries">The parties it is owed to; empty or <see langword="null"/> for every party.</param>
    /// <param name="article">The article label, or <see langword="null"/>.</param>
    /// <param name="summary">The content in a sentence, or <see langword="null"/>.</param>
    public NeutralityClause(
        ClauseId id,
        ClauseConditions? conditions = null,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        string? article = null,
        string? summary = null)
        : base(id, conditions, guarantors, beneficiaries, article, summary)
    {
    }

    /// <inheritdoc/>
    public override ClauseKind Kind => ClauseKind.Neutrality;

    private protected override string Details() => string.Empty;
}
