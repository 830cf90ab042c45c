using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Geopolitics.Model.Analysis;

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

        var years = new SortedDictionary<int, YearVotes>();
        var yearOfRollCall = new Dictionary<int, int>();
        foreach (var vote in votes)
        {
            if (vote.Vote is not (Stances.VoteChoice.Yes or Stances.VoteChoice.Abstain or Stances.VoteChoice.No))
            {
                throw new ArgumentException($"Vote '{vote}' has no yes, abstain or no.", nameof(votes));
            }

            if (yearOfRollCall.TryGetValue(vote.RollCall, out var known) ? known != vote.Year : !yearOfRollCall.TryAdd(vote.RollCall, vote.Year))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Roll call {vote.RollCall} is given in {known} and in {vote.Year}; a roll call has one year."), nameof(votes));
            }

            if (vote.Year < fromYear || vote.Year > toYear ||
                (pair is { } only && vote.State != only.First && vote.State != only.Second))
            {
                continue;
            }

            if (!years.TryGetValue(vote.Year, out var year))
            {
                years[vote.Year] = year = new YearVotes();
            }

            year.Votes.Add(vote);
        }

        // Every state of every year gets an index; each year holds the bit sets of the states that voted in it.
        var states = years.Values.SelectMany(y => y.Votes.Select(v => v.State)).Distinct().Order().ToArray();
        var stateIndex = states.Select((state, index) => (state, index)).ToDictionary(s => s.state, s => s.index);
        var prepared = new List<(int Year, YearBits Bits)>(years.Count);
        foreach (var (year, yearVotes) in years)
        {
            var bits = yearVotes.Prepare(states.Length, stateIndex, out var twice);
            if (twice is { } vote)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"State {vote.State} votes twice on roll call {vote.RollCall}; a state votes at most once on a roll call."), nameof(votes));
            }

            prepared.Add((year, bits));
        }

        var rows = ImmutableArray.CreateBuilder<DyadYearVoteSimilarity>();
        Span<int> counts = stackalloc int[9];
        for (var i = 0; i < states.Length; i++)
        {
            for (var j = i + 1; j < states.Length; j++)
            {
                foreach (var (year, bits) in prepared)
                {
                    var first = bits.Of(i);
                    var second = bits.Of(j);
                    if (first.IsEmpty || second.IsEmpty)
                    {
                        continue;
                    }

                    var n = bits.Count(first, second, counts);
                    if (n > 0)
                    {
                        rows.Add(new DyadYearVoteSimilarity(states[i], states[j], year, VoteSimilarity.FromCounts(counts)));
                    }
                }
            }
        }

        return rows.DrainToImmutable();
    }

    /// <summary>The votes of one year, gathered before the bit sets are made.</summary>
    private sealed class YearVotes
    {
        public List<RecordedVote> Votes { get; } = [];

        public YearBits Prepare(int stateCount, Dictionary<int, int> stateIndex, out RecordedVote? twice)
        {
            twice = null;
            var rollCalls = new Dictionary<int, int>();
            foreach (var vote in Votes)
            {
                rollCalls.TryAdd(vote.RollCall, rollCalls.Count);
            }

            var words = (rollCalls.Count + 63) / 64;
            var bits = new YearBits(stateCount, words);
            foreach (var vote in Votes)
            {
                if (!bits.Set(stateIndex[vote.State], rollCalls[vote.RollCall], vote.Vote))
                {
                    twice ??= vote;
                }
            }

            return bits;
        }
    }

    /// <summary>For each state that voted in a year, three bit sets over the year's roll calls: yes, abstain, no.</summary>
    private sealed class YearBits(int stateCount, int words)
    {
        private readonly ulong[]?[] _byState = new ulong[]?[stateCount];

        public ReadOnlySpan<ulong> Of(int state) => _byState[state];

        /// <summary>Records a vote; false when the state already has a vote on the roll call.</summary>
        public bool Set(int state, int rollCall, Stances.VoteChoice vote)
        {
            var bits = _byState[state] ??= new ulong[3 * words];
            var word = rollCall >> 6;
            var mask = 1UL << (rollCall & 63);
            if (((bits[word] | bits[words + word] | bits[(2 * words) + word]) & mask) != 0)
            {
                return false;
            }

            bits[(((int)vote - 1) * words) + word] |= mask;
            return true;
        }

        /// <summary>Fills the 3×3 table of the two states' votes and returns the number of roll calls both voted on.</summary>
        public int Count(ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, Span<int> counts)
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
}
