namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>The header lines of the SIPRI formats, for tests that write small files of their own.</summary>
internal static class SipriHeaders
{
    /// <summary>The classic trade register's header (its three unnamed flag columns are a single space).</summary>
    public const string Register =
        "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

    /// <summary>The per-delivery-year export's header (2026, with its trailing <c>;</c>).</summary>
    public const string Deliveries =
        "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production;\n";
}
