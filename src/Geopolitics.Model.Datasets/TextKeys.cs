using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Geopolitics.Model.Datasets;

/// <summary>
/// Look-ups of string-keyed tables by a cell's text, for both targets: on .NET 9 and later through the table's
/// alternate lookup, without making a string; on .NET 8, which has none, through a string made for the look-up.
/// The answers are the same. The only place where the datasets' code differs between its targets.
/// </summary>
internal static class TextKeys
{
    /// <summary>The value of <paramref name="key"/> in <paramref name="table"/>, if there is one.</summary>
    public static bool TryGetValue<TValue>(Dictionary<string, TValue> table, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return table.TryGetValue(key.ToString(), out value);
#endif
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="table"/>, if there is one.</summary>
    public static bool TryGetValue<TValue>(FrozenDictionary<string, TValue> table, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return table.TryGetValue(key.ToString(), out value);
#endif
    }

    /// <summary>Sets the value of <paramref name="key"/> in <paramref name="table"/>.</summary>
    public static void Set<TValue>(Dictionary<string, TValue> table, ReadOnlySpan<char> key, TValue value)
    {
#if NET9_0_OR_GREATER
        table.GetAlternateLookup<ReadOnlySpan<char>>()[key] = value;
#else
        table[key.ToString()] = value;
#endif
    }
}
