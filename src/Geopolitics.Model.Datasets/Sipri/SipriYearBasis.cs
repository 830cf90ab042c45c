namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Which year <see cref="SipriTotals"/> assigns the TIV of delivered weapons to.</summary>
public enum SipriYearBasis
{
    /// <summary>The year the deal was ordered: every delivery of a deal counts in its order year. Every format with TIV answers it.</summary>
    Order = 0,

    /// <summary>The year the weapons were delivered. Only formats that split the TIV by delivery year answer it (the per-delivery-year exports).</summary>
    Delivery = 1,
}
