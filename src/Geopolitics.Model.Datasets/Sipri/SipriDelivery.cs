using System.Globalization;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// The deliveries of one SIPRI deal in one year, as the per-delivery-year exports record them (one row each).
/// </summary>
/// <param name="Year">The delivery year.</param>
/// <param name="Number">The number of units delivered that year.</param>
/// <param name="Tiv">The SIPRI trend-indicator value delivered that year (millions of TIV).</param>
/// <param name="NumberIsEstimate">Whether SIPRI marks the number as an estimate; <see langword="null"/> when the flag is blank.</param>
/// <param name="YearIsEstimate">Whether SIPRI marks the year as an estimate; <see langword="null"/> when the flag is blank.</param>
/// <param name="Row">The 1-based data row of the file that records it.</param>
public readonly record struct SipriDelivery(int Year, int Number, decimal Tiv, bool? NumberIsEstimate, bool? YearIsEstimate, int Row)
{
    /// <summary>Culture-invariant text such as <c>2018: 6 (TIV 27)</c>.</summary>
    /// <returns>The delivery as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}: {Number} (TIV {Tiv})");
}
