using System.Collections.Immutable;
using System.Globalization;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// One row of ATOP's state-year table (<c>atop5_1sy.csv</c>): a state in a year in which it has any alliance commitment,
/// the obligations it owes anyone that year, whether a commitment started or ended that year, and the alliances in
/// effect. Equality compares every member, <see cref="AtopIds"/> in order.
/// </summary>
public sealed record AtopStateYear
{
    /// <summary>Creates a row.</summary>
    /// <param name="state">The state's COW code (<c>state</c>).</param>
    /// <param name="year">The year (<c>year</c>).</param>
    /// <param name="obligations">What the state owes anyone that year (<c>defense</c>…<c>consul</c>).</param>
    /// <param name="transition">Whether any of its commitments starts or ends that year (<c>transyr</c>).</param>
    /// <param name="atopIds">The ATOP ids of the alliances in effect, ascending and distinct (<c>atopid1</c>…).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a COW code (1 to 999), or <paramref name="year"/> is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="obligations"/> has an undefined flag, or <paramref name="atopIds"/> is empty, not ascending or not distinct.</exception>
    public AtopStateYear(int state, int year, AtopObligations obligations, bool transition, ImmutableArray<int> atopIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(state, 999);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if ((obligations & ~AtopObligations.All) != 0)
        {
            throw new ArgumentException($"Unknown obligation flags {obligations}.", nameof(obligations));
        }

        if (atopIds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A state-year lists at least one alliance.", nameof(atopIds));
        }

        for (var i = 1; i < atopIds.Length; i++)
        {
            if (atopIds[i] <= atopIds[i - 1])
            {
                throw new ArgumentException("The ATOP ids must be ascending and distinct.", nameof(atopIds));
            }
        }

        State = state;
        Year = year;
        Obligations = obligations;
        Transition = transition;
        AtopIds = atopIds;
    }

    /// <summary>The state's COW code.</summary>
    public int State { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>What the state owes anyone that year: its own promises, not promises made to it.</summary>
    public AtopObligations Obligations { get; }

    /// <summary>Whether any of its commitments starts or ends that year, phase changes included (<c>transyr</c>).</summary>
    public bool Transition { get; }

    /// <summary>The ATOP ids of the alliances in effect, ascending.</summary>
    public ImmutableArray<int> AtopIds { get; }

    /// <summary>The number of distinct alliances (<c>number</c>).</summary>
    public int Number => AtopIds.Length;

    /// <inheritdoc/>
    public bool Equals(AtopStateYear? other) =>
        other is not null && State == other.State && Year == other.Year && Obligations == other.Obligations &&
        Transition == other.Transition && AtopIds.SequenceEqual(other.AtopIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, Year, Obligations, Transition, AtopIds.Length);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>2 1949: Defense, Consultation; transition; 3180</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{State} {Year}: {Obligations}{(Transition ? "; transition" : string.Empty)}; {string.Join(" ", AtopIds)}");
}
