using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets.Tests.Sipri;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Tests;

namespace Geopolitics.Model.Datasets.Tests;

/// <summary>
/// Every public constructor and method of the datasets package refuses <see langword="null"/> for a parameter not
/// annotated nullable with an <see cref="ArgumentNullException"/> naming it (<see cref="NullArguments"/>), the other
/// arguments taken from imports of the hand-made files and the tables made from them.
/// </summary>
public sealed class DatasetsNullArgumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-null-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PublicMembers_NullForANonNullableParameter_ThrowArgumentNullExceptionNamingIt()
    {
        var atop = AtopImporter.Import(DatasetFiles.Data("atop", "handmade", "quirks-members.csv"), DatasetFiles.Data("atop", "handmade", "quirks-alliances.csv"), AtopImportOptions.ForTables);
        var sipri = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");
        var arguments = new NullArguments(
            _folder,
            atop,
            new AtopImportOptions(),
            AtopTables.StateYears(atop),
            AtopTables.DirectedDyadYears(atop),
            CowAllianceImporter.Import(DatasetFiles.Data("cow", "handmade", "quirks.csv")),
            new CowImportOptions(),
            sipri,
            new SipriImportOptions(),
            SipriTotals.Compute(sipri, SipriGrouping.Pair, SipriYearBasis.Delivery).AsT0,
            UngaImporter.Import(DatasetFiles.Data("unga", "voeten-quirks.csv")),
            new UngaImportOptions());

        var unguarded = arguments.Unguarded(typeof(AtopImporter).Assembly.GetExportedTypes());

        Assert.True(unguarded.Count == 0, $"{unguarded.Count} of {arguments.Checked}:\n{string.Join("\n", unguarded)}\nmissing: {string.Join(", ", arguments.Missing.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}"))}");
        Assert.True(arguments.Checked > 30, $"Only {arguments.Checked} members and parameters were checked.");
    }
}
