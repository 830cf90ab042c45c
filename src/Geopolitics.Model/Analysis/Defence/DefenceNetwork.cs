using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// The defence network on a day, as computed by <see cref="DefenceAnalysis.Network"/>: a directed graph with an
/// edge guarantor → beneficiary for each mutual-defence clause that is, or may be, in force between them, exportable
/// to DOT (Graphviz), Mermaid and GraphML.
/// </summary>
/// <remarks>
/// Nodes are the actors at either end of an edge, sorted by id; edges are sorted by guarantor, beneficiary, treaty
/// and clause id (ordinal), so the exports are deterministic. Equality compares every member, collections in order.
/// </remarks>
public sealed record DefenceNetwork
{
    /// <summary>The GraphML namespace.</summary>
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    internal DefenceNetwork(
        LocalDate day,
        Confidence minimum,
        ImmutableArray<DefenceNode> nodes,
        ImmutableArray<DefenceEdge> edges,
        ImmutableArray<FactReference> facts,
        ImmutableArray<FactReference> ignoredFacts)
    {
        Day = day;
        Minimum = minimum;
        Nodes = nodes;
        Edges = edges;
        Facts = facts;
        IgnoredFacts = ignoredFacts;
    }

    /// <summary>The day of the network.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The actors at either end of an edge, sorted by id.</summary>
    public ImmutableArray<DefenceNode> Nodes { get; }

    /// <summary>The edges, sorted by guarantor, beneficiary, treaty and clause id.</summary>
    public ImmutableArray<DefenceEdge> Edges { get; }

    /// <summary>The facts the network relies on: the steps and clauses of every treaty with a mutual-defence clause.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>The treaty steps left out because the minimum confidence does not admit them.</summary>
    public ImmutableArray<FactReference> IgnoredFacts { get; }

    /// <summary>The edges that leave <paramref name="guarantor"/>: whom it must defend.</summary>
    /// <param name="guarantor">The guarantor.</param>
    /// <returns>Its edges, in order; empty when none.</returns>
    public ImmutableArray<DefenceEdge> EdgesFrom(ActorId guarantor) => [.. Edges.Where(edge => edge.Guarantor == guarantor)];

    /// <summary>The edges that reach <paramref name="beneficiary"/>: who must defend it.</summary>
    /// <param name="beneficiary">The beneficiary.</param>
    /// <returns>Its edges, in order; empty when none.</returns>
    public ImmutableArray<DefenceEdge> EdgesTo(ActorId beneficiary) => [.. Edges.Where(edge => edge.Beneficiary == beneficiary)];

    /// <summary>The network in the DOT language of Graphviz.</summary>
    /// <returns>
    /// A <c>digraph</c> with one node per actor (labelled with its id and name) and one edge per clause, labelled
    /// <c>treaty/clause</c>; conditional clauses are dashed, edges whose being in force is unknown are grey. Lines end
    /// with a line feed.
    /// </returns>
    public string ToDot()
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(DotQuote("defence-" + Iso(Day))).Append(" {\n");
        text.Append("  label=").Append(DotQuote(Title)).Append(";\n");
        text.Append("  node [shape=box];\n");
        foreach (var node in Nodes)
        {
            text.Append("  ").Append(DotQuote(node.Actor.Value)).Append(" [label=").Append(DotQuote(node.Actor.Value + "\n" + node.Name)).Append("];\n");
        }

