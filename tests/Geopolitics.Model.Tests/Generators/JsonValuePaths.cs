using System.Text.Json.Nodes;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>Every value inside a JSON document by its path, for tests that break one value at a time.</summary>
internal static class JsonValuePaths
{
    /// <summary>The path of every value inside <paramref name="root"/> (member names and array indices from the root), with the value.</summary>
    public static IEnumerable<(object[] Path, JsonNode? Value)> Of(JsonNode root)
    {
        var pending = new Stack<(JsonNode Node, object[] Path)>([(root, [])]);
        while (pending.TryPop(out var current))
        {
            IEnumerable<(object Key, JsonNode? Child)> children = current.Node switch
            {
                JsonObject o => o.Select(member => ((object)member.Key, member.Value)),
                JsonArray a => a.Select((item, i) => ((object)i, item)),
                _ => [],
            };
            foreach (var (key, child) in children)
            {
                object[] path = [.. current.Path, key];
                yield return (path, child);
                if (child is not null)
                {
                    pending.Push((child, path));
                }
            }
        }
    }

    /// <summary>"parties[0].signature": a path as the readers' messages name it (after <c>$.</c> in a scenario file).</summary>
    public static string Text(object[] path) =>
        string.Concat(path.Select((key, i) => key is int index ? $"[{index}]" : i == 0 ? (string)key : "." + key));

    /// <summary>Replaces the value at <paramref name="path"/> in <paramref name="root"/>.</summary>
    public static void Replace(JsonNode root, object[] path, JsonNode? replacement)
    {
        var parent = path[..^1].Aggregate(root, (node, key) => key is int i ? node[i]! : node[(string)key]!);
        if (path[^1] is int index)
        {
            parent.AsArray()[index] = replacement;
        }
        else
        {
            parent[(string)path[^1]] = replacement;
        }
    }
}
