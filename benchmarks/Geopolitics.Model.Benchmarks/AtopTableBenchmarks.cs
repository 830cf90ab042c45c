using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// What the ATOP table benchmarks share: the whole ATOP 5.1 member file, or <see cref="Copies"/> copies of it
/// (<see cref="AtopCopies"/>), imported into a scenario once (the library's input), and the same file loaded into an
/// in-memory DuckDB table once (the SQL engine's input).
/// </summary>
public abstract class AtopTableBenchmarks : IDisposable
{
    private DuckDBConnection? _connection;

    /// <summary>How many copies of ATOP 5.1 the member file holds: 1, 10 and 100 (only 1 in smoke mode).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Copies { get; set; } = 1;

    /// <summary>The sizes measured: 1×, 10× and 100× ATOP 5.1; 1× only in smoke mode, whose purpose is to prove that the benchmarks run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Smoke ? [1] : [1, 10, 100];

    /// <summary>The imported scenario: every ATOP 5.1 alliance phase as a treaty.</summary>
    protected Scenario Scenario { get; private set; } = null!;

    /// <summary>The open DuckDB connection holding the table <c>members</c>.</summary>
    protected DuckDBConnection Connection => _connection ?? throw new InvalidOperationException("Setup has not run.");

    /// <summary>Imports the member file and loads it into DuckDB, then checks that the library and DuckDB agree on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (members, alliances) = AtopCopies.Files(Copies);
        var import = AtopImporter.Import(members, alliances, AtopImportOptions.ForTables);
        Scenario = import.Scenario ?? throw new InvalidOperationException($"ATOP 5.1 ×{Copies} failed to import: {import}");
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = $"CREATE TABLE members AS SELECT * FROM read_csv('{members.Replace("'", "''", StringComparison.Ordinal)}', header = true)";
        command.ExecuteNonQuery();
        Check();
    }

    /// <summary>Closes the DuckDB connection.</summary>
    [GlobalCleanup]
    public void Cleanup() => Dispose();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the DuckDB connection.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    /// <summary>Checks that the library and the SQL give the same table.</summary>
    protected abstract void Check();

    /// <summary>
    /// Compares the two tables, prints how they differ and fails if they differ at all: the SQL follows the codebook's
    /// rules on the raw member rows, the library its import with <see cref="AtopImportOptions.ForTables"/>, and both give
    /// ATOP's own table.
    /// </summary>
    protected static void Compare<T>(string table, IReadOnlyCollection<T> library, IReadOnlyCollection<T> sql)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(sql);
        var onlyLibrary = library.Except(sql).ToList();
        var onlySql = sql.Except(library).ToList();
        Console.WriteLine($"// {table}: library {library.Count} rows, DuckDB {sql.Count}; only in the library {onlyLibrary.Count}, only in DuckDB {onlySql.Count}.");
        foreach (var row in onlyLibrary.Take(10))
        {
            Console.WriteLine($"//   only in the library: {row}");
        }

        foreach (var row in onlySql.Take(10))
        {
            Console.WriteLine($"//   only in DuckDB: {row}");
        }

        if (onlyLibrary.Count + onlySql.Count > 0 || library.Count != sql.Count)
        {
            throw new InvalidOperationException($"{table}: the library and DuckDB differ in {onlyLibrary.Count + onlySql.Count} rows.");
        }
    }

    /// <summary>
    /// Computes the library's table for the first time on this scenario, which reads its memberships once (they are kept
    /// with the scenario for later tables), and prints how long that took.
    /// </summary>
    /// <typeparam name="T">The table.</typeparam>
    /// <param name="table">The table's name.</param>
    /// <param name="library">The library's computation.</param>
    /// <returns>The table.</returns>
    protected static T FirstTime<T>(string table, Func<T> library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var watch = Stopwatch.StartNew();
        var rows = library();
        Console.WriteLine($"// {table}: the first table of the scenario, reading its memberships, took {watch.Elapsed.TotalMilliseconds:0.0} ms.");
        return rows;
    }

    /// <summary>Runs a query and reads every row into .NET as five integers.</summary>
    /// <param name="sql">The query: five integer columns.</param>
    /// <returns>The rows.</returns>
    protected List<(int A, int B, int Year, int Flags, int Extra)> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, int, int, int, int)>(300_000);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return rows;
    }

    /// <summary>The member rows as the tables count them: member 8152 (Annam) left out, exits of 0 meaning still in.</summary>
    protected const string MemberRows = """
        m AS (
          SELECT atopid, phase, member, obvary, yrent,
                 CASE WHEN yrexit = 0 THEN NULL ELSE yrexit END AS yrexit,
                 make_date(yrent, moent, coalesce(dayent, 1)) AS entry,
                 CASE WHEN yrexit = 0 THEN NULL
                      WHEN dayexit IS NULL THEN last_day(make_date(yrexit, moexit, 1))
                      ELSE make_date(yrexit, moexit, dayexit) END AS exit_day,
                 yrexit <> 0 AND EXISTS (
                   SELECT 1 FROM members n
                   WHERE n.atopid = members.atopid AND n.member = members.member AND n.phase = members.phase + 1
                     AND n.yrent = members.yrexit AND n.moent = members.moexit AND n.dayent IS NOT DISTINCT FROM members.dayexit) AS hands_over,
                 defense + 2 * offense + 4 * neutral + 8 * nonagg + 16 * consul AS owes
          FROM members WHERE member <> 8152)
        """;
}

