using System.Globalization;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Sipri;
using Parquet;
using Parquet.Schema;

namespace Geopolitics.Model.Cli;

/// <summary>
/// The dataset commands' tables as Parquet files, column for column as their CSV: the same names in the same order,
/// integers (the 0/1 flags included) as 32-bit integer columns, text as UTF-8 strings, SIPRI's TIV as an exact
/// decimal, and a cell the CSV leaves empty as null.
/// </summary>
/// <remarks>
/// The writing lives in the tool, not in the datasets package: Parquet.Net brings five more packages (compression
/// codecs, pooled streams), which a library user who only imports or computes tables would carry for nothing. The
/// package's rows are public, so a library user writes them in any format with the library of their choice.
/// </remarks>
internal static class ParquetTables
{
    /// <summary>Rows per row group: large enough for fast scans, small enough that one group's columns fit in memory.</summary>
    internal const int RowGroupSize = 1 << 20;

    /// <summary>Parquet's widest decimal, the most any reader (DuckDB, Spark, Polars, Arrow) takes.</summary>
    internal const int MaxDecimalPrecision = 38;

    /// <summary>The state-year table with the columns of <see cref="AtopTables.WriteStateYearsCsv"/>.</summary>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="version">The <c>version</c> cell.</param>
    /// <param name="output">A writable stream; it is written front to back and left open.</param>
    public static void WriteStateYears(IReadOnlyList<AtopStateYear> rows, string version, Stream output)
    {
        // As many atopid columns as the most alliances in one row, at least one; cells past a row's last id are null.
        var idColumns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(row => row.Number));
        var columns = new List<Column<AtopStateYear>>
        {
            Int<AtopStateYear>("state", row => row.State),
            Int<AtopStateYear>("year", row => row.Year),
            Int<AtopStateYear>("atopally", _ => 1),
        };
        columns.AddRange(Flags<AtopStateYear>(row => row.Obligations));
        columns.Add(Int<AtopStateYear>("number", row => row.Number));
        columns.Add(Int<AtopStateYear>("transyr", row => row.Transition ? 1 : 0));
        for (var c = 0; c < idColumns; c++)
        {
            var index = c;
            columns.Add(NullableInt<AtopStateYear>(string.Create(CultureInfo.InvariantCulture, $"atopid{c + 1}"), row => index < row.AtopIds.Length ? row.AtopIds[index] : null));
        }

