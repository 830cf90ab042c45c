using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Tests;

namespace Geopolitics.Model.Datasets.Tests;

/// <summary>
/// The model's immutability rules (<see cref="PublicApiRules"/>) applied to the datasets package: imports, tables,
/// records and options are values that cannot change after they are made, and its unions are closed.
/// </summary>
public class DatasetsPublicApiTests
{
    private static Type[] PublicTypes => typeof(AtopImporter).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreFound() => Assert.True(PublicTypes.Length > 20, $"Only {PublicTypes.Length} public types were found.");

    [Fact]
    public void PublicTypes_HaveNoPublicSetterExceptInitOnRecords() => AssertNone("Public setters", PublicApiRules.PublicSetters(PublicTypes));

    [Fact]
    public void PublicTypes_HaveNoWritablePublicField() => AssertNone("Writable public fields", PublicApiRules.WritableFields(PublicTypes));

    [Fact]
    public void PublicTypes_ExposeNoMutableCollection() => AssertNone("Mutable collections exposed", PublicApiRules.ExposedMutableCollections(PublicTypes));

    [Fact]
    public void PublicTypes_KeepNoStateThatCanChange() =>
        AssertNone("State that can change after construction", PublicTypes.SelectMany(PublicApiRules.MutableState));

    [Fact]
    public void AbstractPublicTypes_AreClosedUnions() => AssertNone("Unions an outside assembly could extend", PublicApiRules.OpenUnions(PublicTypes));

    private static void AssertNone(string what, IEnumerable<string> found)
    {
        var list = found.ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(", ", list)}");
    }
}
