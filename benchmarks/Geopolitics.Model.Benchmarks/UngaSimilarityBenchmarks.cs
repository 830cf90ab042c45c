using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Datasets.Unga;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// The vote-similarity dyad-year table (agreement, S, Cohen's κ, Scott's π for every pair of states in every calendar
/// year, over the roll calls both voted on) of the whole 2016 UNGA release, 1946–2015, every row materialised, with
/// <see cref="VoteSimilarities.DyadYears"/> from the votes already read, against the same computation as SQL in DuckDB
/// over the same file loaded into a table beforehand, rows read into .NET. Goal: at least 10× faster than DuckDB. The
/// setup checks that both give the same rows. With <c>GEOPOLITICS_BENCHMARKS_SMOKE=1</c> only 1946–1950 are used.
/// </summary>
[MemoryDiagnoser]
public class UngaSimilarityBenchmarks : IDisposable
{
    private const string Sql = """
        WITH p AS (
          SELECT a.ccode AS c1, b.ccode AS c2, a.year, a.vote AS x, b.vote AS y
          FROM votes a JOIN votes b ON a.rcid = b.rcid AND a.ccode < b.ccode),
        t AS (
          SELECT c1, c2, year, count(*) AS n,
                 count(*) FILTER (WHERE x = y) AS same,
                 sum(abs(x - y)) AS dist,
                 count(*) FILTER (WHERE x = 1) AS r1, count(*) FILTER (WHERE x = 2) AS r2, count(*) FILTER (WHERE x = 3) AS r3,
                 count(*) FILTER (WHERE y = 1) AS k1, count(*) FILTER (WHERE y = 2) AS k2, count(*) FILTER (WHERE y = 3) AS k3
          FROM p GROUP BY c1, c2, year),
        e AS (
          SELECT *, r1 * k1 + r2 * k2 + r3 * k3 AS own,
                 (r1 + k1) * (r1 + k1) + (r2 + k2) * (r2 + k2) + (r3 + k3) * (r3 + k3) AS pooled
          FROM t)
        SELECT c1::INT, c2::INT, year::INT, n::INT,
               same::DOUBLE / n AS agree,
               1 - dist::DOUBLE / n AS s,
               CASE WHEN n * n - own = 0 THEN NULL ELSE (n * same - own)::DOUBLE / (n * n - own) END AS kappa,
               CASE WHEN 4 * n * n - pooled = 0 THEN NULL ELSE (4 * n * same - pooled)::DOUBLE / (4 * n * n - pooled) END AS pi
        FROM e ORDER BY c1, c2, year
        """;

    private DuckDBConnection? _connection;
    private ImmutableArray<RecordedVote> _votes;

    /// <summary>Reads the votes with the library and loads the same file into DuckDB, then checks that both give the same table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = RepositoryPaths.Dataset("unga/voeten_2016/UNVotesPublished.csv.gz");
        var lastYear = BenchmarkSizes.Smoke ? 1950 : 9999;
        var import = UngaImporter.Import(path);
        if (!import.Succeeded)
        {
            throw new InvalidOperationException($"The 2016 release failed to import: {import}");
        }

        _votes = [.. import.Votes.Where(v => v.Year <= lastYear)];
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        using (var command = _connection.CreateCommand())
        {
            // The same rows the library keeps: votes 1–3 with a date, counted in the calendar year of the date.
            command.CommandText = $"""
                CREATE TABLE votes AS
                SELECT rcid::INT AS rcid, ccode::INT AS ccode, vote::INT AS vote, strptime(date, '%m/%d/%Y')::DATE AS day, year(strptime(date, '%m/%d/%Y'))::INT AS year
                FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true, quote = '"', escape = '"', all_varchar = true)
                WHERE vote IN ('1', '2', '3') AND date IS NOT NULL AND date <> '' AND year(strptime(date, '%m/%d/%Y')) <= {lastYear}
                """;
            command.ExecuteNonQuery();
        }

        Check();
    }

    /// <summary>Closes the DuckDB connection.</summary>
    [GlobalCleanup]
    public void Cleanup() => Dispose();

    /// <summary>The baseline: DuckDB SQL over the votes table, rows read into .NET.</summary>
    /// <returns>The rows.</returns>
    [Benchmark(Baseline = true)]
    public List<(int First, int Second, int Year, int N, double Agree, double S, double? Kappa, double? Pi)> DuckDb()
    {
        using var command = (_connection ?? throw new InvalidOperationException("Setup has not run.")).CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, int, int, int, double, double, double?, double?)>(800_000);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4), reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetDouble(7)));
        }

        return rows;
    }

    /// <summary>The library, from the votes already read.</summary>
    /// <returns>The rows.</returns>
    [Benchmark]
    public ImmutableArray<DyadYearVoteSimilarity> Library() => VoteSimilarities.DyadYears(_votes);

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

    /// <summary>Fails unless the library and DuckDB give the same rows, in the same order, the measures equal to 1e-12.</summary>
    private void Check()
    {
        var watch = Stopwatch.StartNew();
        var library = Library();
        var libraryTime = watch.Elapsed;
        watch.Restart();
        var sql = DuckDb();
        Console.WriteLine($"// UNGA dyad-years: library {library.Length} rows in {libraryTime.TotalMilliseconds:0} ms, DuckDB {sql.Count} rows in {watch.Elapsed.TotalMilliseconds:0} ms (first runs).");
        var differing = 0;
        for (var k = 0; k < Math.Min(library.Length, sql.Count); k++)
        {
            var (l, d) = (library[k], sql[k]);
            var same = l.First == d.First && l.Second == d.Second && l.Year == d.Year && l.Similarity.N == d.N &&
                Close(l.Similarity.Agree, d.Agree) && Close(l.Similarity.S, d.S) && Close(l.Similarity.Kappa, d.Kappa) && Close(l.Similarity.Pi, d.Pi);
            if (!same && differing++ < 10)
            {
                Console.WriteLine($"//   row {k}: library {l}, DuckDB {d}");
            }
        }

        if (differing > 0 || library.Length != sql.Count)
        {
            throw new InvalidOperationException($"UNGA dyad-years: the library ({library.Length} rows) and DuckDB ({sql.Count} rows) differ in {differing} rows.");
        }

        static bool Close(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-12;
    }
}
