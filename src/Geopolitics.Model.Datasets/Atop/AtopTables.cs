using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using OneOf;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// The tables ATOP publishes, computed from a scenario's treaties that carry an ATOP id (not from the CSV rows): the
/// state-year table (<c>atop5_1sy.csv</c>) and the directed dyad-year table, and their CSV writers.
/// </summary>
/// <remarks>
/// <para>
/// <b>Spells.</b> A party's membership runs from its signature (or consent) to its withdrawal or the treaty's
/// termination, less its suspensions; a membership with no end runs to the end of the version's coverage. A spell
/// covers every year from the year it starts to the year it ends, both included. Parties that are not COW states
/// (<c>ATOP-8152</c>) are left out, as ATOP leaves them out.
/// </para>
/// <para>
/// <b>State-years</b> (codebook §2.5): one row per state and year with any spell; <c>atopid1…</c> the distinct ATOP ids,
/// ascending; <c>transyr</c> when a spell starts or ends that year (an open spell does not end); the obligations are what
/// the state owes anyone under the treaties in effect that year, except that in the year its commitment under one phase
/// ends on the day its commitment under the superseding phase begins, the earlier phase's obligations do not count.
/// </para>
/// <para>
/// <b>Directed dyad-years</b> (codebook §2.7): one row per ordered pair of states that are parties to the same treaty
/// that were members on the same day (a state that joined after the other had left, or on the day it left, as when
/// states merge or split, is not paired with it), for each year both spells cover; a spell ends on the first day the
/// member is no longer bound, and when an end or start is known only to the month or year the pair is kept if the
/// spells may have overlapped; the obligations are what the first owes the second under the clauses' guarantor–beneficiary pairs, ORed
/// over the alliances they share, with the same phase rule, and none in a year the first's suspension of its obligations
/// towards the second alone (<see cref="Treaties.TreatyParty.PartnerSuspensions"/>) covers whole. A pair linked only by obligations owed to others has no
/// obligation flags set.
/// </para>
/// <para>
/// <b>Cost.</b> The first table asked of a scenario reads its memberships from the treaties (tens of milliseconds for
/// all of ATOP 5.1) and keeps them with the scenario, which is immutable; later tables of that scenario only expand them.
/// The methods are safe to call from several threads at once.
/// </para>
/// </remarks>
public static class AtopTables
{
    private const long AtopIdMask = (1L << 24) - 1;

    /// <summary>The state-year table of an imported ATOP scenario.</summary>
    /// <param name="import">A successful import.</param>
    /// <returns>The rows, sorted by state and year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The import failed, so there is no scenario, or its version is unknown.</exception>
    public static ImmutableArray<AtopStateYear> StateYears(AtopImport import)
    {
        var (scenario, version) = Check(import);
        return StateYears(scenario, version);
    }

    /// <summary>The state-year table of a scenario's ATOP treaties.</summary>
    /// <param name="scenario">The scenario; only treaties with an <c>ATOP</c> external reference count.</param>
    /// <param name="version">The ATOP version, whose coverage end closes the memberships still running.</param>
    /// <returns>The rows, sorted by state and year.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<AtopStateYear> StateYears(Scenario scenario, AtopVersion version)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(version);
        var lastYear = version.CoverageEnd.Year;
        var memberships = AtopMemberships.Of(scenario);

        // One packed key per (state, year, alliance) fact: state (10 bits), year (14), ATOP id (24), transition (1),
        // obligations (5). The first pass counts them, so that the second writes them into an array of the right size.
        var keys = Array.Empty<long>();
        var count = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            if (pass == 1)
            {
                keys = ArrayPool<long>.Shared.Rent(count);
                count = 0;
            }

