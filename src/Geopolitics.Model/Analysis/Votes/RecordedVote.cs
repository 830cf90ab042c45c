using System.Globalization;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Analysis.Votes;

/// <summary>One state's vote on one roll call, as the vote-similarity measures take it: the roll call, its calendar year, the state and the vote.</summary>
/// <remarks>
/// States are identified by number, as the voting data do: Correlates of War state codes in the library's readers.
/// <c>default(RecordedVote)</c> has no vote and is refused by <see cref="VoteSimilarities"/>.
/// </remarks>
public readonly record struct RecordedVote
{
    /// <summary>Creates the vote.</summary>
    /// <param name="rollCall">The roll call's number (<c>rcid</c> in the UN voting data).</param>
    /// <param name="year">The calendar year of the roll call.</param>
    /// <param name="state">The state's number (a COW state code).</param>
    /// <param name="vote">The vote.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vote"/> is not yes, abstain or no.</exception>
    public RecordedVote(int rollCall, int year, int state, VoteChoice vote)
    {
        RollCall = rollCall;
        Year = year;
        State = state;
        Vote = vote is VoteChoice.Yes or VoteChoice.Abstain or VoteChoice.No
            ? vote
            : throw new ArgumentOutOfRangeException(nameof(vote), vote, "A vote is yes (1), abstain (2) or no (3).");
    }

    /// <summary>The roll call's number.</summary>
    public int RollCall { get; }

    /// <summary>The calendar year of the roll call.</summary>
    public int Year { get; }

    /// <summary>The state's number (a COW state code).</summary>
    public int State { get; }

    /// <summary>The vote.</summary>
    public VoteChoice Vote { get; }

    /// <summary>Culture-invariant text such as <c>rc 3 (1946): 2 Yes</c>.</summary>
    /// <returns>The vote as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"rc {RollCall} ({Year}): {State} {Vote}");
}
