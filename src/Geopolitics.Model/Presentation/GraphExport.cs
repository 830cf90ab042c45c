using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// The defence network (<see cref="DefenceNetwork"/>) in the graph formats other programs read: DOT (Graphviz),
/// Mermaid and GraphML. Names are escaped for each format; validation already refuses the characters none of them can
/// carry (<c>GM0804</c>).
/// </summary>
public static class GraphExport
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The network in the DOT language of Graphviz.</summary>
    /// <param name="network">The network.</param>
    /// <returns>
    /// A <c>digraph</c> with one node per actor (labelled with its id and name) and one edge per clause, labelled
    /// <c>treaty/clause</c>; conditional clauses are dashed, edges whose being in force is unknown are grey. Lines end
    /// with a line feed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is <see langword="null"/>.</exception>
    public static string ToDot(DefenceNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var text = new StringBuilder();
        text.Append("digraph ").Append(DotQuote("defence-" + DayWindow.Iso(network.Day))).Append(" {\n");
        text.Append("  label=").Append(DotQuote(Title(network))).Append(";\n");
        text.Append("  node [shape=box];\n");
        foreach (var node in network.Nodes)
        {
            text.Append("  ").Append(DotQuote(node.Actor.Value)).Append(" [label=").Append(DotQuote(node.Actor.Value + "\n" + node.Name)).Append("];\n");
        }

        foreach (var edge in network.Edges)
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
    /// <param name="network">The network.</param>
    /// <returns>
    /// A <c>flowchart LR</c> with nodes <c>n0</c>, <c>n1</c>… (in the order of <see cref="DefenceNetwork.Nodes"/>, labelled with the
    /// id and name) and one link per edge labelled <c>treaty/clause</c>: <c>--&gt;</c> for an unconditional clause,
    /// <c>-.-&gt;</c> for a conditional one. Lines end with a line feed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is <see langword="null"/>.</exception>
    public static string ToMermaid(DefenceNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var ids = new Dictionary<ActorId, string>();
        var text = new StringBuilder("flowchart LR\n");
        for (var i = 0; i < network.Nodes.Length; i++)
        {
            var id = "n" + i.ToString(CultureInfo.InvariantCulture);
            ids[network.Nodes[i].Actor] = id;
            text.Append("  ").Append(id).Append("[\"").Append(MermaidEscape($"{network.Nodes[i].Actor}: {network.Nodes[i].Name}")).Append("\"]\n");
        }

        foreach (var edge in network.Edges)
        {
            text.Append("  ").Append(ids[edge.Guarantor]).Append(edge.IsConditional ? " -.->|\"" : " -->|\"")
                .Append(MermaidEscape(EdgeLabel(edge))).Append("\"| ").Append(ids[edge.Beneficiary]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The network as a GraphML document.</summary>
    /// <param name="network">The network.</param>
    /// <returns>
    /// UTF-8 GraphML with a directed <c>graph</c>; node data key <c>name</c>; edge data keys <c>treaty</c>,
    /// <c>treatyName</c>, <c>clause</c>, <c>article</c> (left out when the clause has none), <c>trigger</c>,
    /// <c>response</c>, <c>conditional</c> (boolean), <c>conditions</c> and <c>inForce</c> (<c>true</c> or
    /// <c>unknown</c>). Node ids are actor ids; edge ids are <c>e0</c>, <c>e1</c>… in the order of
    /// <see cref="DefenceNetwork.Edges"/>. Lines end with a line feed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is <see langword="null"/>.</exception>
    public static string ToGraphMl(DefenceNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        static XElement Key(string id, string domain, string type) =>
            new(GraphMl + "key", new XAttribute("id", id), new XAttribute("for", domain), new XAttribute("attr.name", id), new XAttribute("attr.type", type));

        static XElement Data(string key, string value) => new(GraphMl + "data", new XAttribute("key", key), value);

        var graph = new XElement(
            GraphMl + "graph",
            new XAttribute("id", "defence-" + DayWindow.Iso(network.Day)),
            new XAttribute("edgedefault", "directed"),
            network.Nodes.Select(node => new XElement(GraphMl + "node", new XAttribute("id", node.Actor.Value), Data("name", node.Name))),
            network.Edges.Select((edge, i) => new XElement(
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
                new XComment(" " + Title(network).Replace("--", "- -", StringComparison.Ordinal) + " "),
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

    private static string Title(DefenceNetwork network) => $"Defence network on {DayWindow.Iso(network.Day)} (facts of confidence {network.Minimum} or stronger)";

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
