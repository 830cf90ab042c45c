using Geopolitics.Model.Datasets.Atop;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopDirectedDyadYearTests
{
    [Fact]
    public void Constructor_TwoStates_KeepsDirection()
    {
        var row = new AtopDirectedDyadYear(200, 380, 1855, AtopObligations.Defense | AtopObligations.Consultation);

        Assert.Equal((200, 380, 1855), (row.State1, row.State2, row.Year));
        Assert.Equal("200→380 1855: Defense, Consultation", row.ToString());
    }

    [Fact]
    public void Constructor_SameStateTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AtopDirectedDyadYear(200, 200, 1855, AtopObligations.None));
    }

    [Theory]
    [InlineData(0, 380, 1855)]
    [InlineData(1000, 380, 1855)]
    [InlineData(200, 0, 1855)]
    [InlineData(200, 1000, 1855)]
    [InlineData(200, 380, 0)]
    [InlineData(200, 380, 10000)]
    public void Constructor_OutOfRange_Throws(int state1, int state2, int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AtopDirectedDyadYear(state1, state2, year, AtopObligations.None));
    }

    [Fact]
    public void Constructor_UndefinedObligation_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AtopDirectedDyadYear(200, 380, 1855, (AtopObligations)32));
    }
}
