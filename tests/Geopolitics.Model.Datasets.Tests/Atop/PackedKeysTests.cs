using Geopolitics.Model.Datasets.Atop;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>The radix sort of the ATOP tables' packed keys agrees with a stable sort by the same bits, for every number of passes.</summary>
public sealed class PackedKeysTests
{
    [Theory]
    [InlineData(0, 0, 24)]
    [InlineData(1, 0, 24)]
    [InlineData(2, 0, 24)]
    [InlineData(3, 0, 24)]
    [InlineData(1000, 0, 12)]
    [InlineData(1000, 0, 13)]
    [InlineData(1000, 0, 24)]
    [InlineData(1000, 6, 40)]
    [InlineData(5000, 30, 62)]
    [InlineData(5000, 3, 5)]
    public void Sort_RandomKeys_IsTheStableOrderOfTheirBits(int count, int lowBit, int highBit)
    {
        var random = new Random(count + lowBit + highBit);
        var keys = Enumerable.Range(0, count).Select(_ => random.NextInt64(0, long.MaxValue)).ToArray();
        var mask = (1L << (highBit - lowBit)) - 1;
        var expected = keys.OrderBy(k => (k >> lowBit) & mask).ToArray();

        PackedKeys.Sort(keys, lowBit, highBit);

        Assert.Equal(expected, keys);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(1024, 10)]
    [InlineData(1025, 11)]
    public void BitsFor_Count_HoldsEveryValueBelowIt(int count, int bits)
    {
        Assert.Equal(bits, PackedKeys.BitsFor(count));
    }

    [Fact]
    public void Groups_SortedKeys_CountsTheDistinctHighParts()
    {
        long[] sorted = [0b1_00, 0b1_11, 0b10_01, 0b11_00, 0b11_10];

        Assert.Equal(3, PackedKeys.Groups(sorted, 2));
        Assert.Equal(5, PackedKeys.Groups(sorted, 0));
        Assert.Equal(0, PackedKeys.Groups([], 2));
    }
}
