namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>The export formats of the SIPRI Arms Transfers Database that the importer recognises.</summary>
public enum SipriFormat
{
    /// <summary>
    /// The classic trade register (2017 to 2024 exports): one row per deal, with <c>?</c> uncertainty flags in
    /// columns named by a single space, the delivery years as a <c>; </c>-separated list and the TIV of delivered
    /// weapons without a per-year split. Often Windows-1252 with a preamble.
    /// </summary>
    TradeRegister = 0,

    /// <summary>
    /// The per-delivery-year export (2025 onward): one row per deal and delivery year, keyed by the SIPRI AT Database
    /// ID, with Yes/No estimate flags, the armament category and the TIV delivered that year. The 2026 files end
    /// every line with <c>;</c>.
    /// </summary>
    DeliveriesByYear = 1,

    /// <summary>
    /// The pre-2017 trade register (for example a 2014 export): one row per deal with an id, Yes/blank uncertainty
    /// columns, the delivery years as a range <c>2007 - 2011</c> and no TIV.
    /// </summary>
    TradeRegister2014 = 2,

    /// <summary>
    /// A TIV export table (<c>TIV-Export-XXX-1950-2021.csv</c>): yearly TIV totals per recipient of one supplier.
    /// It is recognised so that it can be reported precisely, but it holds aggregates, not transfers, and is not
    /// imported.
    /// </summary>
    TivExportTable = 3,
}
