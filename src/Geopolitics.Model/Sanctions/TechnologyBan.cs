using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Sanctions;

/// <summary>A ban on technology in some domains ("ballistic-missile and nuclear technology"), to and/or from the target.</summary>
/// <remarks>The domains are a set: stored distinct and in ascending order. Equality compares them in that order.</remarks>
public sealed record TechnologyBan : SanctionsMeasure
{
    /// <summary>Creates a technology ban.</summary>
    /// <param name="domains">The banned domains: at least one.</param>
    /// <param name="direction">Which flows are forbidden; both by default.</param>
    /// <param name="legalBasis">The provision that imposes it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="domains"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A domain is not defined, or <paramref name="direction"/> is not one or both defined flags.</exception>
    public TechnologyBan(ImmutableArray<TechnologyDomain> domains, EmbargoDirection direction = EmbargoDirection.Both, string? legalBasis = null)
        : base(legalBasis)
    {
        var set = domains.IsDefault ? [] : domains.Distinct().Order().ToImmutableArray();
        ArgumentProblem.ThrowIf(Problem(set));

        foreach (var domain in set)
        {
            ArgumentChecks.Defined(domain, nameof(domains));
        }

        Domains = set;
        Direction = CheckDirection(direction, nameof(direction));
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(ImmutableArray<TechnologyDomain> domains) =>
        domains.IsDefaultOrEmpty ? new(nameof(domains), "A technology ban names at least 1 domain.") : null;

    /// <summary>The banned domains, distinct, in ascending order.</summary>
    public ImmutableArray<TechnologyDomain> Domains { get; }

    /// <summary>Which flows are forbidden.</summary>
    public EmbargoDirection Direction { get; }

    private protected override SanctionsMeasureKind KindCore => SanctionsMeasureKind.TechnologyBan;

    /// <inheritdoc/>
    public bool Equals(TechnologyBan? other) =>
        other is not null && Direction == other.Direction && LegalBasis == other.LegalBasis && Domains.SequenceEqual(other.Domains);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Direction);
        hash.Add(LegalBasis);
        foreach (var domain in Domains)
        {
            hash.Add(domain);
        }

        return hash.ToHashCode();
    }

    /// <summary>Culture-invariant text such as "technology ban BallisticMissiles, Nuclear [Both]".</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"technology ban {string.Join(", ", Domains)} [{Direction}]{BasisSuffix}";
}
