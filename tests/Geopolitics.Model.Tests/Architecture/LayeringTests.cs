using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Tests.Architecture;

/// <summary>
/// The package's namespaces form the layers drawn in <c>docs/architecture.md</c>: a namespace uses only namespaces of
/// its own layer or of the layers below, and no two namespaces use each other, directly or through others. Read from
/// the compiled assembly's type references, so a stray <c>using</c> line counts for nothing and a real use always
/// counts.
/// </summary>
public class LayeringTests
{
    private const string Root = "Geopolitics.Model";

    /// <summary>The layers from the bottom up; a namespace ending in <c>.*</c> stands for its sub-namespaces too.</summary>
    internal static readonly string[][] Layers =
    [
        ["", "Errors"],
        ["Time"],
        ["Provenance"],
        ["Actors", "Places"],
        ["Transfers", "Treaties", "Stances", "Sanctions"],
        ["Validation"],
        ["Scenarios"],
        ["Serialization"],
        ["BuiltIn", "Analysis.Facts", "Analysis.Votes"],
        ["Analysis.Status"],
        ["Analysis.Defence", "Analysis.Ledger", "Analysis.Compliance", "Analysis.Timeline"],
        ["Analysis.Alignment", "Analysis.Partnership"],
        ["Presentation"],
        ["DependencyInjection"],
    ];

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(Scenario).Assembly);

    [Fact]
    public void Namespaces_HaveNoCycle() =>
        Assert.True(Graph.Cycles().Count == 0, "Namespaces that use each other: " + string.Join("; ", Graph.Cycles().Select(knot => string.Join(", ", knot))));

    [Fact]
    public void Namespaces_EachBelongToALayer()
    {
        var unplaced = Graph.Edges.Keys.Where(ns => LayerOf(ns) is null);

        Assert.True(!unplaced.Any(), "Namespaces in no layer (add them to LayeringTests.Layers and docs/architecture.md): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void Namespaces_UseOnlyTheirOwnLayerAndTheLayersBelow()
    {
        var upward = Graph.Edges
            .SelectMany(edge => edge.Value.Select(to => (From: edge.Key, To: to)))
            .Where(use => LayerOf(use.From) is { } from && LayerOf(use.To) is { } to && to > from)
            .Select(use => $"{use.From} -> {use.To}");

        Assert.True(!upward.Any(), "Uses of a higher layer: " + string.Join(", ", upward));
    }

    [Fact]
    public void Graph_SeesTheUsesOfAKnownEdge()
    {
        // The reader must find real uses, or the tests above would pass on an empty graph: Time reports its errors
        // with ModelError, and the analyses read scenarios.
        Assert.Contains($"{Root}.Errors", Graph.Edges[$"{Root}.Time"]);
        Assert.Contains(Graph.Edges, edge => edge.Key.StartsWith($"{Root}.Analysis", StringComparison.Ordinal) && edge.Value.Contains($"{Root}.Scenarios"));
    }

    private static int? LayerOf(string ns)
    {
        // Code generated into namespaces of its own (regular expressions) belongs to the namespace that asked for it.
        if (!ns.StartsWith(Root, StringComparison.Ordinal))
        {
            return ns.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal) ? 0 : null;
        }

        var local = ns == Root ? string.Empty : ns[(Root.Length + 1)..];
        for (var layer = 0; layer < Layers.Length; layer++)
        {
            foreach (var name in Layers[layer])
            {
                if (name == local || (name.EndsWith(".*", StringComparison.Ordinal) && (local == name[..^2] || local.StartsWith(name[..^1], StringComparison.Ordinal))))
                {
                    return layer;
                }
            }
        }

        return null;
    }
}