        columns.Add(Text<AtopStateYear>("version", _ => version));
        Write(rows, columns, output);
    }

    /// <summary>The directed dyad-year table with the columns of <see cref="AtopTables.WriteDirectedDyadYearsCsv"/>.</summary>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="output">A writable stream; it is written front to back and left open.</param>
    public static void WriteDirectedDyadYears(IReadOnlyList<AtopDirectedDyadYear> rows, Stream output)
    {
        var columns = new List<Column<AtopDirectedDyadYear>>
        {
            Int<AtopDirectedDyadYear>("ccode1", row => row.State1),
            Int<AtopDirectedDyadYear>("ccode2", row => row.State2),
            Int<AtopDirectedDyadYear>("year", row => row.Year),
        };
        columns.AddRange(Flags<AtopDirectedDyadYear>(row => row.Obligations));
        Write(rows, columns, output);
    }

    /// <summary>SIPRI totals with the columns of <see cref="SipriTotalsTable.WriteCsv"/>.</summary>
    /// <param name="table">The totals.</param>
    /// <param name="output">A writable stream; it is written front to back and left open.</param>
    /// <returns>
    /// A note when the TIVs needed more than 38 digits between them (a total near <see cref="decimal.MaxValue"/> beside one
    /// with many decimals), so that the decimals were rounded to fit; otherwise <see langword="null"/>.
    /// </returns>
    public static string? WriteSipriTotals(SipriTotalsTable table, Stream output)
    {
        var (precision, scale, note) = TivDecimal(table.Rows);
        var columns = new List<Column<SipriTotal>>();
        foreach (var name in table.Columns)
        {
            columns.Add(name switch
            {
                "supplier" => Text<SipriTotal>(name, row => row.Supplier!.Value.Value),
                "recipient" => Text<SipriTotal>(name, row => row.Recipient!.Value.Value),
                "year" => Int<SipriTotal>(name, row => row.Year),
                _ => Decimal<SipriTotal>(name, precision, scale, row => Math.Round(row.Tiv, scale, MidpointRounding.ToEven)),
            });
        }

        Write(table.Rows, columns, output);
        return note;
    }

    /// <summary>
    /// The decimal type that holds every TIV exactly: the most decimals any has, and as many digits as the largest
    /// needs with them. Beyond Parquet's 38 digits the decimals give way (and are rounded), never the integer digits.
    /// </summary>
    internal static (int Precision, int Scale, string? Note) TivDecimal(IReadOnlyList<SipriTotal> rows)
    {
        var scale = 0;
        var integerDigits = 1;
        foreach (var row in rows)
        {
            scale = Math.Max(scale, Scale(row.Tiv));
            integerDigits = Math.Max(integerDigits, IntegerDigits(row.Tiv));
        }

        if (integerDigits + scale <= MaxDecimalPrecision)
        {
            return (integerDigits + scale, scale, null);
        }

        var kept = MaxDecimalPrecision - integerDigits;
        return (MaxDecimalPrecision, kept, string.Create(
            CultureInfo.InvariantCulture,
            $"The TIVs need {integerDigits + scale} digits ({integerDigits} before the point, {scale} after), more than Parquet's {MaxDecimalPrecision}; the tiv column keeps {kept} decimals, rounded half to even."));
    }

    /// <summary>The decimals a value has as the CSV writes it, without trailing zeros (<c>1.50</c> has 1).</summary>
    private static int Scale(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }

    /// <summary>The digits before the point, at least 1.</summary>
    private static int IntegerDigits(decimal value)
    {
        var whole = decimal.Truncate(Math.Abs(value));
        var digits = 1;
        while (whole >= 10m)
        {
            whole = decimal.Truncate(whole / 10m);
            digits++;
        }

        return digits;
    }

    private static IEnumerable<Column<T>> Flags<T>(Func<T, AtopObligations> obligations) =>
    [
        Int<T>("defense", row => (obligations(row) & AtopObligations.Defense) != 0 ? 1 : 0),
        Int<T>("offense", row => (obligations(row) & AtopObligations.Offense) != 0 ? 1 : 0),
        Int<T>("neutral", row => (obligations(row) & AtopObligations.Neutral) != 0 ? 1 : 0),
        Int<T>("nonagg", row => (obligations(row) & AtopObligations.NonAggression) != 0 ? 1 : 0),
        Int<T>("consul", row => (obligations(row) & AtopObligations.Consultation) != 0 ? 1 : 0),
    ];

    private static Column<T> Int<T>(string name, Func<T, int> value)
    {
        var field = new DataField<int>(name, nullable: false);
        return new(field, (group, rows, start, count) =>
        {
            var values = new int[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = value(rows[start + i]);
            }

            return group.WriteAsync<int>(field, values.AsMemory());
        });
    }

    private static Column<T> NullableInt<T>(string name, Func<T, int?> value)
    {
        var field = new DataField<int?>(name, nullable: true);
        return new(field, (group, rows, start, count) =>
        {
            var values = new int?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = value(rows[start + i]);
            }

            return group.WriteAsync<int>(field, values.AsMemory());
        });
    }

    private static Column<T> Text<T>(string name, Func<T, string> value)
    {
        var field = new DataField<string>(name, nullable: false);
        return new(field, (group, rows, start, count) =>
        {
            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = value(rows[start + i]);
            }

            return group.WriteAsync(field, values);
        });
    }

    private static Column<T> Decimal<T>(string name, int precision, int scale, Func<T, decimal> value)
    {
        var field = new DecimalDataField(name, precision, scale, isNullable: false);
        return new(field, (group, rows, start, count) =>
        {
            var values = new decimal[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = value(rows[start + i]);
            }

            return group.WriteAsync<decimal>(field, values.AsMemory());
        });
    }

    /// <summary>Writes the rows in row groups of <see cref="RowGroupSize"/>, each column of a group at once.</summary>
    private static void Write<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, Stream output) =>
        WriteAsync(rows, columns, output).GetAwaiter().GetResult();

    private static async Task WriteAsync<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, Stream output)
    {
        var schema = new ParquetSchema(columns.Select(column => (Field)column.Field));
        await using var writer = await ParquetWriter.CreateAsync(schema, output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }).ConfigureAwait(false);
        var start = 0;
        do
        {
            // An empty table is still one (empty) row group, so that readers see its columns.
            var count = Math.Min(RowGroupSize, rows.Count - start);
            using var group = writer.CreateRowGroup();
            foreach (var column in columns)
            {
                await column.Write(group, rows, start, count).ConfigureAwait(false);
            }

            start += count;
        }
        while (start < rows.Count);
    }

    /// <summary>A column: its field in the schema, and how to write a run of rows into a row group.</summary>
    private sealed record Column<T>(DataField Field, Func<ParquetRowGroupWriter, IReadOnlyList<T>, int, int, Task> Write);
}
