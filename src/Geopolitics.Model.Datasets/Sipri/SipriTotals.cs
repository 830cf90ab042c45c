using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using OneOf;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// Totals of the SIPRI TIV of delivered weapons by supplier, recipient or pair, by order year or by delivery year,
/// computed from the records of a <see cref="SipriImport"/>.
/// </summary>
/// <remarks>
/// <para>
/// By order year, each deal that delivered anything adds its TIV of delivered weapons to its order year; deals with
/// nothing delivered add nothing, so no group is made of them alone. By delivery year, each year's deliveries add to
/// that year; only the per-delivery-year exports record them, and a trade register answers with
/// <see cref="DatasetErrorCodes.SipriTotalsNeedDeliveryYears"/> rather than spreading a deal's TIV over its delivery years.
/// The 2014 legacy register has no TIV (<see cref="DatasetErrorCodes.SipriTotalsNeedTiv"/>).
/// </para>
/// <para>
/// Sums are exact sums of the file's figures, which SIPRI rounds for display: totals of one database vintage from
/// two export formats agree to within SIPRI's rounding, not always to the last digit. Every imported deal counts,
/// whatever its confidence, as in SIPRI's own tables. Groups are actor ids (see <see cref="SipriActorNames"/>), so
/// two SIPRI spellings of one actor add up together. A sum beyond <see cref="decimal.MaxValue"/> never overflows: it
/// stops at that value and the table notes it (<see cref="DatasetErrorCodes.SipriTotalSaturated"/> in
/// <see cref="SipriTotalsTable.Notes"/>).
/// </para>
/// </remarks>
public static class SipriTotals
{
    /// <summary>Computes the totals.</summary>
    /// <param name="import">The import to total.</param>
    /// <param name="grouping">Group by supplier, recipient or pair.</param>
    /// <param name="yearBasis">Group by order year or by delivery year.</param>
    /// <returns>The table, or an error when the format cannot answer (no TIV, or no per-year split for delivery years).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> or <paramref name="yearBasis"/> is not defined.</exception>
    public static OneOf<SipriTotalsTable, ModelError> Compute(SipriImport import, SipriGrouping grouping, SipriYearBasis yearBasis)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (!Enum.IsDefined(grouping))
        {
            throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "The grouping must be a defined SipriGrouping.");
        }

        if (!Enum.IsDefined(yearBasis))
        {
            throw new ArgumentOutOfRangeException(nameof(yearBasis), yearBasis, "The year basis must be a defined SipriYearBasis.");
        }

        var location = new ErrorLocation(File: import.File);
        if (!import.HasTiv)
        {
            return new ModelError(
                DatasetErrorCodes.SipriTotalsNeedTiv,
                $"The {import.Format} format has no trend-indicator values, so it has no TIV totals; use a trade register or a per-delivery-year export.",
                location);
        }

        if (yearBasis == SipriYearBasis.Delivery && !import.HasDeliveriesByYear)
        {
            return new ModelError(
                DatasetErrorCodes.SipriTotalsNeedDeliveryYears,
                $"The {import.Format} format lists each deal's delivery years without splitting its TIV among them, so it gives totals by order year only; ask for order years, or use a per-delivery-year export (2025 onward).",
                location);
        }

        var sums = new Dictionary<(ActorId?, ActorId?, int), decimal>();
        var saturated = new HashSet<(ActorId?, ActorId?, int)>();
        foreach (var record in import.Records)
        {
            var supplier = grouping == SipriGrouping.Recipient ? (ActorId?)null : record.Supplier;
            var recipient = grouping == SipriGrouping.Supplier ? (ActorId?)null : record.Recipient;
            if (yearBasis == SipriYearBasis.Delivery)
            {
                foreach (var delivery in record.Deliveries)
                {
                    Add(sums, saturated, (supplier, recipient, delivery.Year), delivery.Tiv);
                }
            }
            else if (record.FirstDeliveryYear is not null)
            {
                Add(sums, saturated, (supplier, recipient, record.OrderYear), record.TivDelivered ?? 0m);
            }
        }

        var rows = sums
            .Select(sum => new SipriTotal(sum.Key.Item1, sum.Key.Item2, sum.Key.Item3, sum.Value))
            .OrderBy(row => row.Supplier?.Value, StringComparer.Ordinal)
            .ThenBy(row => row.Recipient?.Value, StringComparer.Ordinal)
            .ThenBy(row => row.Year)
            .ToImmutableArray();
        var notes = rows
            .Where(row => saturated.Contains((row.Supplier, row.Recipient, row.Year)))
            .Select(row => new ModelError(
                DatasetErrorCodes.SipriTotalSaturated,
                string.Create(CultureInfo.InvariantCulture, $"The TIV total of {row.Supplier?.ToString() ?? "*"} -> {row.Recipient?.ToString() ?? "*"} in {row.Year} exceeds {decimal.MaxValue}; it is given as that value, which means at least that much."),
                location))
            .ToImmutableArray();
        return new SipriTotalsTable(import.File, grouping, yearBasis, rows, notes);
    }

    /// <summary>Writes a table as CSV (see <see cref="SipriTotalsTable.WriteCsv"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteCsv(SipriTotalsTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.WriteCsv(writer);
    }

    private static void Add(Dictionary<(ActorId?, ActorId?, int), decimal> sums, HashSet<(ActorId?, ActorId?, int)> saturated, (ActorId?, ActorId?, int) key, decimal tiv)
    {
        // TIVs are at least 0, so a sum can only overflow upwards: it stops at decimal.MaxValue, noted, as Estimate.Add does.
        var sum = sums.GetValueOrDefault(key);
        if (tiv > decimal.MaxValue - sum)
        {
            sums[key] = decimal.MaxValue;
            saturated.Add(key);
            return;
        }

        sums[key] = sum + tiv;
    }
}
