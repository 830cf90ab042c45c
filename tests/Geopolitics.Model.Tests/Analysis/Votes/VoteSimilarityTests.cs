using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Stances;
using static Geopolitics.Model.Stances.VoteChoice;

namespace Geopolitics.Model.Tests.Analysis.Votes;

public class VoteSimilarityTests
{
    private const double Precision = 1e-12;

    // Ten roll calls, counted by hand: (Y,Y) 4, (Y,A) 1, (Y,N) 1, (A,A) 1, (A,Y) 1, (N,N) 2.
    private static readonly VoteChoice[] First = [Yes, Yes, Yes, Yes, Yes, Yes, Abstain, Abstain, No, No];
    private static readonly VoteChoice[] Second = [Yes, Yes, Yes, Yes, Abstain, No, Abstain, Yes, No, No];

    [Fact]
    public void Of_TenRollCalls_GivesTheHandComputedMeasures()
    {
        var similarity = VoteSimilarity.Of(First, Second);

        Assert.Equal(10, similarity.N);

        // 7 of 10 the same.
        Assert.Equal(0.7, similarity.Agree!.Value, Precision);

        // Distances 1 + 2 + 1 = 4: S = 1 − 2·4 / (10·2).
        Assert.Equal(0.6, similarity.S!.Value, Precision);

        // Own shares: first Y .6 A .2 N .2, second Y .5 A .2 N .3; p_e = .30 + .04 + .06 = .40; κ = (.7 − .4) / .6.
        Assert.Equal(0.5, similarity.Kappa!.Value, Precision);

        // Pooled shares Y .55 A .20 N .25; p_e = .3025 + .04 + .0625 = .405; π = (.7 − .405) / .595.
        Assert.Equal(0.295 / 0.595, similarity.Pi!.Value, Precision);
    }

    [Fact]
    public void Of_SwappedStates_GivesTheSameMeasures()
    {
        Assert.Equal(VoteSimilarity.Of(First, Second), VoteSimilarity.Of(Second, First));
    }

    [Fact]
    public void Of_BothYesOnEveryRollCall_LeavesKappaAndPiUndefined()
    {
        var similarity = VoteSimilarity.Of([Yes, Yes, Yes], [Yes, Yes, Yes]);

        Assert.Equal((3, 1.0, 1.0), (similarity.N, similarity.Agree!.Value, similarity.S!.Value));
        Assert.Null(similarity.Kappa);
        Assert.Null(similarity.Pi);
    }

    [Fact]
    public void Of_AlwaysOpposite_GivesMinusOneForSAndPiAndZeroForKappa()
    {
        var similarity = VoteSimilarity.Of([Yes, Yes, Yes], [No, No, No]);

        Assert.Equal(0.0, similarity.Agree!.Value, Precision);
        Assert.Equal(-1.0, similarity.S!.Value, Precision);

        // Own shares never meet (p_e = 0), so κ = p_o = 0; pooled shares .5 and .5 give p_e = .5 and π = −.5 / .5.
        Assert.Equal(0.0, similarity.Kappa!.Value, Precision);
        Assert.Equal(-1.0, similarity.Pi!.Value, Precision);
    }

    [Fact]
    public void Of_NoRollCall_IsUndefinedEverywhere()
    {
        var similarity = VoteSimilarity.Of([], []);

        Assert.Equal(default, similarity);
        Assert.Equal(0, similarity.N);
        Assert.Null(similarity.Agree);
        Assert.Null(similarity.S);
    }

    [Fact]
    public void Of_SpansOfDifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => VoteSimilarity.Of([Yes], [Yes, No]));
    }

    [Fact]
    public void FromCounts_UndefinedVote_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteSimilarity.Of([(VoteChoice)8], [Yes]));
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteSimilarity.FromCounts([1, 0, 0, 0, -1, 0, 0, 0, 0]));
        Assert.Throws<ArgumentException>(() => VoteSimilarity.FromCounts([1, 0, 0]));
    }

    [Fact]
    public void FromCounts_TableOfTheTenRollCalls_EqualsOf()
    {
        Assert.Equal(VoteSimilarity.Of(First, Second), VoteSimilarity.FromCounts([4, 1, 1, 1, 1, 0, 0, 0, 2]));
    }

    [Fact]
    public void ToString_PrintsSixDecimalsAndDashForUndefined()
    {
        Assert.Equal("n=3 agree=1.000000 s=1.000000 kappa=- pi=-", VoteSimilarity.Of([No, No, No], [No, No, No]).ToString());
    }
}
