using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Tests.Analysis.Votes;

/// <summary>
/// <see cref="VoteSimilarities.DyadYears"/> (bit sets over dense indexes) agrees row for row with the definition computed
/// plainly — for each year and pair of states, <see cref="VoteSimilarity.Of"/> over the roll calls on which both voted —
/// on random votes: up to 150 roll calls a year (several 64-bit words), states numbered densely or far apart (the
/// table and the dictionary index), some states absent from some years, with and without a window of years and a pair.
/// </summary>
public class VoteSimilaritiesDifferentialTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DyadYears_RandomVotes_AgreesWithTheDefinition(int seed)
    {
        var random = new Random(seed);
        int[] states = seed % 4 == 0 ? [2, 20, 365, 3_000_000] : [.. Enumerable.Range(0, random.Next(2, 7)).Select(i => 2 + (i * 10) + random.Next(10))];
        var votes = new List<RecordedVote>();
        var rollCall = 1;
        foreach (var year in Enumerable.Range(1990, random.Next(1, 4)))
        {
            for (var end = rollCall + random.Next(1, 150); rollCall < end; rollCall++)
            {
                foreach (var state in states.Where(_ => random.Next(5) > 0))
                {
                    votes.Add(new RecordedVote(rollCall, year, state, (VoteChoice)random.Next(1, 4)));
                }
            }
        }

        var years = votes.Select(v => v.Year).Distinct().Order().ToArray();
        int? from = seed % 3 == 0 ? years[^1] : null;
        int? to = seed % 5 == 0 ? years[0] : null;
        (int, int)? pair = seed % 2 == 0 ? (states[^1], states[0]) : null;
        Shuffle(random, votes);

        var actual = VoteSimilarities.DyadYears(votes, from, to, pair);

        Assert.Equal(Plainly(votes, from, to, pair), actual.ToList());
    }

    private static List<DyadYearVoteSimilarity> Plainly(List<RecordedVote> votes, int? from, int? to, (int A, int B)? pair)
    {
        var rows = new List<DyadYearVoteSimilarity>();
        var states = votes.Select(v => v.State).Distinct().Order().ToArray();
        foreach (var first in states)
        {
            foreach (var second in states.Where(s => s > first))
            {
                if (pair is { } p && !((p.A == first && p.B == second) || (p.A == second && p.B == first)))
                {
                    continue;
                }

                foreach (var year in votes.Select(v => v.Year).Distinct().Order().Where(y => (from is null || y >= from) && (to is null || y <= to)))
                {
                    var ofFirst = votes.Where(v => v.Year == year && v.State == first).ToDictionary(v => v.RollCall, v => v.Vote);
                    var both = votes.Where(v => v.Year == year && v.State == second && ofFirst.ContainsKey(v.RollCall)).OrderBy(v => v.RollCall).ToList();
                    if (both.Count > 0)
                    {
                        VoteChoice[] a = [.. both.Select(v => ofFirst[v.RollCall])];
                        VoteChoice[] b = [.. both.Select(v => v.Vote)];
                        rows.Add(new DyadYearVoteSimilarity(first, second, year, VoteSimilarity.Of(a, b)));
                    }
                }
            }
        }

        return rows;
    }

    private static void Shuffle(Random random, List<RecordedVote> votes)
    {
        for (var i = votes.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (votes[i], votes[j]) = (votes[j], votes[i]);
        }
    }
}
