using System.Collections.Immutable;

namespace Geopolitics.Model.Analysis.Votes;

/// <summary>
/// Blocs of states from their votes: the connected groups of two or more states joined by links, where two states are
/// linked in a year when a chosen measure of their <see cref="VoteSimilarity"/> reaches a threshold — the rule
/// <see cref="Alignment.AlignmentAnalysis.Blocs"/> applies to its own stance scores, applied to the field's measures.
/// </summary>
/// <remarks>An undefined measure (κ or π where the expected agreement is 1) links no one.</remarks>
public static class VoteBlocs
{
    /// <summary>The blocs of one year.</summary>
    /// <param name="rows">The dyad-year table (<see cref="VoteSimilarities.DyadYears"/>); rows of other years are ignored.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="measure">The measure that links two states.</param>
    /// <param name="threshold">The least value that links them (included).</param>
    /// <param name="minimumRollCalls">The fewest common roll calls a pair needs to be linked, at least 1.</param>
    /// <returns>The blocs, each its states in ascending order, the largest first (then by their first state).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not defined, <paramref name="threshold"/> is not a number, or <paramref name="minimumRollCalls"/> is below 1.</exception>
    public static ImmutableArray<ImmutableArray<int>> Of(IEnumerable<DyadYearVoteSimilarity> rows, int year, VoteMeasure measure, double threshold, int minimumRollCalls = 1)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentChecks.Defined(measure, nameof(measure));
        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a number.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minimumRollCalls, 1);
        var parent = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            if (row.Year != year)
            {
                continue;
            }

            parent.TryAdd(row.First, row.First);
            parent.TryAdd(row.Second, row.Second);
            var s = row.Similarity;
            var value = measure switch
            {
                VoteMeasure.Agree => s.Agree,
                VoteMeasure.S => s.S,
                VoteMeasure.Kappa => s.Kappa,
                _ => s.Pi,
            };
            if (s.N >= minimumRollCalls && value >= threshold)
            {
                var (a, b) = (Root(parent, row.First), Root(parent, row.Second));
                if (a != b)
                {
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        return [.. parent.Keys
            .GroupBy(state => Root(parent, state))
            .Where(group => group.Count() >= 2)
            .Select(group => group.Order().ToImmutableArray())
            .OrderByDescending(bloc => bloc.Length)
            .ThenBy(bloc => bloc[0])];
    }

    private static int Root(Dictionary<int, int> parent, int state)
    {
        while (parent[state] != state)
        {
            state = parent[state] = parent[parent[state]];
        }

        return state;
    }
}
