using System.Globalization;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>Shared wording of the ledger's text.</summary>
internal static class LedgerText
{
    public static string Count(int transfers) =>
        string.Create(CultureInfo.InvariantCulture, $"{transfers} transfer{(transfers == 1 ? string.Empty : "s")}");
}
