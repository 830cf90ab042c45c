using System.Globalization;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>One row of a <see cref="SipriTotalsTable"/>: the TIV of delivered weapons of one group and year.</summary>
/// <param name="Supplier">The supplier, or <see langword="null"/> when the table is grouped by recipient.</param>
/// <param name="Recipient">The recipient, or <see langword="null"/> when the table is grouped by supplier.</param>
/// <param name="Year">The order or delivery year, as the table's <see cref="SipriTotalsTable.YearBasis"/> says.</param>
/// <param name="Tiv">The summed trend-indicator value (millions), exactly as the file's figures add up.</param>
public readonly record struct SipriTotal(ActorId? Supplier, ActorId? Recipient, int Year, decimal Tiv)
{
    /// <summary>Culture-invariant text such as <c>USA -> TWN 2019: 1234.5</c>.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Supplier?.ToString() ?? "*"} -> {Recipient?.ToString() ?? "*"} {Year}: {SipriTotalsTable.FormatTiv(Tiv)}");
}