/// <summary>
/// The ATOP state-year table (every state in every year it has an alliance commitment: its obligations, the number and
/// ids of its alliances, transition years) from the whole ATOP 5.1 member file already imported into the model, every
/// row materialised, with <see cref="AtopTables.StateYears(Scenario, AtopVersion)"/>, against the same expansion as SQL
/// in DuckDB over the member table loaded beforehand, rows read into .NET. Goal: at least 10× faster than DuckDB. At 10×
/// and 100× ATOP (<see cref="AtopCopies"/>) the rows are as many, each with that many times the alliance ids.
/// </summary>
[MemoryDiagnoser]
public class StateYearsBenchmarks : AtopTableBenchmarks
{
    private const string Sql = "WITH " + MemberRows + """
        , y AS (SELECT m.*, unnest(generate_series(yrent, coalesce(yrexit, 2018))) AS year FROM m)
        SELECT member, year::INT,
               bit_or(CASE WHEN hands_over AND year = yrexit THEN 0 ELSE owes END)::INT AS owes,
               max(CASE WHEN year = yrent OR year = yrexit THEN 1 ELSE 0 END)::INT AS transyr,
               count(DISTINCT atopid)::INT AS number
        FROM y GROUP BY member, year ORDER BY member, year
        """;

    /// <summary>The baseline: DuckDB SQL, rows read into .NET.</summary>
    /// <returns>State, year, obligations, transition and number of alliances of each row.</returns>
    [Benchmark(Baseline = true)]
    public List<(int A, int B, int Year, int Flags, int Extra)> DuckDb() => Rows(Sql);

    /// <summary>The library, from the imported scenario.</summary>
    /// <returns>The rows.</returns>
    [Benchmark]
    public ImmutableArray<AtopStateYear> Library() => AtopTables.StateYears(Scenario, AtopVersion.V51);

    /// <inheritdoc/>
    protected override void Check()
    {
        var library = FirstTime("State-years", Library).Select(r => (r.State, r.Year, (int)r.Obligations, r.Transition ? 1 : 0, r.Number)).ToList();
        var sql = DuckDb().Select(r => (r.A, r.B, r.Year, r.Flags, r.Extra)).ToList();
        Compare("State-years", library, sql);
    }
}

