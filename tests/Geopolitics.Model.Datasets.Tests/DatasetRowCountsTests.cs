namespace Geopolitics.Model.Datasets.Tests;

public sealed class DatasetRowCountsTests
{
    [Fact]
    public void Constructor_ImportedAndRejectedWithinRead_KeepsTheCounts()
    {
        var counts = new DatasetRowCounts("m.csv", 10, 7, 3);

        Assert.Equal(("m.csv", 10, 7, 3), (counts.File, counts.Read, counts.Imported, counts.Rejected));
        Assert.Equal("m.csv: 10 read, 7 imported, 3 rejected", counts.ToString());
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(10, -1, 0)]
    [InlineData(10, 0, -1)]
    [InlineData(10, 8, 3)]
    public void Constructor_ImpossibleCounts_Throws(int read, int imported, int rejected)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DatasetRowCounts("m.csv", read, imported, rejected));
    }
}
