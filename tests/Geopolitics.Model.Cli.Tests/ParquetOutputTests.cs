using System.Globalization;
using DuckDB.NET.Data;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Sipri;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// The dataset tables as Parquet: each file is read back with DuckDB and compared with the CSV the same command writes,
/// row by row and column by column, with the column types the CSV's cells call for.
/// </summary>
public sealed class ParquetOutputTests : IDisposable
{
    private const string AtopMembers = "atop/v5.1/atop5_1m.csv";
    private const string SipriRegister = "sipri/trade_register_2024-10-21/trade-register.csv";
    private const string SipriExport = "sipri/transfers_2025-01-03/trade_2023.csv";

    private static readonly string SipriDeliveries = TestData("deliveries_2026.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedDatasetFact(AtopMembers)]
    public void AtopStateYears_Parquet_EqualsTheCsvCellByCell()
    {
        var (csv, parquet) = Both("atop", "state-years", "--members", SharedDatasetFactAttribute.Path(AtopMembers));

        Assert.Equal(11_923, parquet.Rows.Count);
        Assert.Equal(70, parquet.Columns.Count);
        Assert.All(parquet.Columns.Where(c => c.Name != "version"), c => Assert.Equal(typeof(int), c.Type));
        Assert.Equal(typeof(string), parquet.Columns[^1].Type);
        Assert.Equal("atopid1", parquet.Columns[10].Name);
        Assert.Equal(0, parquet.Nulls("atopid1"));
        Assert.True(parquet.Nulls("atopid2") > 0, "A state in one alliance has no second ATOP id: the cell is null, as the CSV's is empty.");
        AssertSame(csv, parquet);
    }

    [SharedDatasetFact(AtopMembers)]
    public void AtopDyadYears_Parquet_EqualsTheCsvCellByCell()
    {
        var (csv, parquet) = Both("atop", "dyad-years", "--members", SharedDatasetFactAttribute.Path(AtopMembers));

        Assert.Equal(273_296, parquet.Rows.Count);
        Assert.Equal(["ccode1", "ccode2", "year", "defense", "offense", "neutral", "nonagg", "consul"], parquet.Columns.Select(c => c.Name));
        Assert.All(parquet.Columns, c => Assert.Equal(typeof(int), c.Type));
        AssertSame(csv, parquet);
    }

    [Theory]
    [InlineData("deliveries_2026.csv", "pair", "delivery", 3)]
    [InlineData("deliveries_2026.csv", "supplier", "order", 2)]
    [InlineData("register_quirks.csv", "recipient", "order", 2)]
    [InlineData("register_quirks.csv", "pair", "order", 3)]
    public void SipriTotals_TestData_ParquetEqualsTheCsvCellByCell(string file, string by, string year, int columns)
    {
        var (csv, parquet) = Both("sipri", "totals", "--file", TestData(file), "--by", by, "--year", year);

        Assert.Equal(columns + 1, parquet.Columns.Count);
        AssertSipriTypes(parquet);
        Assert.Contains(csv.Rows, row => row[^1]?.Contains('.', StringComparison.Ordinal) == true); // fractions survive, not only whole TIVs
        AssertSame(csv, parquet);
    }

    [SharedDatasetFact(SipriRegister)]
    public void SipriTotals_TradeRegister_ParquetEqualsTheCsvCellByCell()
    {
        var (csv, parquet) = Both("sipri", "totals", "--file", SharedDatasetFactAttribute.Path(SipriRegister), "--by", "pair", "--year", "order");

        Assert.True(parquet.Rows.Count > 5_000);
        AssertSipriTypes(parquet);
        AssertSame(csv, parquet);
    }

    [SharedDatasetFact(SipriExport)]
    public void SipriTotals_DeliveriesExport_ParquetEqualsTheCsvCellByCell()
    {
        var (csv, parquet) = Both("sipri", "totals", "--file", SharedDatasetFactAttribute.Path(SipriExport), "--by", "recipient", "--year", "delivery");

        Assert.True(parquet.Rows.Count > 1_000);
        AssertSipriTypes(parquet);
        AssertSame(csv, parquet);
    }

    [Fact]
    public void SipriTotals_TivsNearDecimalMax_KeepEveryDigit()
    {
        var max = decimal.MaxValue.ToString(CultureInfo.InvariantCulture);
        var file = Path.Combine(_folder, "huge.csv");
        File.WriteAllText(file,
            "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n" +
            $"Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,{max},{max},{max}\n" +
            "Taiwan,France,2019,,1,,Mirage,fighter aircraft,1,,2021,New,,0.25,0.25,0.25\n");

        var (csv, parquet) = Both("sipri", "totals", "--file", file, "--by", "supplier");

        Assert.Equal([["FRA", "2019", "0.25"], ["USA", "2019", max]], parquet.Rows);
        AssertSame(csv, parquet);
    }

    [Fact]
    public void SipriTotals_MoreThan38DigitsBetweenThem_RoundTheDecimalsWithANote()
    {
        var max = decimal.MaxValue.ToString(CultureInfo.InvariantCulture);
        var file = Path.Combine(_folder, "wide.csv");
        File.WriteAllText(file,
            "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n" +
            $"Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,{max},{max},{max}\n" +
            "Taiwan,France,2019,,1,,Mirage,fighter aircraft,1,,2021,New,,0.123456789512,0.123456789512,0.123456789512\n");
        var output = Path.Combine(_folder, "wide.parquet");

        var run = CliRun.Of("sipri", "totals", "--file", file, "--by", "supplier", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: The TIVs need 41 digits", run.Error, StringComparison.Ordinal);
        Assert.Equal([["FRA", "2019", "0.12345679"], ["USA", "2019", max]], ReadParquet(output).Rows);
    }

    [Fact]
    public void TivDecimal_MoreThan38Digits_RoundsTheDecimalsAndSaysSo()
    {
        var usa = new ActorId("USA");
        SipriTotal[] rows = [new(usa, null, 2019, decimal.MaxValue), new(usa, null, 2020, 0.123456789012m)];

        var (precision, scale, note) = ParquetTables.TivDecimal(rows);

        Assert.Equal((38, 9), (precision, scale));
        Assert.Contains("41 digits", note, StringComparison.Ordinal);
    }

    [Fact]
    public void TivDecimal_OrdinaryTotals_TheMostDecimalsAndDigitsAnyHas()
    {
        var usa = new ActorId("USA");
        SipriTotal[] rows = [new(usa, null, 2019, 1234.50m), new(usa, null, 2020, 0.125m), new(usa, null, 2021, 7m)];

        Assert.Equal((7, 3, (string?)null), ParquetTables.TivDecimal(rows));
    }

    [Fact]
    public void OutEndingInParquet_WithoutFormat_WritesParquet()
    {
        var output = Path.Combine(_folder, "totals.PARQUET");

        var run = CliRun.Of("sipri", "totals", "--file", SipriDeliveries, "--by", "supplier", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
    }

    [Fact]
    public void FormatCsv_OutEndingInParquet_WritesCsvAsAsked()
    {
        var output = Path.Combine(_folder, "totals.parquet");

        var run = CliRun.Of("sipri", "totals", "--file", SipriDeliveries, "--by", "supplier", "--format", "csv", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("supplier,year,tiv\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("atop", "state-years", "--members")]
    [InlineData("atop", "dyad-years", "--members")]
    [InlineData("sipri", "totals", "--by", "pair", "--file")]
    public void FormatParquet_ToStandardOutput_ExitsTwoBeforeReadingAnything(params string[] args)
    {
        // The input does not exist: the refusal comes first, from the command line alone.
        var run = CliRun.Of([.. args, Path.Combine(_folder, "missing.csv"), "--format", "parquet"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format parquet needs --out FILE", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("missing.csv", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void FormatJson_OnATable_ExitsTwoAndListsTheFormats()
    {
        var run = CliRun.Of("sipri", "totals", "--file", SipriDeliveries, "--by", "pair", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'json' is not one of: csv, parquet.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_OutIsAFolder_ExitsTwoNamingIt()
    {
        var run = CliRun.Of("sipri", "totals", "--file", SipriDeliveries, "--by", "pair", "--format", "parquet", "--out", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --out '{_folder}' is a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_OutInAMissingFolder_ExitsTwoNamingIt()
    {
        var output = Path.Combine(_folder, "no-such-folder", "totals.parquet");

        var run = CliRun.Of("sipri", "totals", "--file", SipriDeliveries, "--by", "pair", "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --out '{output}' cannot be opened for writing: ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    /// <summary>A copy of the datasets tests' handmade SIPRI files (docs/datasets.md), linked into this project's output folder.</summary>
    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "data", "sipri", "handmade", file);

    /// <summary>The actors as text, the year an integer, the TIV an exact decimal.</summary>
    private static void AssertSipriTypes(Table parquet)
    {
        Assert.Equal(typeof(decimal), parquet.Columns[^1].Type);
        Assert.Equal(typeof(int), parquet.Columns[^2].Type);
        Assert.All(parquet.Columns.SkipLast(2), c => Assert.Equal(typeof(string), c.Type));
    }

    /// <summary>Runs the command twice, to a CSV file and to a Parquet file, and reads both.</summary>
    private (Table Csv, Table Parquet) Both(params string[] args)
    {
        var csvPath = Path.Combine(_folder, "table.csv");
        var parquetPath = Path.Combine(_folder, "table.parquet");
        var csvRun = CliRun.Of([.. args, "--out", csvPath]);
        var parquetRun = CliRun.Of([.. args, "--format", "parquet", "--out", parquetPath]);
        Assert.True(csvRun.ExitCode == 0, csvRun.Error);
        Assert.True(parquetRun.ExitCode == 0, parquetRun.Error);
        Assert.Equal(csvRun.Error, parquetRun.Error); // the same rejected rows and notes either way
        return (ReadCsv(csvPath), ReadParquet(parquetPath));
    }

    /// <summary>Every column's name and cells, compared in order; a CSV cell left empty must be null in Parquet.</summary>
    private static void AssertSame(Table csv, Table parquet)
    {
        Assert.Equal(csv.Columns.Select(c => c.Name), parquet.Columns.Select(c => c.Name));
        Assert.Equal(csv.Rows.Count, parquet.Rows.Count);
        for (var r = 0; r < csv.Rows.Count; r++)
        {
            for (var c = 0; c < csv.Columns.Count; c++)
            {
                var (expected, actual) = (csv.Rows[r][c], parquet.Rows[r][c]);
                if (expected != actual)
                {
                    Assert.Fail($"Row {r + 1}, column '{csv.Columns[c].Name}': the CSV has '{expected}', the Parquet file {(actual is null ? "null" : $"'{actual}'")}.");
                }
            }
        }
    }

    /// <summary>The tables' CSV: no quoting, so a split on commas; an empty cell is null.</summary>
    private static Table ReadCsv(string path)
    {
        var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        var columns = lines[0].Split(',').Select(name => new Column(name, typeof(string))).ToList();
        var rows = lines.Skip(1).Select(line => line.Split(',').Select(cell => cell.Length == 0 ? null : cell).ToArray()).ToList();
        return new Table(columns, rows);
    }

    /// <summary>The Parquet file as DuckDB reads it, each cell written as the CSV writes it: integers and decimals invariant, decimals without trailing zeros.</summary>
    private static Table ReadParquet(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => new Column(reader.GetName(i), reader.GetFieldType(i))).ToList();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    int value => value.ToString(CultureInfo.InvariantCulture),
                    decimal value => value.ToString("0.############################", CultureInfo.InvariantCulture),
                    string value => value,
                    var other => throw new InvalidOperationException($"Column '{reader.GetName(i)}' holds a {other.GetType().Name}, which no table column should."),
                };
            }

            rows.Add(row);
        }

        return new Table(columns, rows);
    }

    private sealed record Column(string Name, Type Type);

    private sealed record Table(IReadOnlyList<Column> Columns, IReadOnlyList<string?[]> Rows)
    {
        public int Nulls(string column)
        {
            var index = Columns.ToList().FindIndex(c => c.Name == column);
            return Rows.Count(row => row[index] is null);
        }
    }
}
