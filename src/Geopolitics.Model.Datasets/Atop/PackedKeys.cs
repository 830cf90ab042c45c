using System.Buffers;
using System.Numerics;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// Sorts the packed 64-bit keys of the ATOP tables by a range of their bits with a least-significant-digit radix sort:
/// a few linear passes, where a comparison sort of the hundreds of thousands of keys took most of a table's time.
/// </summary>
internal static class PackedKeys
{
    // Digits of at most 12 bits: 4,096 counters stay in the first-level cache, and the tables' sort keys (24 and 34 bits)
    // take two and three passes.
    private const int MaxDigitBits = 12;

    /// <summary>
    /// Sorts <paramref name="keys"/> by bits <paramref name="lowBit"/> (included) to <paramref name="highBit"/>
    /// (excluded), stably: keys equal in those bits keep their order. Keys must not be negative.
    /// </summary>
    /// <param name="keys">The keys, sorted in place.</param>
    /// <param name="lowBit">The lowest bit that orders.</param>
    /// <param name="highBit">One past the highest bit that orders.</param>
    public static void Sort(Span<long> keys, int lowBit, int highBit)
    {
        if (keys.Length < 2)
        {
            return;
        }

        var passes = (highBit - lowBit + MaxDigitBits - 1) / MaxDigitBits;
        var digitBits = (highBit - lowBit + passes - 1) / passes;
        var scratch = ArrayPool<long>.Shared.Rent(keys.Length);
        var counts = new int[1 << digitBits];
        Span<long> source = keys;
        Span<long> target = scratch.AsSpan(0, keys.Length);
        var inScratch = false;
        for (var shift = lowBit; shift < highBit; shift += digitBits)
        {
            var mask = (1L << Math.Min(digitBits, highBit - shift)) - 1;
            Array.Clear(counts);
            foreach (var key in source)
            {
                counts[(int)((key >> shift) & mask)]++;
            }

            var total = 0;
            for (var b = 0; b < counts.Length; b++)
            {
                (counts[b], total) = (total, total + counts[b]);
            }

            foreach (var key in source)
            {
                target[counts[(int)((key >> shift) & mask)]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
            inScratch = !inScratch;
        }

        if (inScratch)
        {
            source.CopyTo(keys);
        }

        ArrayPool<long>.Shared.Return(scratch);
    }

    /// <summary>The bits that hold every value from 0 to <paramref name="count"/> − 1 (at least one).</summary>
    /// <param name="count">How many values.</param>
    /// <returns>The number of bits.</returns>
    public static int BitsFor(int count) => count <= 2 ? 1 : 32 - BitOperations.LeadingZeroCount((uint)(count - 1));

    /// <summary>How many distinct groups sorted keys make, a group being the keys equal once shifted right by <paramref name="shift"/>.</summary>
    /// <param name="sorted">The keys, sorted by those bits.</param>
    /// <param name="shift">The bits below the group's.</param>
    /// <returns>The number of groups.</returns>
    public static int Groups(ReadOnlySpan<long> sorted, int shift)
    {
        var groups = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] >> shift != sorted[i - 1] >> shift)
            {
                groups++;
            }
        }

        return groups;
    }
}