            foreach (var treaty in memberships.Treaties)
            {
                foreach (var party in treaty.Parties)
                {
                    foreach (var spell in party.Spells)
                    {
                        var first = spell.Start.Year;
                        var last = spell.End is { } end ? Math.Min(end.Year, lastYear) : lastYear;
                        if (pass == 0)
                        {
                            count += Math.Max(0, last - first + 1);
                            continue;
                        }

                        for (var year = first; year <= last; year++)
                        {
                            var owes = party.HandsOverIn(year) ? AtopObligations.None : party.Owes;
                            var transition = year == first || (spell.End is { } ended && year == ended.Year);
                            keys[count++] = ((long)party.Cow << 44) | ((long)year << 30) | ((long)treaty.AtopId << 6) | (transition ? 32L : 0L) | (long)owes;
                        }
                    }
                }
            }
        }

        // Ordered by state and year (bits 30 to 53); a state-year's few alliance ids are sorted within it.
        var sorted = keys.AsSpan(0, count);
        PackedKeys.Sort(sorted, 30, 54);
        var rows = ImmutableArray.CreateBuilder<AtopStateYear>(PackedKeys.Groups(sorted, 30));
        var ids = new List<int>(8);
        var previous = ImmutableArray<int>.Empty;
        var i = 0;
        while (i < sorted.Length)
        {
            var stateYear = sorted[i] >> 30;
            var obligations = AtopObligations.None;
            var transition = false;
            ids.Clear();
            for (; i < sorted.Length && sorted[i] >> 30 == stateYear; i++)
            {
                var key = sorted[i];
                ids.Add((int)((key >> 6) & AtopIdMask));
                obligations |= (AtopObligations)(key & 31);
                transition |= (key & 32) != 0;
            }

            previous = Distinct(ids, previous);
            rows.Add(new AtopStateYear((int)(stateYear >> 14), (int)(stateYear & 0x3FFF), obligations, transition, previous));
        }

        ArrayPool<long>.Shared.Return(keys);
        return rows.MoveToImmutable();
    }

    /// <summary>
    /// The distinct ids, ascending; <paramref name="previous"/> itself when it holds the same ids, since a state keeps the
    /// same alliances from year to year and the rows can share one array.
    /// </summary>
    private static ImmutableArray<int> Distinct(List<int> ids, ImmutableArray<int> previous)
    {
        var span = CollectionsMarshal.AsSpan(ids);
        span.Sort();
        var distinct = 0;
        for (var k = 0; k < span.Length; k++)
        {
            if (k == 0 || span[k] != span[distinct - 1])
            {
                span[distinct++] = span[k];
            }
        }

        return span[..distinct].SequenceEqual(previous.AsSpan()) ? previous : [.. span[..distinct]];
    }

    /// <summary>The directed dyad-year table of an imported ATOP scenario.</summary>
    /// <param name="import">A successful import.</param>
    /// <returns>The rows, sorted by first state, second state and year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The import failed, so there is no scenario, or its version is unknown.</exception>
    public static ImmutableArray<AtopDirectedDyadYear> DirectedDyadYears(AtopImport import)
    {
        var (scenario, version) = Check(import);
        return DirectedDyadYears(scenario, version);
    }

    /// <summary>The directed dyad-year table of a scenario's ATOP treaties.</summary>
    /// <param name="scenario">The scenario; only treaties with an <c>ATOP</c> external reference count.</param>
    /// <param name="version">The ATOP version, whose coverage end closes the memberships still running.</param>
    /// <returns>The rows, sorted by first state, second state and year.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<AtopDirectedDyadYear> DirectedDyadYears(Scenario scenario, AtopVersion version)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(version);
        return DirectedDyadYears(scenario, version, long.MaxValue, out _)!.Value;
    }

    /// <summary>
    /// The directed dyad-year table of an imported ATOP scenario, refused up front when it would need more than
    /// <paramref name="maxFacts"/> facts (one per pair of members, year and alliance phase; the rows are at most as many).
    /// </summary>
    /// <param name="import">A successful import.</param>
    /// <param name="maxFacts">
    /// The most facts to compute; <see cref="DefaultMaxDyadYearFacts"/> unless the caller has the memory for more (the
    /// rows, at most one a fact, take 8 bytes each; the work besides takes a byte per pair and year it spans).
    /// </param>
    /// <returns>
    /// The rows, sorted by first state, second state and year; or, without computing them, an error
    /// <see cref="DatasetErrorCodes.AtopTableTooLarge"/> that gives the number of facts the members' spells make.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The import failed, so there is no scenario, or its version is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFacts"/> is negative.</exception>
    public static OneOf<ImmutableArray<AtopDirectedDyadYear>, ModelError> DirectedDyadYears(AtopImport import, long maxFacts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFacts);
        var (scenario, version) = Check(import);
        if (DirectedDyadYears(scenario, version, maxFacts, out var facts) is { } rows)
        {
            return rows;
        }

        return new ModelError(
            DatasetErrorCodes.AtopTableTooLarge,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The directed dyad-year table of '{import.Members.File}' would need {facts:N0} facts (one per pair of members, year and alliance phase), more than the limit of {maxFacts:N0} (at most one 8-byte row each); no row was computed. Raise the limit if the machine has the memory, or check the members' entry years."),
            new ErrorLocation(File: import.Members.File));
    }

    /// <summary>The most facts <see cref="DirectedDyadYears(AtopImport, long)"/> computes unless told otherwise: 20 million (at most about 160 MB of rows); ATOP 5.1 makes 413,076.</summary>
    public const long DefaultMaxDyadYearFacts = 20_000_000;

    /// <summary>The table, or <see langword="null"/> when the facts (counted first, into <paramref name="facts"/>) exceed <paramref name="maxFacts"/>.</summary>
    private static ImmutableArray<AtopDirectedDyadYear>? DirectedDyadYears(Scenario scenario, AtopVersion version, long maxFacts, out long facts)
    {
        facts = 0;
        var lastYear = version.CoverageEnd.Year;
        var memberships = AtopMemberships.Of(scenario);

        // One cell per directed pair and year rather than one key per pair, year and alliance: the alliances a pair shares
        // (413,076 facts for 273,296 rows in ATOP 5.1) meet in the same cell, where their obligations are ORed, so there
        // is nothing to sort. A pair's cells run from the first year it shares an alliance to the last, and the pairs'
        // cells lie in the order of the rows (first state, then second, by their indexes in the memberships' sorted list),
        // so the rows are read off the cells in order. The first pass finds each pair's years and counts the facts; the
        // second marks the cells: bit 5 once any alliance links the pair that year (a pair that owes nothing still has
        // its row), bits 0 to 4 the obligations.
        var states = memberships.States;
        var stateIndex = memberships.StateIndex;
        var stateCount = states.Length;
        var pairCount = stateCount * stateCount;
        var firstYears = ArrayPool<int>.Shared.Rent(pairCount);
        var lastYears = ArrayPool<int>.Shared.Rent(pairCount);
        var origins = ArrayPool<int>.Shared.Rent(pairCount);
        var cells = Array.Empty<byte>();
        var rowCount = 0;
        try
        {
            firstYears.AsSpan(0, pairCount).Fill(int.MaxValue);
            lastYears.AsSpan(0, pairCount).Fill(int.MinValue);
            for (var pass = 0; pass < 2; pass++)
            {
                if (pass == 1)
                {
                    // Refused before any memory in proportion to the facts is taken: the count comes from the spells alone.
                    if (facts > maxFacts)
                    {
                        return null;
                    }

                    var cellCount = 0L;
                    for (var pair = 0; pair < pairCount; pair++)
                    {
                        if (firstYears[pair] <= lastYears[pair])
                        {
                            origins[pair] = (int)(cellCount - firstYears[pair]);
                            cellCount += lastYears[pair] - firstYears[pair] + 1;
                            if (cellCount > Array.MaxLength)
                            {
                                return null;
                            }
                        }
                    }

                    cells = ArrayPool<byte>.Shared.Rent((int)cellCount);
                    cells.AsSpan(0, (int)cellCount).Clear();
                }

                foreach (var treaty in memberships.Treaties)
                {
                    var parties = treaty.Parties;
                    for (var a = 0; a < parties.Count; a++)
                    {
                        var first = parties[a];
                        for (var b = 0; b < parties.Count; b++)
                        {
                            var second = parties[b];
                            if (a == b || first.Cow == second.Cow)
                            {
                                continue;
                            }

                            var owed = treaty.Owed(a, b);
                            var byYear = treaty.HasSuspendedYears || first.HandOverYears is not null;
                            var pair = (stateIndex[first.Cow] * stateCount) + stateIndex[second.Cow];
                            foreach (var spellA in first.Spells)
                            {
                                foreach (var spellB in second.Spells)
                                {
                                    // Paired only when both were members on the same day: a spell's end is the first day
                                    // the member is no longer bound, so one that begins on or after the last day the
                                    // other's could end (as when a successor state takes over) never overlaps it.
                                    if (StartsOnOrAfterEnd(spellB, spellA) || StartsOnOrAfterEnd(spellA, spellB))
                                    {
                                        continue;
                                    }

                                    var from = Math.Max(spellA.Start.Year, spellB.Start.Year);
                                    var to = Math.Min(Math.Min(spellA.End?.Year ?? lastYear, spellB.End?.Year ?? lastYear), lastYear);
                                    if (from > to)
                                    {
                                        continue;
                                    }

                                    if (pass == 0)
                                    {
                                        facts += to - from + 1;
                                        firstYears[pair] = Math.Min(firstYears[pair], from);
                                        lastYears[pair] = Math.Max(lastYears[pair], to);
                                        continue;
                                    }

                                    var pairCells = cells.AsSpan(origins[pair] + from, to - from + 1);
                                    if (!byYear)
                                    {
                                        rowCount += Mark(pairCells, (byte)(32 | (int)owed));
                                        continue;
                                    }

                                    for (var year = from; year <= to; year++)
                                    {
                                        var owes = first.HandsOverIn(year) ? AtopObligations.None : treaty.OwedIn(a, b, year);
                                        ref var cell = ref pairCells[year - from];
                                        rowCount += cell == 0 ? 1 : 0;
                                        cell |= (byte)(32 | (int)owes);
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // The rows, read off the cells pair by pair and year by year.
            var rows = GC.AllocateUninitializedArray<AtopDirectedDyadYear>(rowCount); // every row is written below
            var row = 0;
            for (var state1 = 0; state1 < stateCount; state1++)
            {
                for (var state2 = 0; state2 < stateCount; state2++)
                {
                    var pair = (state1 * stateCount) + state2;
                    var (from, to) = (firstYears[pair], lastYears[pair]);
                    if (from > to)
                    {
                        continue;
                    }

                    var pairCells = cells.AsSpan(origins[pair] + from, to - from + 1);
                    for (var k = 0; k < pairCells.Length; k++)
                    {
                        if (pairCells[k] != 0)
                        {
                            rows[row++] = AtopDirectedDyadYear.Unchecked(states[state1], states[state2], from + k, (AtopObligations)(pairCells[k] & 31));
                        }
                    }
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(rows);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(firstYears);
            ArrayPool<int>.Shared.Return(lastYears);
            ArrayPool<int>.Shared.Return(origins);
            if (cells.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(cells);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="later"/> begins on or after the last day <paramref name="earlier"/> could end, so that the
    /// two never overlap; the days are compared only when the years are the same.
    /// </summary>
    private static bool StartsOnOrAfterEnd(MembershipSpell later, MembershipSpell earlier)
    {
        if (earlier.End is not { } end)
        {
            return false;
        }

        var (startYear, endYear) = (later.Start.Year, end.Year);
        return startYear != endYear ? startYear > endYear : later.Start.Start >= end.End;
    }

    /// <summary>ORs <paramref name="bits"/> into every cell and counts the cells that were 0, sixteen at a time where the hardware allows.</summary>
    private static int Mark(Span<byte> cells, byte bits)
    {
        var zeros = 0;
        var k = 0;
        if (Vector128.IsHardwareAccelerated && cells.Length >= Vector128<byte>.Count)
        {
            ref var first = ref MemoryMarshal.GetReference(cells);
            var add = Vector128.Create(bits);
            for (; k <= cells.Length - Vector128<byte>.Count; k += Vector128<byte>.Count)
            {
                var cells16 = Vector128.LoadUnsafe(ref first, (nuint)k);
                zeros += BitOperations.PopCount(Vector128.Equals(cells16, Vector128<byte>.Zero).ExtractMostSignificantBits());
                (cells16 | add).StoreUnsafe(ref first, (nuint)k);
            }
        }

        for (; k < cells.Length; k++)
        {
            ref var cell = ref cells[k];
            zeros += cell == 0 ? 1 : 0;
            cell |= bits;
        }

        return zeros;
    }

    /// <summary>
    /// Writes state-years as ATOP writes <c>atop5_1sy.csv</c>: the header
    /// <c>state,year,atopally,defense,offense,neutral,nonagg,consul,number,transyr,atopid1,…,atopidN,version</c> with N the
    /// largest <c>number</c> (at least 1), 0/1 flags, <c>atopally</c> always 1, empty cells after a row's last ATOP id,
    /// the version as given, no quoting, and CRLF line ends.
    /// </summary>
    /// <param name="rows">The rows, in the order to write them.</param>
    /// <param name="version">The <c>version</c> cell, for example <c>5.1</c>.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank or holds a comma, quote or line break.</exception>
    public static void WriteStateYearsCsv(IReadOnlyList<AtopStateYear> rows, string version, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(writer);
        if (version.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            throw new ArgumentException($"The version '{version}' must not hold a comma, quote or line break.", nameof(version));
        }

        var columns = 1;
        foreach (var row in rows)
        {
            columns = Math.Max(columns, row.Number);
        }

        var line = new CsvLine();
        line.Append("state,year,atopally,defense,offense,neutral,nonagg,consul,number,transyr");
        for (var c = 1; c <= columns; c++)
        {
            line.Append(",atopid").Append(c);
        }

        line.Append(",version").End(writer);
        foreach (var row in rows)
        {
            line.Append(row.State).Comma().Append(row.Year).Append(",1");
            Flags(line, row.Obligations);
            line.Comma().Append(row.Number).Comma().Append(row.Transition ? 1 : 0);
            for (var c = 0; c < columns; c++)
            {
                line.Comma();
                if (c < row.AtopIds.Length)
                {
                    line.Append(row.AtopIds[c]);
                }
            }

            line.Comma().Append(version).End(writer);
        }
    }

    /// <summary>
    /// Writes directed dyad-years with the header <c>ccode1,ccode2,year,defense,offense,neutral,nonagg,consul</c>, 0/1
    /// flags, no quoting, and CRLF line ends as ATOP's files have.
    /// </summary>
    /// <param name="rows">The rows, in the order to write them.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteDirectedDyadYearsCsv(IEnumerable<AtopDirectedDyadYear> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new CsvLine();
        line.Append("ccode1,ccode2,year,defense,offense,neutral,nonagg,consul").End(writer);
        foreach (var row in rows)
        {
            line.Append(row.State1).Comma().Append(row.State2).Comma().Append(row.Year);
            Flags(line, row.Obligations);
            line.End(writer);
        }
    }

    private static void Flags(CsvLine line, AtopObligations obligations)
    {
        line.Append((obligations & AtopObligations.Defense) != 0 ? ",1" : ",0")
            .Append((obligations & AtopObligations.Offense) != 0 ? ",1" : ",0")
            .Append((obligations & AtopObligations.Neutral) != 0 ? ",1" : ",0")
            .Append((obligations & AtopObligations.NonAggression) != 0 ? ",1" : ",0")
            .Append((obligations & AtopObligations.Consultation) != 0 ? ",1" : ",0");
    }

    private static (Scenario Scenario, AtopVersion Version) Check(AtopImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (import.Scenario is not { } scenario || import.Version is not { } version)
        {
            throw new ArgumentException("The ATOP import failed, so it has no scenario to tabulate; see its Rejected rows.", nameof(import));
        }

        return (scenario, version);
    }

    /// <summary>A reusable buffer for one CSV line, formatting numbers without culture.</summary>
    private sealed class CsvLine
    {
        private char[] _buffer = new char[1024];
        private int _length;

        public CsvLine Append(string text)
        {
            Ensure(text.Length);
            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
            return this;
        }

        public CsvLine Append(int value)
        {
            Ensure(11);
            value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }

        public CsvLine Comma()
        {
            Ensure(1);
            _buffer[_length++] = ',';
            return this;
        }

        public void End(TextWriter writer)
        {
            Ensure(2);
            _buffer[_length++] = '\r';
            _buffer[_length++] = '\n';
            writer.Write(_buffer, 0, _length);
            _length = 0;
        }

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }
}
