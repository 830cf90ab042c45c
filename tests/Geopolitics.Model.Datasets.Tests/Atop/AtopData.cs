using Geopolitics.Model.Datasets.Atop;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>The real ATOP files imported once for all tests.</summary>
internal static class AtopData
{
    private static readonly Lazy<AtopImport> V51Instance = new(() =>
        AtopImporter.Import(MembersV51, AlliancesV51, AtopImportOptions.ForTables));

    private static readonly Lazy<AtopImport> V51DefaultInstance = new(() =>
        AtopImporter.Import(MembersV51, AlliancesV51));

    private static readonly Lazy<AtopImport> V401Instance = new(() =>
        AtopImporter.Import(DatasetFiles.Data("atop", "v4.01", "atop-member-level.csv"), DatasetFiles.Data("atop", "v4.01", "atop-alliance-level.csv")));

    public static string MembersV51 => DatasetFiles.Data("atop", "v5.1", "atop5_1m.csv");

    public static string AlliancesV51 => DatasetFiles.Data("atop", "v5.1", "atop5_1a.csv");

    /// <summary>ATOP 5.1 imported with <see cref="AtopImportOptions.ForTables"/> (8152 kept as ATOP-8152).</summary>
    public static AtopImport V51 => V51Instance.Value;

    /// <summary>ATOP 5.1 imported with the default options (8152 rejected, and with it alliance 1320).</summary>
    public static AtopImport V51Default => V51DefaultInstance.Value;

    /// <summary>ATOP 4.01 imported with the default options.</summary>
    public static AtopImport V401 => V401Instance.Value;
}
