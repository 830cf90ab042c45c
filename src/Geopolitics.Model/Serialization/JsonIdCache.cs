namespace Geopolitics.Model.Serialization;

/// <summary>
/// The identifiers of one document already read, by their UTF-8 text as written: a file names the same few actors and
/// places over and over (a supplier and a recipient in every transfer), and each repetition is then neither decoded,
/// checked nor allocated again. Only identifiers read without a problem are kept, so an identifier found here reads
/// exactly as it did the first time.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>
/// An open-addressing table, grown by doubling up to <see cref="MaxEntries"/> identifiers; beyond that the others are
/// read as usual. Keys are the raw string tokens with their quotes, unescaped ones only.
/// </remarks>
internal sealed class JsonIdCache<T>
    where T : struct
{
    /// <summary>At most this many identifiers are kept: more distinct ones than that are no longer "the same few".</summary>
    public const int MaxEntries = 4096;

    // An identifier has at most 64 characters, written between quotes.
    private const int MaxRawLength = 66;

    private int[] _slots = new int[16]; // entry + 1, or 0 where empty
    private byte[][] _keys = new byte[8][];
    private T[] _values = new T[8];
    private int _count;

    /// <summary>Finds the identifier written as <paramref name="raw"/>.</summary>
    /// <param name="raw">The string token as written, with its quotes.</param>
    /// <param name="value">The identifier read from the same text before.</param>
    /// <returns>Whether it was read before.</returns>
    public bool TryGet(ReadOnlySpan<byte> raw, out T value)
    {
        if (raw.Length <= MaxRawLength)
        {
            var mask = _slots.Length - 1;
            for (var slot = Start(raw, mask); _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                var entry = _slots[slot] - 1;
                if (raw.SequenceEqual(_keys[entry]))
                {
                    value = _values[entry];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>Keeps the identifier read without a problem from <paramref name="raw"/>, which <see cref="TryGet"/> did not find.</summary>
    /// <param name="raw">The string token as written, with its quotes and no escape sequence.</param>
    /// <param name="value">The identifier.</param>
    public void Add(ReadOnlySpan<byte> raw, T value)
    {
        if (raw.Length > MaxRawLength || _count == MaxEntries)
        {
            return;
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
            _slots = new int[_slots.Length * 2];
            for (var entry = 0; entry < _count; entry++)
            {
                Place(_keys[entry], entry);
            }
        }

        _keys[_count] = raw.ToArray();
        _values[_count] = value;
        Place(raw, _count);
        _count++;
    }

    private void Place(ReadOnlySpan<byte> raw, int entry)
    {
        var mask = _slots.Length - 1;
        var slot = Start(raw, mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry + 1;
    }

    // FNV-1a over the bytes: the keys are short ASCII names.
    private static int Start(ReadOnlySpan<byte> raw, int mask)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in raw)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (int)(hash ^ (hash >> 32)) & mask;
    }
}
