using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Stances;
using static Geopolitics.Model.Stances.VoteChoice;

namespace Geopolitics.Model.Tests.Analysis.Votes;

public class VoteSimilaritiesTests
{
    private const double Precision = 1e-12;

    /// <summary>
    /// Two years. 1990: roll calls 1–4, states 2, 20 and 160 (160 absent on 4). 1991: roll calls 5–6, states 2 and 20.
    /// </summary>
    private static readonly RecordedVote[] Votes =
    [
        new(1, 1990, 2, Yes), new(1, 1990, 20, Yes), new(1, 1990, 160, No),
        new(2, 1990, 2, No), new(2, 1990, 20, No), new(2, 1990, 160, Yes),
        new(3, 1990, 2, Yes), new(3, 1990, 20, Abstain), new(3, 1990, 160, Yes),
        new(4, 1990, 2, Yes), new(4, 1990, 20, Yes),
        new(6, 1991, 20, No), new(5, 1991, 2, Yes), new(5, 1991, 20, Yes), new(6, 1991, 2, Yes),
    ];

    [Fact]
    public void DyadYears_TwoYears_ListsEachPairAndYearWhereBothVotedInOrder()
    {
        var rows = VoteSimilarities.DyadYears(Votes);

        Assert.Equal(
            [(2, 20, 1990, 4), (2, 20, 1991, 2), (2, 160, 1990, 3), (20, 160, 1990, 3)],
            rows.Select(r => (r.First, r.Second, r.Year, r.Similarity.N)));
    }

    [Fact]
    public void DyadYears_UsaAndCanada1990_CountsOnlyRollCallsBothVotedOn()
    {
        var row = VoteSimilarities.DyadYears(Votes).Single(r => r is { First: 2, Second: 20, Year: 1990 });

        // Roll calls 1–4: Y/Y, N/N, Y/A, Y/Y → 3 of 4 the same, distance 1.
        Assert.Equal(0.75, row.Similarity.Agree!.Value, Precision);
        Assert.Equal(1 - (2.0 * 1 / (4 * 2)), row.Similarity.S!.Value, Precision);
        Assert.Equal(VoteSimilarity.Of([Yes, No, Yes, Yes], [Yes, No, Abstain, Yes]), row.Similarity);
    }

    [Fact]
    public void DyadYears_StateAbsentFromARollCall_LeavesThatRollCallOut()
    {
        var row = VoteSimilarities.DyadYears(Votes).Single(r => r is { First: 20, Second: 160, Year: 1990 });

        // 160 did not vote on roll call 4: only 1–3 count, Y/N, N/Y, A/Y.
        Assert.Equal(3, row.Similarity.N);
        Assert.Equal(0.0, row.Similarity.Agree!.Value, Precision);
        Assert.Equal(1 - (2.0 * 5 / (3 * 2)), row.Similarity.S!.Value, Precision);
    }

    [Fact]
    public void DyadYears_YearsAndPair_KeepOnlyThoseRows()
    {
        Assert.Equal([(2, 20, 1991)], VoteSimilarities.DyadYears(Votes, fromYear: 1991).Select(r => (r.First, r.Second, r.Year)));
        Assert.Equal([(2, 160, 1990)], VoteSimilarities.DyadYears(Votes, toYear: 1990, pair: (160, 2)).Select(r => (r.First, r.Second, r.Year)));
        Assert.Empty(VoteSimilarities.DyadYears(Votes, fromYear: 1992));
    }

    [Fact]
    public void DyadYears_StateVotingTwiceOnARollCall_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => VoteSimilarities.DyadYears([.. Votes, new RecordedVote(1, 1990, 2, No)]));
        Assert.Contains("votes twice on roll call 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DyadYears_RollCallInTwoYears_Throws()
    {
        Assert.Throws<ArgumentException>(() => VoteSimilarities.DyadYears([.. Votes, new RecordedVote(1, 1991, 40, No)]));
    }

    [Fact]
    public void DyadYears_DefaultVoteOrSamePair_Throws()
    {
        Assert.Throws<ArgumentException>(() => VoteSimilarities.DyadYears([default]));
        Assert.Throws<ArgumentException>(() => VoteSimilarities.DyadYears(Votes, pair: (2, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordedVote(1, 1990, 2, (VoteChoice)9));
    }

    [Fact]
    public void DyadYears_ManyRollCallsInAYear_CrossesWordBoundaries()
    {
        // 130 roll calls: 2 votes yes on all; 20 yes on the even ones and no on the odd ones.
        var votes = Enumerable.Range(0, 130).SelectMany(k => new[] { new RecordedVote(k, 2000, 2, Yes), new RecordedVote(k, 2000, 20, k % 2 == 0 ? Yes : No) });

        var row = Assert.Single(VoteSimilarities.DyadYears(votes));

        Assert.Equal(130, row.Similarity.N);
        Assert.Equal(0.5, row.Similarity.Agree!.Value, Precision);
        Assert.Equal(0.0, row.Similarity.S!.Value, Precision);
    }
}
