using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// SIPRI TIV totals of delivered weapons, grouped by supplier, recipient or pair and by order or delivery year, as
/// <see cref="SipriTotals.Compute"/> gives them. Equality compares every member, <see cref="Rows"/> in order.
/// </summary>
public sealed record SipriTotalsTable
{
    internal SipriTotalsTable(string file, SipriGrouping grouping, SipriYearBasis yearBasis, ImmutableArray<SipriTotal> rows, ImmutableArray<ModelError> notes)
    {
        Notes = notes;
        File = file;
        Grouping = grouping;
        YearBasis = yearBasis;
        Rows = rows;
    }

    /// <summary>The file the totals come from.</summary>
    public string File { get; }

    /// <summary>The actors the rows are grouped by.</summary>
    public SipriGrouping Grouping { get; }

    /// <summary>The year the rows are grouped by.</summary>
    public SipriYearBasis YearBasis { get; }

    /// <summary>The rows, ordered by supplier id, recipient id (ordinal) and year.</summary>
    public ImmutableArray<SipriTotal> Rows { get; }

    /// <summary>
    /// Notes on the rows (<see cref="DatasetErrorCodes.SipriTotalSaturated"/>): a total beyond <see cref="decimal.MaxValue"/>
    /// is given as <see cref="decimal.MaxValue"/>, meaning at least that much. Empty for any real SIPRI file.
    /// </summary>
    public ImmutableArray<ModelError> Notes { get; }

    /// <summary>The CSV columns: the grouping ones (<c>supplier</c>, <c>recipient</c>), then <c>year</c> and <c>tiv</c>.</summary>
    public ImmutableArray<string> Columns => Grouping switch
    {
        SipriGrouping.Supplier => ["supplier", "year", "tiv"],
        SipriGrouping.Recipient => ["recipient", "year", "tiv"],
        _ => ["supplier", "recipient", "year", "tiv"],
    };

    /// <summary>
    /// Writes the table as CSV: a header of <see cref="Columns"/>, then one line per row, actors as their ids, TIV
    /// with a decimal point and no trailing zeros; lines end with <c>\n</c>.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var row in Rows)
        {
            if (Grouping != SipriGrouping.Recipient)
            {
                writer.Write(row.Supplier?.Value);
                writer.Write(',');
            }

            if (Grouping != SipriGrouping.Supplier)
            {
                writer.Write(row.Recipient?.Value);
                writer.Write(',');
            }

            writer.Write(row.Year.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(FormatTiv(row.Tiv));
            writer.Write('\n');
        }
    }

    /// <inheritdoc/>
    public bool Equals(SipriTotalsTable? other) =>
        other is not null && File == other.File && Grouping == other.Grouping && YearBasis == other.YearBasis && Rows.SequenceEqual(other.Rows) && Notes.SequenceEqual(other.Notes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(File, Grouping, YearBasis, Rows.Length);

    /// <summary>Culture-invariant text such as <c>Pair by Order year: 5790 rows</c>.</summary>
    /// <returns>The table's shape as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Grouping} by {YearBasis} year: {Rows.Length} rows");

    internal static string FormatTiv(decimal tiv) => tiv.ToString("0.############################", CultureInfo.InvariantCulture);
}
