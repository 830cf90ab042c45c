using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Builds the JSON paths that locate errors in a scenario file (<c>$.treaties[0].parties[1].consent.date</c>) and
/// converts the validators' C# property paths (<c>Treaties[0].Parties[1].Consent.Date</c>) to them.
/// </summary>
/// <remarks>
/// The file format names every member after the C# property it holds, in camelCase, so the conversion is mechanical.
/// Names that are not plain identifiers (only unknown members can have them) use bracket notation: <c>$['a b']</c>.
/// </remarks>
internal static partial class JsonPath
{
    /// <summary>The path of the document's root value.</summary>
    public const string Root = "$";

    /// <summary>The path of member <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of element <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>The path of the value that contains the one at <paramref name="path"/>, or <see langword="null"/> for the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= Root.Length)
        {
            return null;
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            // Inside a bracketed name every quote is escaped, so the last "['" starts the segment.
            return path[..path.LastIndexOf("['", StringComparison.Ordinal)];
        }

        var cut = path[^1] == ']' ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? Root : path[..cut];
    }

    /// <summary>
    /// Converts a validator's property path (<c>Treaties[0].Parties[1].Consent</c>) to a JSON path
    /// (<c>$.treaties[0].parties[1].consent</c>); an empty path is the root.
    /// </summary>
    public static string FromModelPath(string? modelPath)
    {
        if (string.IsNullOrEmpty(modelPath))
        {
            return Root;
        }

        var text = new StringBuilder(Root, modelPath.Length + 8);
        foreach (var segment in modelPath.Split('.'))
        {
            text.Append('.');
            if (segment.Length > 0)
            {
                text.Append(char.ToLowerInvariant(segment[0])).Append(segment, 1, segment.Length - 1);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Rewrites the C# property paths a validator quoted in <paramref name="message"/> as JSON paths. The quoted path
    /// that ends <paramref name="modelPath"/> tells which prefix the validator left out; other quoted paths (those with
    /// a dot or an index, so that an id in quotes is never mistaken for one) share that prefix.
    /// </summary>
    public static string RewriteMessage(string message, string modelPath, Func<string, string> toJsonPath)
    {
        var matches = QuotedModelPath().Matches(message);
        string? prefix = null;
        foreach (Match match in matches)
        {
            var quoted = match.Groups[1].Value;
            if (modelPath == quoted)
            {
                prefix = string.Empty;
                break;
            }

            if (modelPath.EndsWith("." + quoted, StringComparison.Ordinal))
            {
                prefix = modelPath[..^quoted.Length];
                break;
            }
        }

        if (prefix is null)
        {
            return message;
        }

        return QuotedModelPath().Replace(message, match =>
        {
            var quoted = match.Groups[1].Value;
            var isPath = modelPath.EndsWith(quoted, StringComparison.Ordinal) || quoted.Contains('.', StringComparison.Ordinal) || quoted.Contains('[', StringComparison.Ordinal);
            return isPath ? $"'{toJsonPath(prefix + quoted)}'" : match.Value;
        });
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }

    // A C# property path: segments of a capital and at least one lower-case letter, each with optional indices.
    [GeneratedRegex(@"'((?:[A-Z][a-z][A-Za-z]*(?:\[\d+\])*)(?:\.[A-Z][a-z][A-Za-z]*(?:\[\d+\])*)*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedModelPath();
}