/// <summary>
/// The ATOP directed dyad-year table (for every ordered pair of allies in every year, what the first promises the
/// second) from the whole ATOP 5.1 member file already imported into the model, every row materialised, with
/// <see cref="AtopTables.DirectedDyadYears(Scenario, AtopVersion)"/>, against the same expansion as SQL in DuckDB over the
/// member table loaded beforehand, rows read into .NET. Goal: at least 20× faster than DuckDB. At 10× and 100× ATOP
/// (<see cref="AtopCopies"/>) the facts (pair, year and alliance) multiply and the rows stay ATOP's 273,296.
/// </summary>
[MemoryDiagnoser]
public class DyadYearsBenchmarks : AtopTableBenchmarks
{
    // A guarantee (defence 1, offence 2, neutrality 4) of a member whose obligations vary (OBVARY) is owed to the
    // original members that do not give it, when there are any; everything else to every other member.
    private const string Sql = "WITH " + MemberRows + """
        , phases AS (SELECT atopid, phase, list_sort(list(entry))[2] AS start FROM m GROUP BY atopid, phase)
        , receivers AS (
            SELECT m.atopid, m.phase,
                   count(*) FILTER (WHERE owes & 1 = 0 AND entry <= p.start) AS r1,
                   count(*) FILTER (WHERE owes & 2 = 0 AND entry <= p.start) AS r2,
                   count(*) FILTER (WHERE owes & 4 = 0 AND entry <= p.start) AS r4
            FROM m JOIN phases p USING (atopid, phase) GROUP BY m.atopid, m.phase)
        , pairs AS (
            SELECT a.member AS s1, b.member AS s2, a.hands_over, a.yrexit AS exit1,
                   greatest(a.yrent, b.yrent) AS y0, least(coalesce(a.yrexit, 2018), coalesce(b.yrexit, 2018)) AS y1,
                   a.owes & (24
                     | CASE WHEN a.obvary = 1 AND r.r1 > 0 AND NOT (b.owes & 1 = 0 AND b.entry <= p.start) THEN 0 ELSE 1 END
                     | CASE WHEN a.obvary = 1 AND r.r2 > 0 AND NOT (b.owes & 2 = 0 AND b.entry <= p.start) THEN 0 ELSE 2 END
                     | CASE WHEN a.obvary = 1 AND r.r4 > 0 AND NOT (b.owes & 4 = 0 AND b.entry <= p.start) THEN 0 ELSE 4 END) AS owed
            FROM m a JOIN m b ON a.atopid = b.atopid AND a.phase = b.phase AND a.member <> b.member
                 JOIN phases p ON p.atopid = a.atopid AND p.phase = a.phase
                 JOIN receivers r ON r.atopid = a.atopid AND r.phase = a.phase
            WHERE NOT (a.exit_day IS NOT NULL AND b.entry >= a.exit_day) AND NOT (b.exit_day IS NOT NULL AND a.entry >= b.exit_day))
        , y AS (SELECT pairs.*, unnest(generate_series(y0, y1)) AS year FROM pairs)
        SELECT s1, s2, year::INT, bit_or(CASE WHEN hands_over AND year = exit1 THEN 0 ELSE owed END)::INT, 0
        FROM y GROUP BY s1, s2, year ORDER BY s1, s2, year
        """;

    /// <summary>The baseline: DuckDB SQL, rows read into .NET.</summary>
    /// <returns>State 1, state 2, year and what the first owes the second, of each row.</returns>
    [Benchmark(Baseline = true)]
    public List<(int A, int B, int Year, int Flags, int Extra)> DuckDb() => Rows(Sql);

    /// <summary>The library, from the imported scenario.</summary>
    /// <returns>The rows.</returns>
    [Benchmark]
    public ImmutableArray<AtopDirectedDyadYear> Library() => AtopTables.DirectedDyadYears(Scenario, AtopVersion.V51);

    /// <inheritdoc/>
    protected override void Check()
    {
        var library = FirstTime("Directed dyad-years", Library).Select(r => (r.State1, r.State2, r.Year, (int)r.Obligations)).ToList();
        var sql = DuckDb().Select(r => (r.A, r.B, r.Year, r.Flags)).ToList();
        Compare("Directed dyad-years", library, sql);
    }
}
