using System.Globalization;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// One row of the directed dyad-year table: two states an alliance links in a year, and what the first owes the
/// second that year (columns <c>ccode1,ccode2,year,defense,offense,neutral,nonagg,consul</c>).
/// </summary>
public readonly record struct AtopDirectedDyadYear
{
    // Kept in 8 bytes rather than 16: a table holds hundreds of thousands of rows (273,296 for ATOP 5.1).
    private readonly short _state1;
    private readonly short _state2;
    private readonly short _year;
    private readonly byte _obligations;

    /// <summary>Creates a row.</summary>
    /// <param name="state1">The COW code of the state that owes (<c>ccode1</c>).</param>
    /// <param name="state2">The COW code of the state owed (<c>ccode2</c>).</param>
    /// <param name="year">The year.</param>
    /// <param name="obligations">What <paramref name="state1"/> owes <paramref name="state2"/> that year; <see cref="AtopObligations.None"/> when an alliance links them but it owes nothing.</param>
    /// <exception cref="ArgumentOutOfRangeException">A state is not a COW code (1 to 999), or the year is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException">The two states are the same, or <paramref name="obligations"/> has an undefined flag.</exception>
    public AtopDirectedDyadYear(int state1, int state2, int year, AtopObligations obligations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state1, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(state1, 999);
        ArgumentOutOfRangeException.ThrowIfLessThan(state2, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(state2, 999);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (state1 == state2)
        {
            throw new ArgumentException($"A dyad needs two states; both are {state1}.", nameof(state2));
        }

        if ((obligations & ~AtopObligations.All) != 0)
        {
            throw new ArgumentException($"Unknown obligation flags {obligations}.", nameof(obligations));
        }

        _state1 = (short)state1;
        _state2 = (short)state2;
        _year = (short)year;
        _obligations = (byte)obligations;
    }

    // For the table's own rows, whose values are valid by construction: hundreds of thousands of them.
    private AtopDirectedDyadYear(short state1, short state2, short year, byte obligations) =>
        (_state1, _state2, _year, _obligations) = (state1, state2, year, obligations);

    /// <summary>The COW code of the state that owes (<c>ccode1</c>).</summary>
    public int State1 => _state1;

    /// <summary>The COW code of the state owed (<c>ccode2</c>).</summary>
    public int State2 => _state2;

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>What <see cref="State1"/> owes <see cref="State2"/> that year.</summary>
    public AtopObligations Obligations => (AtopObligations)_obligations;

    /// <summary>A row whose values the caller has checked: states 1 to 999 and different, a year 1 to 9999, defined flags.</summary>
    internal static AtopDirectedDyadYear Unchecked(int state1, int state2, int year, AtopObligations obligations) =>
        new((short)state1, (short)state2, (short)year, (byte)obligations);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>200→380 1855: Defense, Consultation</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{State1}→{State2} {Year}: {Obligations}");
}
