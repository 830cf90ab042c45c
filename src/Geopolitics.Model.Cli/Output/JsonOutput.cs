using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Geopolitics.Model.Cli.Output;

/// <summary>Writes the json output format: indented, with non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// The name of an enum value in the scenario file's vocabulary, as the library writes it there: the member's name
    /// with its first letter in lower case (<c>armedAttack</c>, <c>reported</c>, <c>inForce</c>).
    /// </summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, JsonNode node) => writer.WriteLine(node.ToJsonString(Options));

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => [.. items.Select(map)];

    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(item => (JsonNode?)JsonValue.Create(item))];
}