        foreach (var edge in Edges)
        {
            text.Append("  ").Append(DotQuote(edge.Guarantor.Value)).Append(" -> ").Append(DotQuote(edge.Beneficiary.Value))
                .Append(" [label=").Append(DotQuote(EdgeLabel(edge)))
                .Append(", style=").Append(edge.IsConditional ? "dashed" : "solid");
            if (!edge.InForce.IsTrue)
            {
                text.Append(", color=gray");
            }

            text.Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The network as a Mermaid flowchart.</summary>
    /// <returns>
    /// A <c>flowchart LR</c> with nodes <c>n0</c>, <c>n1</c>… (in the order of <see cref="Nodes"/>, labelled with the
    /// id and name) and one link per edge labelled <c>treaty/clause</c>: <c>--&gt;</c> for an unconditional clause,
    /// <c>-.-&gt;</c> for a conditional one. Lines end with a line feed.
    /// </returns>
    public string ToMermaid()
    {
        var ids = new Dictionary<ActorId, string>();
        var text = new StringBuilder("flowchart LR\n");
        for (var i = 0; i < Nodes.Length; i++)
        {
            var id = "n" + i.ToString(CultureInfo.InvariantCulture);
            ids[Nodes[i].Actor] = id;
            text.Append("  ").Append(id).Append("[\"").Append(MermaidEscape($"{Nodes[i].Actor}: {Nodes[i].Name}")).Append("\"]\n");
        }

        foreach (var edge in Edges)
        {
            text.Append("  ").Append(ids[edge.Guarantor]).Append(edge.IsConditional ? " -.->|\"" : " -->|\"")
                .Append(MermaidEscape(EdgeLabel(edge))).Append("\"| ").Append(ids[edge.Beneficiary]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The network as a GraphML document.</summary>
    /// <returns>
    /// UTF-8 GraphML with a directed <c>graph</c>; node data key <c>name</c>; edge data keys <c>treaty</c>,
    /// <c>treatyName</c>, <c>clause</c>, <c>article</c> (left out when the clause has none), <c>trigger</c>,
    /// <c>response</c>, <c>conditional</c> (boolean), <c>conditions</c> and <c>inForce</c> (<c>true</c> or
    /// <c>unknown</c>). Node ids are actor ids; edge ids are <c>e0</c>, <c>e1</c>… in the order of
    /// <see cref="Edges"/>. Lines end with a line feed.
    /// </returns>
    public string ToGraphMl()
    {
        static XElement Key(string id, string domain, string type) =>
            new(GraphMl + "key", new XAttribute("id", id), new XAttribute("for", domain), new XAttribute("attr.name", id), new XAttribute("attr.type", type));

        static XElement Data(string key, string value) => new(GraphMl + "data", new XAttribute("key", key), value);

        var graph = new XElement(
            GraphMl + "graph",
            new XAttribute("id", "defence-" + Iso(Day)),
            new XAttribute("edgedefault", "directed"),
            Nodes.Select(node => new XElement(GraphMl + "node", new XAttribute("id", node.Actor.Value), Data("name", node.Name))),
            Edges.Select((edge, i) => new XElement(
                GraphMl + "edge",
                new XAttribute("id", "e" + i.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("source", edge.Guarantor.Value),
                new XAttribute("target", edge.Beneficiary.Value),
                Data("treaty", edge.Treaty.ToString()),
                Data("treatyName", edge.TreatyName),
                Data("clause", edge.Clause.ToString()),
                edge.Article is null ? null : Data("article", edge.Article),
                Data("trigger", edge.Trigger.ToString()),
                Data("response", edge.Response.ToString()),
                Data("conditional", edge.IsConditional ? "true" : "false"),
                Data("conditions", edge.Conditions.ToString()),
                Data("inForce", edge.InForce.ToString()))));

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                GraphMl + "graphml",
                new XComment(" " + Title.Replace("--", "- -", StringComparison.Ordinal) + " "),
                Key("name", "node", "string"),
                Key("treaty", "edge", "string"),
                Key("treatyName", "edge", "string"),
                Key("clause", "edge", "string"),
                Key("article", "edge", "string"),
                Key("trigger", "edge", "string"),
                Key("response", "edge", "string"),
                Key("conditional", "edge", "boolean"),
                Key("conditions", "edge", "string"),
                Key("inForce", "edge", "string"),
                graph));

        using var writer = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace }))
        {
            document.Save(xml);
        }

        return writer.ToString() + "\n";
    }

    /// <inheritdoc/>
    public bool Equals(DefenceNetwork? other) =>
        other is not null && Day == other.Day && Minimum == other.Minimum && Nodes.SequenceEqual(other.Nodes) &&
        Edges.SequenceEqual(other.Edges) && Facts.SequenceEqual(other.Facts) && IgnoredFacts.SequenceEqual(other.IgnoredFacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Minimum, Nodes.Length, Edges.Length);

    /// <summary>The day and size, for diagnostics.</summary>
    /// <returns>For example <c>Defence network on 2025-01-01: 6 actors, 8 edges</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Defence network on {Iso(Day)}: {Nodes.Length} actors, {Edges.Length} edges");

    private string Title => $"Defence network on {Iso(Day)} (facts of confidence {Minimum} or stronger)";

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string EdgeLabel(DefenceEdge edge) =>
        edge.InForce.IsTrue ? $"{edge.Treaty}/{edge.Clause}" : $"{edge.Treaty}/{edge.Clause} (in force: {edge.InForce})";

    // DOT quoted strings escape only the quote and the backslash; a line break becomes the \n escape (centred line).
    private static string DotQuote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    // Mermaid labels use entity codes: '#' first so that the codes added after it are not escaped again.
    private static string MermaidEscape(string text) =>
        text.Replace("#", "#35;", StringComparison.Ordinal).Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal)
            .Replace("|", "#124;", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A string writer that declares UTF-8, so that the XML declaration says what the text will be saved as.</summary>
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
