using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A plain obligation or provision, one that says no more than its kind, who owes it to whom and when it applies:
/// offence, neutrality, non-aggression, consultation, economic cooperation, no hostile alliances or opposition to
/// sanctions (<see cref="IsPlain(ClauseKind)"/>). The kinds with details of their own have types of their own
/// (<see cref="MutualDefenceClause"/>, <see cref="MilitaryCooperationClause"/>, <see cref="TechnologyTransferClause"/>).
/// </summary>
public sealed record ObligationClause : Clause
{
    /// <summary>Creates the clause.</summary>
    /// <param name="id">The clause's id, unique within its treaty.</param>
    /// <param name="kind">The obligation: one of the plain kinds.</param>
    /// <param name="conditions">What limits when it applies, or <see langword="null"/> for no condition.</param>
    /// <param name="guarantors">The parties that owe it; empty or <see langword="null"/> for every party.</param>
    /// <param name="beneficiaries">The parties it is owed to; empty or <see langword="null"/> for every party.</param>
    /// <param name="article">The article label, or <see langword="null"/>.</param>
    /// <param name="summary">The content in a sentence, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is not a plain kind: a mutual-defence, military-cooperation or technology-transfer clause
    /// has a type of its own, with the details of its kind.
    /// </exception>
    public ObligationClause(
        ClauseId id,
        ClauseKind kind,
        ClauseConditions? conditions = null,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        string? article = null,
        string? summary = null)
        : base(id, conditions, guarantors, beneficiaries, article, summary) =>
        Kind = IsPlain(kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a plain obligation: a clause of that kind has a type of its own.");

    /// <inheritdoc/>
    public override ClauseKind Kind { get; }

    /// <summary>Whether <paramref name="kind"/> is a plain obligation, one that an <see cref="ObligationClause"/> carries.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for the defined kinds other than mutual defence, military cooperation and technology transfer.</returns>
    public static bool IsPlain(ClauseKind kind) =>
        Enum.IsDefined(kind) && kind is not (ClauseKind.MutualDefence or ClauseKind.MilitaryCooperation or ClauseKind.TechnologyTransfer);

    private protected override string Details() => string.Empty;
}
