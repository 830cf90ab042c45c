using Geopolitics.Model.Time;

namespace Geopolitics.Model.Tests.Time;

public class TruthTests
{
    public static TheoryData<Truth, Truth, Truth, Truth> KleeneTable => new()
    {
        // left, right, and, or
        { Truth.True, Truth.True, Truth.True, Truth.True },
        { Truth.True, Truth.False, Truth.False, Truth.True },
        { Truth.True, Truth.Unknown, Truth.Unknown, Truth.True },
        { Truth.False, Truth.False, Truth.False, Truth.False },
        { Truth.False, Truth.Unknown, Truth.False, Truth.Unknown },
        { Truth.Unknown, Truth.Unknown, Truth.Unknown, Truth.Unknown },
    };

    [Theory]
    [MemberData(nameof(KleeneTable))]
    public void AndOr_KleeneTable_MatchesStrongKleeneLogic(Truth left, Truth right, Truth and, Truth or)
    {
        Assert.Equal(and, left & right);
        Assert.Equal(and, right & left);
        Assert.Equal(or, left | right);
        Assert.Equal(or, right.Or(left));
    }

    [Fact]
    public void Not_EachValue_SwapsTrueAndFalseKeepsUnknown()
    {
        Assert.Equal(Truth.False, !Truth.True);
        Assert.Equal(Truth.True, Truth.False.Not());
        Assert.Equal(Truth.Unknown, !Truth.Unknown);
    }

    [Fact]
    public void Default_IsUnknown()
    {
        Assert.True(default(Truth).IsUnknown);
        Assert.Equal("unknown", default(Truth).ToString());
    }

    [Fact]
    public void AllAny_Empty_AreIdentities()
    {
        Assert.Equal(Truth.True, Truth.All([]));
        Assert.Equal(Truth.False, Truth.Any([]));
        Assert.Equal(Truth.Unknown, Truth.All([Truth.True, Truth.Unknown]));
        Assert.Equal(Truth.True, Truth.Any([Truth.Unknown, Truth.True]));
    }
}
