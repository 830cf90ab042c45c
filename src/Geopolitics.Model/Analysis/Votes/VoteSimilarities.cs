using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Geopolitics.Model.Analysis.Votes;

/// <summary>
/// The dyad-year table of vote similarity: for every pair of states and every calendar year, the
/// <see cref="VoteSimilarity"/> over the roll calls of that year on which both voted.
/// </summary>
/// <remarks>
/// A dyad-year is listed when the two states voted on at least one common roll call in the year. Each state's votes of a
/// year are held as three bit sets over the year's roll calls (yes, abstain, no), so a dyad's 3×3 table is nine
/// population counts of intersections; the cost grows with states² × years × roll calls / 64.
/// </remarks>
public static class VoteSimilarities
{
    /// <summary>Computes the dyad-year table.</summary>
    /// <param name="votes">The votes, in any order; a state votes at most once on a roll call, and a roll call has one year.</param>
    /// <param name="fromYear">The first year to include, or <see langword="null"/> for no lower bound.</param>
    /// <param name="toYear">The last year to include (included), or <see langword="null"/> for no upper bound.</param>
    /// <param name="pair">Only this pair of states (in either order), or <see langword="null"/> for every pair.</param>
    /// <returns>The rows, ordered by first state, second state and year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="votes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A state votes twice on a roll call, a roll call appears under two years, a vote is not defined, or the pair names
    /// one state twice.
    /// </exception>
    public static ImmutableArray<DyadYearVoteSimilarity> DyadYears(
        IEnumerable<RecordedVote> votes,
        int? fromYear = null,
        int? toYear = null,
        (int First, int Second)? pair = null)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (pair is { } p && p.First == p.Second)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A pair is two different states; got {p.First} twice."), nameof(pair));
        }

        var all = votes.ToArray();

        // Dense indexes: states in ascending order, years in ascending order, each roll call its slot within its year.
        var (states, stateIndex) = DenseIndex(all, v => v.State);
        var (years, yearIndex) = DenseIndex(all, v => v.Year);
        var rollCallYear = new Dictionary<int, int>();
        var rollCallSlot = new Dictionary<int, int>();
        var slotsPerYear = new int[years.Length];
        var keep = new bool[all.Length];
        for (var k = 0; k < all.Length; k++)
        {
            var vote = all[k];
            if (vote.Vote is not (Stances.VoteChoice.Yes or Stances.VoteChoice.Abstain or Stances.VoteChoice.No))
            {
                throw new ArgumentException($"Vote '{vote}' has no yes, abstain or no.", nameof(votes));
            }

            if (rollCallYear.TryGetValue(vote.RollCall, out var known))
            {
                if (known != vote.Year)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Roll call {vote.RollCall} is given in {known} and in {vote.Year}; a roll call has one year."), nameof(votes));
                }
            }
            else
            {
                rollCallYear[vote.RollCall] = vote.Year;
            }

            keep[k] = !(vote.Year < fromYear || vote.Year > toYear ||
                (pair is { } only && vote.State != only.First && vote.State != only.Second));
            if (keep[k] && !rollCallSlot.ContainsKey(vote.RollCall))
            {
                rollCallSlot[vote.RollCall] = slotsPerYear[yearIndex(vote.Year)]++;
            }
        }

        // Per year, for every state, three bit sets (yes, abstain, no) over the year's roll calls, in one array.
        var words = slotsPerYear.Select(slots => (slots + 63) / 64).ToArray();
        var bits = words.Select(w => new ulong[states.Length * 3 * w]).ToArray();
        var voted = new bool[years.Length * states.Length];
        for (var k = 0; k < all.Length; k++)
        {
            if (!keep[k])
            {
                continue;
            }

            var vote = all[k];
            var y = yearIndex(vote.Year);
            var state = stateIndex(vote.State);
            var slot = rollCallSlot[vote.RollCall];
            var w = words[y];
            var at = (state * 3 * w) + (slot >> 6);
            var mask = 1UL << (slot & 63);
            var yearBits = bits[y];
            if (((yearBits[at] | yearBits[at + w] | yearBits[at + (2 * w)]) & mask) != 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"State {vote.State} votes twice on roll call {vote.RollCall}; a state votes at most once on a roll call."), nameof(votes));
            }

            yearBits[at + (((int)vote.Vote - 1) * w)] |= mask;
            voted[(y * states.Length) + state] = true;
        }

        // At most every pair of the states that voted in a year: the rows are written into one array of that size.
        var bound = 0L;
        for (var y = 0; y < years.Length; y++)
        {
            long count = 0;
            for (var i = 0; i < states.Length; i++)
            {
                count += voted[(y * states.Length) + i] ? 1 : 0;
            }

            bound += count * (count - 1) / 2;
        }

        var rows = new DyadYearVoteSimilarity[bound];
        var written = 0;
        Span<int> counts = stackalloc int[9];
        for (var i = 0; i < states.Length; i++)
        {
            for (var j = i + 1; j < states.Length; j++)
            {
                for (var y = 0; y < years.Length; y++)
                {
                    if (!voted[(y * states.Length) + i] || !voted[(y * states.Length) + j])
                    {
                        continue;
                    }

                    var w = words[y];
                    var yearBits = bits[y];
                    if (Count(yearBits.AsSpan(i * 3 * w, 3 * w), yearBits.AsSpan(j * 3 * w, 3 * w), w, counts) > 0)
                    {
                        rows[written++] = new DyadYearVoteSimilarity(states[i], states[j], years[y], VoteSimilarity.FromCounts(counts));
                    }
                }
            }
        }

        return written == rows.Length ? ImmutableCollectionsMarshal.AsImmutableArray(rows) : [.. rows.AsSpan(0, written)];
    }

    /// <summary>The distinct values in ascending order, and a function from a value to its index among them.</summary>
    private static (int[] Values, Func<int, int> IndexOf) DenseIndex(RecordedVote[] votes, Func<RecordedVote, int> key)
    {
        var values = votes.Select(key).Distinct().Order().ToArray();
        if (values.Length > 0 && (long)values[^1] - values[0] < 1 << 20)
        {
            var offset = values[0];
            var table = new int[values[^1] - offset + 1];
            for (var k = 0; k < values.Length; k++)
            {
                table[values[k] - offset] = k;
            }

            return (values, value => table[value - offset]);
        }

        var map = values.Select((value, k) => (value, k)).ToDictionary(v => v.value, v => v.k);
        return (values, value => map[value]);
    }

    /// <summary>Fills the 3×3 table of two states' votes from their bit sets and returns the number of roll calls both voted on.</summary>
    private static int Count(ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, int words, Span<int> counts)
    {
        var n = 0;
        for (var a = 0; a < 3; a++)
        {
            var x = first.Slice(a * words, words);
            for (var b = 0; b < 3; b++)
            {
                var y = second.Slice(b * words, words);
                var count = 0;
                for (var w = 0; w < words; w++)
                {
                    count += BitOperations.PopCount(x[w] & y[w]);
                }

                counts[(a * 3) + b] = count;
                n += count;
            }
        }

        return n;
    }
}
