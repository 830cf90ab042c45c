namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Which actors <see cref="SipriTotals"/> groups the TIV of delivered weapons by.</summary>
public enum SipriGrouping
{
    /// <summary>By supplier (CSV columns <c>supplier,year,tiv</c>).</summary>
    Supplier = 0,

    /// <summary>By recipient (CSV columns <c>recipient,year,tiv</c>).</summary>
    Recipient = 1,

    /// <summary>By supplier and recipient (CSV columns <c>supplier,recipient,year,tiv</c>).</summary>
    Pair = 2,
}
