using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Datasets.Sipri;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// Importing SIPRI's trade register of October 2024 (29,056 records, the full history) into the model with
/// <see cref="SipriImporter.Import"/> — actors resolved, estimates, deliveries, transfers with their evidence — against
/// parsing the same file with Sep into raw strings (every cell of every row). Both read the file from disk each time.
/// Goal: at most 2× the raw parse.
/// </summary>
[MemoryDiagnoser]
public class SipriImportBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Finds the file and checks that both read the same number of rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = RepositoryPaths.Dataset("sipri/trade_register_2024-10-21/trade-register.csv");
        var import = Import();
        var raw = SepRaw();
        // Two records of the 2024 register break a field across lines without quotes: the importer joins each back
        // into one record, while the raw parse keeps the physical lines.
        Console.WriteLine($"// SIPRI: the importer read {import.RowsRead} records ({import.Transfers.Length} transfers, {import.RowsRejected} rejected); Sep {raw.Count} lines.");
        if (raw.Count - import.RowsRead is < 0 or > 10)
        {
            throw new InvalidOperationException($"The importer read {import.RowsRead} rows and Sep {raw.Count}.");
        }
    }

    /// <summary>The baseline: Sep over the file, after its preamble, every cell as a string.</summary>
    /// <returns>The rows.</returns>
    [Benchmark(Baseline = true)]
    public List<string[]> SepRaw()
    {
        var text = File.ReadAllText(_path);

        // The export opens with notes; the rows start after the header, the line naming the first two columns. (The
        // header repeats the blank name ' ', so Sep reads it as a row of its own rather than as names.)
        var header = text.IndexOf("\nRecipient,Supplier,", StringComparison.Ordinal) + 1;
        var start = text.IndexOf('\n', header) + 1;
        var rows = new List<string[]>(30_000);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromText(text[start..]);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>The library: the file imported into records and the transfers of the model made from them.</summary>
    /// <returns>The import, its transfers made (<see cref="SipriImport.Transfers"/> is computed on first use).</returns>
    [Benchmark]
    public SipriImport Import()
    {
        var import = SipriImporter.Import(_path).Match(
            import => import,
            errors => throw new InvalidOperationException($"The trade register failed to import: {string.Join("; ", errors.Take(3))}"));
        _ = import.Transfers;
        return import;
    }
}
