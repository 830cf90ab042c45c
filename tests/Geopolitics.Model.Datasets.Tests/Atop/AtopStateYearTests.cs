using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Tests.Generators;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopStateYearTests
{
    [Fact]
    public void Constructor_ValidRow_CountsItsAlliances()
    {
        var row = new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3180, 3185]);

        Assert.Equal(2, row.Number);
        Assert.Equal("2 1949: Defense; transition; 3180 3185", row.ToString());
    }

    [Fact]
    public void Equals_SameValues_IsTrueAndComparesIdsByValue()
    {
        Assert.Equal(new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3180]), new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3180]));
        Assert.NotEqual(new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3180]), new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3185]));
    }

    [Fact]
    public void Equals_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(new AtopStateYear(2, 1949, AtopObligations.Defense, true, [3180, 3185]), new AtopStateYear(200, 1950, AtopObligations.Neutral, false, [3190]));
    }

    [Theory]
    [InlineData(0, 1949)]
    [InlineData(1000, 1949)]
    [InlineData(2, 0)]
    public void Constructor_StateOrYearOutOfRange_Throws(int state, int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AtopStateYear(state, year, AtopObligations.None, false, [1000]));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 3185, 3180 })]
    [InlineData(new[] { 3180, 3180 })]
    public void Constructor_IdsEmptyUnsortedOrRepeated_Throws(int[] ids)
    {
        Assert.Throws<ArgumentException>(() => new AtopStateYear(2, 1949, AtopObligations.None, false, [.. ids]));
    }

    [Fact]
    public void Constructor_UndefinedObligation_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AtopStateYear(2, 1949, (AtopObligations)64, false, [3180]));
    }
}
