using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Treaties;

/// <summary>A provision for sharing military or dual-use technology in the <see cref="Domains"/> it names. Equality compares every member, collections in order.</summary>
public sealed record TechnologyTransferClause : Clause
{
    /// <summary>Creates the clause.</summary>
    /// <param name="id">The clause's id, unique within its treaty.</param>
    /// <param name="domains">The fields of technology covered; empty when the text names none.</param>
    /// <param name="conditions">What limits when it applies, or <see langword="null"/> for no condition.</param>
    /// <param name="guarantors">The parties that provide technology; empty or <see langword="null"/> for every party.</param>
    /// <param name="beneficiaries">The parties that receive it; empty or <see langword="null"/> for every party.</param>
    /// <param name="article">The article label, or <see langword="null"/>.</param>
    /// <param name="summary">The content in a sentence, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A domain is not a defined value.</exception>
    public TechnologyTransferClause(
        ClauseId id,
        IEnumerable<TechnologyDomain>? domains = null,
        ClauseConditions? conditions = null,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        string? article = null,
        string? summary = null)
        : base(id, conditions, guarantors, beneficiaries, article, summary)
    {
        Domains = domains is null ? [] : [.. domains];
        foreach (var domain in Domains)
        {
            if (!Enum.IsDefined(domain))
            {
                throw new ArgumentOutOfRangeException(nameof(domains), domain, "Unknown technology domain.");
            }
        }
    }

    /// <inheritdoc/>
    public override ClauseKind Kind => ClauseKind.TechnologyTransfer;

    /// <summary>The fields of technology covered; empty when the text names none.</summary>
    public ImmutableArray<TechnologyDomain> Domains { get; }

    /// <inheritdoc/>
    public bool Equals(TechnologyTransferClause? other) => base.Equals(other) && Domains.SequenceEqual(other.Domains);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Domains.Length);

    private protected override string Details() => string.Join(", ", Domains);
}
