using System.Text.RegularExpressions;
using System.Xml.Linq;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Analysis.Defence.DefenceExamples;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Tests.Analysis.Defence;

public class DefenceNetworkTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] SeedEdges2025 =
    [
        "CHN→PRK chn-prk-1961/art2",
        "JPN→USA usa-jpn-1960/art5",
        "KOR→USA usa-kor-1953/art3",
        "PRK→CHN chn-prk-1961/art2",
        "PRK→RUS rus-prk-2024/art4",
        "RUS→PRK rus-prk-2024/art4",
        "USA→JPN usa-jpn-1960/art5",
        "USA→KOR usa-kor-1953/art3",
    ];

    private static string Key(DefenceEdge edge) => $"{edge.Guarantor}→{edge.Beneficiary} {edge.Treaty}/{edge.Clause}";

    /// <summary>A network whose names and treaty name need escaping in every format.</summary>
    private static DefenceNetwork AwkwardNetwork()
    {
        var scenario = new ScenarioBuilder("Awkward")
            .AddActor(new Actor(new ActorId("AAA"), ActorKind.State, "The \"Quoted\" <Republic> & Sons\\ #1 | ok"))
            .AddActor(new Actor(new ActorId("BBB"), ActorKind.State, "B-land"))
            .AddTreaty(new Treaty(
                new TreatyId("a-b"),
                "Pact of \"Amity\" <&> -- final",
                [Party(new ActorId("AAA"), Day(1999, 1, 1)), Party(new ActorId("BBB"), Day(1999, 1, 1))],
                new RecordedRule(new PartialDate(2000, 1)),
                Reported,
                clauses: [Clause("art1", guarantors: [new ActorId("AAA")], beneficiaries: [new ActorId("BBB")])]))
            .Build().AsT0;
        return new DefenceAnalysis(scenario).Network(On(2000, 1, 15));
    }

    // --- The graph ---

    [Fact]
    public void Network_SeedOn20250101_EightEdgesAmongSixActors()
    {
        var network = SeedObligations().Network(On(2025, 1, 1));

        Assert.Equal(SeedEdges2025, network.Edges.Select(Key));
        Assert.Equal(["CHN", "JPN", "KOR", "PRK", "RUS", "USA"], network.Nodes.Select(n => n.Actor.Value));
        Assert.Equal("North Korea", network.Nodes.Single(n => n.Actor == Prk).Name);
        Assert.All(network.Edges, e => Assert.Equal(Truth.True, e.InForce));
        Assert.Equal(["usa-jpn-1960", "usa-kor-1953"], network.Edges.Where(e => e.IsConditional).Select(e => e.Treaty.Value).Distinct().Order());
        Assert.Equal([Rus, Chn], network.EdgesTo(Prk).Select(e => e.Guarantor).Reverse());
        Assert.Equal([Jpn, Kor], network.EdgesFrom(Usa).Select(e => e.Beneficiary));
    }

    [Fact]
    public void Network_BuiltInSeedScenarioOn20250101_SameEightEdges()
    {
        var network = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Network(On(2025, 1, 1));

        Assert.Equal(SeedEdges2025, network.Edges.Select(Key));
        Assert.All(network.Edges, e => Assert.Equal(Truth.True, e.InForce));
    }

    [Fact]
    public void Network_SeedOn20241130_NoRussiaDprkEdge()
    {
        var network = SeedObligations().Network(On(2024, 11, 30));

        Assert.DoesNotContain(network.Edges, e => e.Treaty == RusPrk2024);
        Assert.DoesNotContain(network.Nodes, n => n.Actor == Rus);
        Assert.Equal(6, network.Edges.Length);
        Assert.Contains(network.Facts, f => f.Kind == FactKind.Clause && f.Id == "rus-prk-2024/art4");
    }

    [Fact]
    public void Network_OneWayGuarantee_OneEdge()
    {
        var network = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], Clause(guarantors: [Gbr], beneficiaries: [Pol]))).Network(On(2010, 1, 1));

        var edge = Assert.Single(network.Edges);
        Assert.Equal((Gbr, Pol), (edge.Guarantor, edge.Beneficiary));
        Assert.False(edge.IsConditional);
    }

    [Theory]
    [InlineData(15, "unknown")]
    [InlineData(31, "true")]
    public void Network_EntryIntoForceKnownToTheMonth_EdgeKeptWithItsTruth(int day, string expected)
    {
        var network = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], new PartialDate(2024, 1), null, [Clause()])).Network(On(2024, 1, day));

        Assert.Equal(2, network.Edges.Length);
        Assert.All(network.Edges, e => Assert.Equal(expected, e.InForce.ToString()));
    }

    [Fact]
    public void Network_BeforeEntryIntoForce_Empty()
    {
        var network = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], new PartialDate(2024, 1), null, [Clause()])).Network(On(2023, 12, 31));

        Assert.Empty(network.Edges);
        Assert.Empty(network.Nodes);
        Assert.Contains("<graph ", GraphExport.ToGraphMl(network), StringComparison.Ordinal);
    }

    [Fact]
    public void Network_TreatyOrderInScenario_SameExports()
    {
        var forward = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], Clause()), DefenceTreaty("fra-deu", [Fra, Deu], Clause())).Network(On(2010, 1, 1));
        var backward = Analyse(DefenceTreaty("fra-deu", [Fra, Deu], Clause()), DefenceTreaty("gbr-pol", [Gbr, Pol], Clause())).Network(On(2010, 1, 1));

        Assert.Equal(GraphExport.ToDot(forward), GraphExport.ToDot(backward));
        Assert.Equal(GraphExport.ToMermaid(forward), GraphExport.ToMermaid(backward));
        Assert.Equal(GraphExport.ToGraphMl(forward), GraphExport.ToGraphMl(backward));
    }

    // --- GraphML ---

    [Fact]
    public void ToGraphMl_Seed_DirectedGraphWithDeclaredKeysAndEveryEdge()
    {
        var network = SeedObligations().Network(On(2025, 1, 1));

        var document = XDocument.Parse(GraphExport.ToGraphMl(network));

        var root = document.Root!;
        Assert.Equal(G + "graphml", root.Name);
        var keys = root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("node", "string"), keys["name"]);
        Assert.Equal(("edge", "boolean"), keys["conditional"]);
        Assert.Equal(("edge", "string"), keys["inForce"]);
        var graph = Assert.Single(root.Elements(G + "graph"));
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(["CHN", "JPN", "KOR", "PRK", "RUS", "USA"], nodeIds);
        var edges = graph.Elements(G + "edge").ToList();
        string Data(XElement edge, string key) => (string)edge.Elements(G + "data").Single(d => (string)d.Attribute("key")! == key);
        Assert.Equal(SeedEdges2025, edges.Select(e => $"{e.Attribute("source")!.Value}→{e.Attribute("target")!.Value} {Data(e, "treaty")}/{Data(e, "clause")}"));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges.SelectMany(e => e.Elements(G + "data")), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        var japan = edges.Single(e => e.Attribute("source")!.Value == "JPN");
        Assert.Equal("true", Data(japan, "conditional"));
        Assert.Equal("ConstitutionalProcesses", Data(japan, "response"));
        Assert.Equal(["e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7"], edges.Select(e => (string)e.Attribute("id")!));
    }

    [Fact]
    public void ToGraphMl_AwkwardNames_EscapedAndRoundTrip()
    {
        var network = AwkwardNetwork();

        var text = GraphExport.ToGraphMl(network);
        var document = XDocument.Parse(text);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        var graph = document.Root!.Element(G + "graph")!;
        Assert.Equal("The \"Quoted\" <Republic> & Sons\\ #1 | ok", graph.Elements(G + "node").First().Element(G + "data")!.Value);
        var edge = Assert.Single(graph.Elements(G + "edge"));
        var data = edge.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
        Assert.Equal("Pact of \"Amity\" <&> -- final", data["treatyName"]);
        Assert.Equal("art1", data["clause"]);
        Assert.Equal("Article art1", data["article"]);
        Assert.Equal("unknown", data["inForce"]);
    }

    // --- DOT ---

    private static readonly Regex DotEdge = new("^  \"(?<from>[^\"]+)\" -> \"(?<to>[^\"]+)\" \\[label=\"(?<label>(?:[^\"\\\\]|\\\\.)*)\", style=(?<style>solid|dashed)(?<grey>, color=gray)?\\];$", RegexOptions.CultureInvariant);

    [Fact]
    public void ToDot_Seed_OneStatementPerNodeAndEdge()
    {
        var network = SeedObligations().Network(On(2025, 1, 1));

        var lines = GraphExport.ToDot(network).Split('\n');

        Assert.Equal("digraph \"defence-2025-01-01\" {", lines[0]);
        Assert.Equal(["}", string.Empty], lines[^2..]);
        var edges = lines.Select(line => DotEdge.Match(line)).Where(m => m.Success).ToList();
        Assert.Equal(SeedEdges2025, edges.Select(m => $"{m.Groups["from"].Value}→{m.Groups["to"].Value} {m.Groups["label"].Value}"));
        Assert.Equal(
            network.Edges.Select(e => e.IsConditional ? "dashed" : "solid"),
            edges.Select(m => m.Groups["style"].Value));
        Assert.Equal(network.Nodes.Length, lines.Count(line => line.StartsWith("  \"", StringComparison.Ordinal) && line.Contains(" [label=", StringComparison.Ordinal) && !line.Contains("->", StringComparison.Ordinal)));
        Assert.Contains("  \"PRK\" [label=\"PRK\\nNorth Korea\"];", lines);
    }

    [Fact]
    public void ToDot_AwkwardNames_QuotesAndBackslashesEscaped()
    {
        var lines = GraphExport.ToDot(AwkwardNetwork()).Split('\n');

        Assert.Contains("  \"AAA\" [label=\"AAA\\nThe \\\"Quoted\\\" <Republic> & Sons\\\\ #1 | ok\"];", lines);
        var edge = Assert.Single(lines, line => DotEdge.IsMatch(line));
        var match = DotEdge.Match(edge);
        Assert.Equal("a-b/art1 (in force: unknown)", match.Groups["label"].Value);
        Assert.True(match.Groups["grey"].Success);
    }

    // --- Mermaid ---

    private static readonly Regex MermaidEdge = new("^  (?<from>n\\d+) (?<arrow>-->|-\\.->)\\|\"(?<label>[^\"]*)\"\\| (?<to>n\\d+)$", RegexOptions.CultureInvariant);
    private static readonly Regex MermaidNode = new("^  (?<id>n\\d+)\\[\"(?<label>[^\"]*)\"\\]$", RegexOptions.CultureInvariant);

    [Fact]
    public void ToMermaid_Seed_FlowchartWithNodesAndLinks()
    {
        var network = SeedObligations().Network(On(2025, 1, 1));

        var lines = GraphExport.ToMermaid(network).Split('\n');

        Assert.Equal("flowchart LR", lines[0]);
        var nodes = lines.Select(l => MermaidNode.Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["label"].Value.Split(':')[0]);
        Assert.Equal(["CHN", "JPN", "KOR", "PRK", "RUS", "USA"], nodes.Values);
        var links = lines.Select(l => MermaidEdge.Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(SeedEdges2025, links.Select(m => $"{nodes[m.Groups["from"].Value]}→{nodes[m.Groups["to"].Value]} {m.Groups["label"].Value}"));
        Assert.Equal(network.Edges.Select(e => e.IsConditional ? "-.->" : "-->"), links.Select(m => m.Groups["arrow"].Value));
        Assert.Equal(1 + nodes.Count + links.Count + 1, lines.Length); // header, nodes, links, final empty line
    }

    [Fact]
    public void ToMermaid_AwkwardNames_EntityCodes()
    {
        var lines = GraphExport.ToMermaid(AwkwardNetwork()).Split('\n');

        Assert.Contains("  n0[\"AAA: The #quot;Quoted#quot; #lt;Republic#gt; & Sons\\ #35;1 #124; ok\"]", lines);
        Assert.Contains("  n0 -->|\"a-b/art1 (in force: unknown)\"| n1", lines);
    }

    [Fact]
    public void ToString_DayAndSize()
    {
        Assert.Equal("Defence network on 2025-01-01: 6 actors, 8 edges", SeedObligations().Network(On(2025, 1, 1)).ToString());
    }
}
