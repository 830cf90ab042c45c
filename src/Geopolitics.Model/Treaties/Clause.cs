using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// One obligation or provision of a treaty, after ATOP's coding: a closed union of <see cref="MutualDefenceClause"/>,
/// <see cref="MilitaryCooperationClause"/>, <see cref="TechnologyTransferClause"/> (the kinds with details of their own)
/// and <see cref="ObligationClause"/> (every plain obligation); <see cref="Kind"/> names the obligation, and
/// <see cref="Match{TResult}"/> and <see cref="Switch"/> take one function for each case.
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
        Id = ArgumentChecks.NotDefault(id, nameof(id));
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
        other is not null && EqualityContract == other.EqualityContract && Kind == other.Kind && Id == other.Id && Conditions.Equals(other.Conditions) &&
        Guarantors.SequenceEqual(other.Guarantors) && Beneficiaries.SequenceEqual(other.Beneficiaries) &&
        Article == other.Article && Summary == other.Summary;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Kind, Id, Conditions, Guarantors.Length, Beneficiaries.Length, Article, Summary);

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
    /// <summary>Gives the result of the function for this clause's case.</summary>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="mutualDefence">Called for a <see cref="MutualDefenceClause"/>.</param>
    /// <param name="militaryCooperation">Called for a <see cref="MilitaryCooperationClause"/>.</param>
    /// <param name="technologyTransfer">Called for a <see cref="TechnologyTransferClause"/>.</param>
    /// <param name="obligation">Called for an <see cref="ObligationClause"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<MutualDefenceClause, TResult> mutualDefence,
        Func<MilitaryCooperationClause, TResult> militaryCooperation,
        Func<TechnologyTransferClause, TResult> technologyTransfer,
        Func<ObligationClause, TResult> obligation)
    {
        ArgumentNullException.ThrowIfNull(mutualDefence);
        ArgumentNullException.ThrowIfNull(militaryCooperation);
        ArgumentNullException.ThrowIfNull(technologyTransfer);
        ArgumentNullException.ThrowIfNull(obligation);
        return this switch
        {
            MutualDefenceClause clause => mutualDefence(clause),
            MilitaryCooperationClause clause => militaryCooperation(clause),
            TechnologyTransferClause clause => technologyTransfer(clause),
            ObligationClause clause => obligation(clause),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown clause type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this clause's case.</summary>
    /// <param name="mutualDefence">Called for a <see cref="MutualDefenceClause"/>.</param>
    /// <param name="militaryCooperation">Called for a <see cref="MilitaryCooperationClause"/>.</param>
    /// <param name="technologyTransfer">Called for a <see cref="TechnologyTransferClause"/>.</param>
    /// <param name="obligation">Called for an <see cref="ObligationClause"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<MutualDefenceClause> mutualDefence,
        Action<MilitaryCooperationClause> militaryCooperation,
        Action<TechnologyTransferClause> technologyTransfer,
        Action<ObligationClause> obligation)
    {
        ArgumentNullException.ThrowIfNull(mutualDefence);
        ArgumentNullException.ThrowIfNull(militaryCooperation);
        ArgumentNullException.ThrowIfNull(technologyTransfer);
        ArgumentNullException.ThrowIfNull(obligation);
        switch (this)
        {
            case MutualDefenceClause clause: mutualDefence(clause); break;
            case MilitaryCooperationClause clause: militaryCooperation(clause); break;
            case TechnologyTransferClause clause: technologyTransfer(clause); break;
            case ObligationClause clause: obligation(clause); break;
            default: throw new System.Diagnostics.UnreachableException($"Unknown clause type {GetType()}.");
        }
    }

    private protected abstract string Details();
}
