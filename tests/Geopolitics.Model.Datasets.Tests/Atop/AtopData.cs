using Geopolitics.Model.Datasets.Atop;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>
/// The real ATOP files, each imported at most once per test. A test class holds one instance (xUnit makes a class
/// instance per test), never a static cache: a mutation test run keeps its test host from one mutant to the next, so
/// an import cached across tests would be one made under another mutant, or none.
/// </summary>
internal sealed class AtopData
{
    private readonly Lazy<AtopImport> _v51 = new(() => AtopImporter.Import(MembersV51, AlliancesV51, AtopImportOptions.ForTables));

    private readonly Lazy<AtopImport> _v51Default = new(() => AtopImporter.Import(MembersV51, AlliancesV51));

    private readonly Lazy<AtopImport> _v401 = new(() =>
        AtopImporter.Import(DatasetFiles.Data("atop", "v4.01", "atop-member-level.csv"), DatasetFiles.Data("atop", "v4.01", "atop-alliance-level.csv")));

    public static string MembersV51 => DatasetFiles.Data("atop", "v5.1", "atop5_1m.csv");

    public static string AlliancesV51 => DatasetFiles.Data("atop", "v5.1", "atop5_1a.csv");

    /// <summary>ATOP 5.1 imported with <see cref="AtopImportOptions.ForTables"/> (8152 kept as ATOP-8152).</summary>
    public AtopImport V51 => _v51.Value;

    /// <summary>ATOP 5.1 imported with the default options (8152 rejected, and with it alliance 1320).</summary>
    public AtopImport V51Default => _v51Default.Value;

    /// <summary>ATOP 4.01 imported with the default options.</summary>
    public AtopImport V401 => _v401.Value;
}
