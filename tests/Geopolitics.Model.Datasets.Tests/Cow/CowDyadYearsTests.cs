using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;

namespace Geopolitics.Model.Datasets.Tests.Cow;

/// <summary>
/// The COW Formal Alliances data are read into scenarios, never turned into dyad-year tables: their maintainer asked
/// software not to make that merge easy (docs/datasets.md), and ATOP is the data for alliance dyad-years.
/// </summary>
public sealed class CowDyadYearsTests
{
    private readonly Lazy<CowImport> _cow = new(() => CowAllianceImporter.Import(DatasetFiles.Data("cow", "alliances_v4.1", "alliance_v4.1_by_member.csv")));

    [Fact]
    public void AtopTables_OnTheCowScenario_CountNoCowAlliance()
    {
        var scenario = _cow.Value.Scenario!;

        Assert.Equal(414, scenario.Treaties.Length);
        Assert.Empty(AtopTables.DirectedDyadYears(scenario, AtopVersion.V51));
        Assert.Empty(AtopTables.StateYears(scenario, AtopVersion.V51));
    }

    [Fact]
    public void CowNamespace_OffersTheImporterAndNoTable()
    {
        var types = typeof(CowAllianceImporter).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == typeof(CowAllianceImporter).Namespace)
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["CowAllianceImporter", "CowImport", "CowImportOptions"], types);
        Assert.DoesNotContain(
            typeof(CowImport).GetMethods().Concat(typeof(CowAllianceImporter).GetMethods()),
            method => method.Name.Contains("Year", StringComparison.OrdinalIgnoreCase) || method.Name.Contains("Dyad", StringComparison.OrdinalIgnoreCase));
    }
}
