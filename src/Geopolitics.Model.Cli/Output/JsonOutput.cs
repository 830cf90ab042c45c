using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Geopolitics.Model.Cli.Output;

/// <summary>Writes the json output format: indented, with non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, JsonNode node) => writer.WriteLine(node.ToJsonString(Options));

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => [.. items.Select(map)];

    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(item => (JsonNode?)JsonValue.Create(item))];
}
