using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// One obligation or provision of a treaty, after ATOP's coding: a closed set of kinds
/// (<see cref="MutualDefenceClause"/>, <see cref="OffenceClause"/>, <see cref="NeutralityClause"/>,
/// <see cref="NonAggressionClause"/>, <see cref="ConsultationClause"/>, <see cref="MilitaryCooperationClause"/>,
/// <see cref="TechnologyTransferClause"/>, <see cref="EconomicCooperationClause"/>,
/// <see cref="NoHostileAlliancesClause"/>, <see cref="SanctionsOppositionClause"/>); <see cref="Kind"/> names it.
/// </summary>
/// <remarks>
/// Every clause says who owes it to whom: <see cref="Guarantors"/> to <see cref="Beneficiaries"/>. Both empty means
/// mutual among all parties; otherwise the obligation runs one way, from the guarantors (all parties when empty) to
/// the beneficiaries (all parties when empty), never from a party to itself. <see cref="GuaranteePairs"/> lists the
/// directions. <see cref="Conditions"/> limit when it applies. Equality compares every member, collections in order.
/// </remarks>
public abstract record Clause
{
    private protected Clause(
        ClauseId id,
        ClauseConditions? conditions,
        IEnumerable<ActorId>? guarantors,
        IEnumerable<ActorId>? beneficiaries,
        string? article,
        string? summary)
    {
        Id = id;
        Conditions = conditions ?? ClauseConditions.None;
        Guarantors = guarantors is null ? [] : [.. guarantors];
        Beneficiaries = beneficiaries is null ? [] : [.. beneficiaries];
        Article = article;
        Summary = summary;
    }

    /// <summary>The clause's id, unique within its treaty.</summary>
    public ClauseId Id { get; }

    /// <summary>Which kind of clause this is; each kind is one type.</summary>
    public abstract ClauseKind Kind { get; }

    /// <summary>What limits when the clause applies: adversaries, geographic scope, non-provocation.</summary>
    public ClauseConditions Conditions { get; }

    /// <summary>The parties that owe the obligation; empty for every party.</summary>
    public ImmutableArray<ActorId> Guarantors { get; }

    /// <summary>The parties the obligation is owed to; empty for every party.</summary>
    public ImmutableArray<ActorId> Beneficiaries { get; }

    /// <summary>The article of the treaty, as it labels it (for example <c>Article 4</c>), or <see langword="null"/>.</summary>
    public string? Article { get; }

    /// <summary>The clause's content in a sentence or the treaty's words, or <see langword="null"/>.</summary>
    public string? Summary { get; }

    /// <summary>Whether the clause is mutual among all parties (no guarantor nor beneficiary named).</summary>
    public bool IsMutual => Guarantors.IsEmpty && Beneficiaries.IsEmpty;

    /// <summary>Who owes the clause to whom among <paramref name="parties"/>: every guarantor to every beneficiary other than itself.</summary>
    /// <param name="parties">The parties of the clause's treaty.</param>
    /// <returns>
    /// The pairs, guarantors in the order of <see cref="Guarantors"/> (or of <paramref name="parties"/> when it is
    /// empty), then beneficiaries likewise. Named guarantors or beneficiaries that are not among
    /// <paramref name="parties"/> are left out (validation reports them).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public ImmutableArray<GuaranteePair> GuaranteePairs(IEnumerable<ActorId> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var members = parties.Distinct().ToList();
        var guarantors = Guarantors.IsEmpty ? members : Guarantors.Distinct().Where(members.Contains).ToList();
        var beneficiaries = Beneficiaries.IsEmpty ? members : Beneficiaries.Distinct().Where(members.Contains).ToList();
        var pairs = ImmutableArray.CreateBuilder<GuaranteePair>();
        foreach (var guarantor in guarantors)
        {
            foreach (var beneficiary in beneficiaries)
            {
                if (guarantor != beneficiary)
                {
                    pairs.Add(new GuaranteePair(guarantor, beneficiary));
                }
            }
        }

        return pairs.ToImmutable();
    }

    /// <inheritdoc/>
    public virtual bool Equals(Clause? other) =>
        other is not null && EqualityContract == other.EqualityContract && Id == other.Id && Conditions.Equals(other.Conditions) &&
        Guarantors.SequenceEqual(other.Guarantors) && Beneficiaries.SequenceEqual(other.Beneficiaries) &&
        Article == other.Article && Summary == other.Summary;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Id, Conditions, Guarantors.Length, Beneficiaries.Length, Article, Summary);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>art4 (Article 4): MutualDefence StateOfWar → ImmediateMilitaryAssistance, mutual, unconditional</c>.</returns>
    public sealed override string ToString()
    {
        var label = Article is null ? Id.ToString() : $"{Id} ({Article})";
        var details = Details();
        var direction = IsMutual ? "mutual"
            : $"{(Guarantors.IsEmpty ? "all" : string.Join(", ", Guarantors))} → {(Beneficiaries.IsEmpty ? "all" : string.Join(", ", Beneficiaries))}";
        return $"{label}: {Kind}{(details.Length == 0 ? string.Empty : " " + details)}, {direction}, {Conditions}";
    }

    /// <summary>The kind-specific part of <see cref="ToString"/>; empty when there is none.</summary>
    /// <remarks>Abstract and not visible outside the assembly, so no type elsewhere can complete the union.</remarks>
    private protected abstract string Details();
}
