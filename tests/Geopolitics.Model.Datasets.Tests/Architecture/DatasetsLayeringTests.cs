using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Tests.Architecture;

namespace Geopolitics.Model.Datasets.Tests.Architecture;

/// <summary>
/// The datasets package's namespaces (docs/architecture.md): the shared table reading, row accounting and error codes
/// at the root, one namespace per dataset above it, and no dataset namespace using another's.
/// </summary>
public class DatasetsLayeringTests
{
    private const string Root = "Geopolitics.Model.Datasets";

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(AtopImporter).Assembly);

    [Fact]
    public void Namespaces_HaveNoCycle() =>
        Assert.True(Graph.Cycles().Count == 0, "Namespaces that use each other: " + string.Join("; ", Graph.Cycles().Select(knot => string.Join(", ", knot))));

    [Fact]
    public void Root_UsesNoDatasetNamespace() =>
        Assert.DoesNotContain(Graph.Edges[Root], ns => ns.StartsWith(Root + ".", StringComparison.Ordinal));

    [Fact]
    public void DatasetNamespaces_UseOnlyTheRoot()
    {
        var datasets = Graph.Edges.Where(edge => edge.Key.StartsWith(Root + ".", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(datasets);
        Assert.All(datasets, edge => Assert.All(edge.Value, used => Assert.True(
            used == Root || !used.StartsWith(Root, StringComparison.Ordinal) || used.StartsWith("System.", StringComparison.Ordinal),
            $"{edge.Key} uses {used}")));
    }
}
