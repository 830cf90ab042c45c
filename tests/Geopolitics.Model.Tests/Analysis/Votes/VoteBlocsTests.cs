using Geopolitics.Model.Analysis.Votes;
using static Geopolitics.Model.Stances.VoteChoice;

namespace Geopolitics.Model.Tests.Analysis.Votes;

public class VoteBlocsTests
{
    // Four roll calls of 1980. 2, 20 and 200 vote alike (20 abstains once); 365 and 700 vote against them, alike; 710
    // votes yes throughout, so κ with anyone who also always votes yes is undefined.
    private static readonly RecordedVote[] Votes =
    [
        .. Row(1, 2, Yes, Yes, No, No), .. Row(1, 20, Yes, Abstain, No, No), .. Row(1, 200, Yes, Yes, No, No),
        .. Row(1, 365, No, No, Yes, Yes), .. Row(1, 700, No, No, Yes, Yes), .. Row(1, 710, Yes, Yes, Yes, Yes),
    ];

    private static readonly System.Collections.Immutable.ImmutableArray<DyadYearVoteSimilarity> Table = VoteSimilarities.DyadYears(Votes);

    [Fact]
    public void Of_KappaThreshold_GroupsTheStatesThatVoteAlike()
    {
        var blocs = VoteBlocs.Of(Table, 1980, VoteMeasure.Kappa, 0.5);

        Assert.Equal([[2, 20, 200], [365, 700]], blocs.Select(b => b.ToArray()));
    }

    [Fact]
    public void Of_AgreeThresholdOfOne_LeavesOutThePairWithOneDifferentVote()
    {
        var blocs = VoteBlocs.Of(Table, 1980, VoteMeasure.Agree, 1.0);

        // 2–200 and 365–700 agree on all four; 20 abstained once.
        Assert.Equal([[2, 200], [365, 700]], blocs.Select(b => b.ToArray()));
    }

    [Fact]
    public void Of_OtherYearOrTooFewRollCalls_GivesNoBloc()
    {
        Assert.Empty(VoteBlocs.Of(Table, 1981, VoteMeasure.S, 0.0));
        Assert.Empty(VoteBlocs.Of(Table, 1980, VoteMeasure.S, 0.0, minimumRollCalls: 5));
    }

    [Fact]
    public void Of_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteBlocs.Of(Table, 1980, (VoteMeasure)9, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteBlocs.Of(Table, 1980, VoteMeasure.S, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteBlocs.Of(Table, 1980, VoteMeasure.S, 0.5, 0));
    }

    private static IEnumerable<RecordedVote> Row(int firstRollCall, int state, params Geopolitics.Model.Stances.VoteChoice[] votes) =>
        votes.Select((vote, k) => new RecordedVote(firstRollCall + k, 1980, state, vote));
}
