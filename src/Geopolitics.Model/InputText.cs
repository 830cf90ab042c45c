using System.Globalization;
using System.Text;

namespace Geopolitics.Model;

/// <summary>
/// Text from an input file or the command line as an error message quotes it: on one line, so that one error stays one
/// line whatever the input holds, and short, so that a hostile file cannot make its errors as large as itself.
/// </summary>
internal static class InputText
{
    /// <summary>
    /// The text with every character that would break a line or a terminal written as an escape: <c>\n</c>, <c>\r</c>,
    /// <c>\t</c>, and <c>\uXXXX</c> for the other C0 and C1 controls, DEL, the Unicode line and paragraph separators
    /// and the noncharacters U+FFFE and U+FFFF. The same text when there is none.
    /// </summary>
    public static string Escaped(ReadOnlySpan<char> text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text.ToString();
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text[..first]);
        foreach (var c in text[first..])
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when IsUnsafe(c) => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>The text escaped as <see cref="Escaped"/> does, cut to its first characters and its length when longer than <paramref name="max"/>.</summary>
    public static string Shortened(ReadOnlySpan<char> text, int max) =>
        text.Length <= max
            ? Escaped(text)
            : string.Create(CultureInfo.InvariantCulture, $"{Escaped(text[..(max - 16)])}… ({text.Length} characters)");

    /// <summary>Whether a character would break the line of an error message or act on a terminal.</summary>
    public static bool IsUnsafe(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';

    private static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
