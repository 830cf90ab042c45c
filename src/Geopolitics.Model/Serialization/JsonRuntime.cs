using System.Text.Json;
#if NET9_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Geopolitics.Model.Serialization;

/// <summary>
/// The few System.Text.Json facilities that arrived after .NET 8, for both targets: on .NET 9 and later each is the
/// runtime's own; on .NET 8 each is computed from what that release offers, with the same answers and more work.
/// The only place where the library's code differs between its targets.
/// </summary>
internal static class JsonRuntime
{
    /// <summary>
    /// Whether <see cref="RawValue"/> reads the document's bytes in place (on .NET 8 it makes a copy, so that a cache
    /// keyed by them would cost more than it saves).
    /// </summary>
#if NET9_0_OR_GREATER
    public const bool HasRawValues = true;
#else
    public const bool HasRawValues = false;
#endif

    /// <summary>
    /// The UTF-8 text of <paramref name="element"/> as written in the document (a string with its quotes and escape
    /// sequences).
    /// </summary>
    public static ReadOnlySpan<byte> RawValue(JsonElement element)
    {
#if NET9_0_OR_GREATER
        return JsonMarshal.GetRawUtf8Value(element);
#else
        return System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
#endif
    }

    /// <summary>
    /// The UTF-8 name of <paramref name="property"/>: as written in the document on .NET 9 and later; on .NET 8, which
    /// does not expose it, the unescaped name (callers compare names, so both give the same answers).
    /// </summary>
    public static ReadOnlySpan<byte> RawName(JsonProperty property)
    {
#if NET9_0_OR_GREATER
        return JsonMarshal.GetRawUtf8PropertyName(property);
#else
        return System.Text.Encoding.UTF8.GetBytes(property.Name);
#endif
    }

    /// <summary>The number of members of the object <paramref name="element"/>.</summary>
    public static int PropertyCount(JsonElement element)
    {
#if NET9_0_OR_GREATER
        return element.GetPropertyCount();
#else
        var count = 0;
        foreach (var _ in element.EnumerateObject())
        {
            count++;
        }

        return count;
#endif
    }

    /// <summary>
    /// <paramref name="written"/> with every line ended by a line feed. .NET 9 and later write it so (the writer's
    /// options say <c>NewLine = "\n"</c>); .NET 8's writer ends lines with <see cref="Environment.NewLine"/>, so on
    /// Windows its carriage returns are removed here. JSON escapes a carriage return inside a string, so every one
    /// written as such is a line end.
    /// </summary>
    public static ReadOnlySpan<byte> LineFeeds(ReadOnlySpan<byte> written)
    {
#if NET9_0_OR_GREATER
        return written;
#else
        if (Environment.NewLine == "\n" || written.IndexOf((byte)'\r') < 0)
        {
            return written;
        }

        var text = new byte[written.Length];
        var length = 0;
        foreach (var b in written)
        {
            if (b != (byte)'\r')
            {
                text[length++] = b;
            }
        }

        return text.AsSpan(0, length);
#endif
    }
}
