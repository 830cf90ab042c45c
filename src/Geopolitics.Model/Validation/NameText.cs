using System.Globalization;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Validation;

/// <summary>
/// The rule for names that every output shows (text tables, JSON, DOT, Mermaid, GraphML, CSV): at least one visible
/// character, and no character that a writer cannot carry or that would act on a terminal (<see cref="ErrorCodes.InvalidName"/>).
/// </summary>
internal static class NameText
{
    /// <summary>What is wrong with a name, or <see langword="null"/> when it is usable.</summary>
    public static string? Problem(string name)
    {
        var visible = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                visible = true;
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a lone surrogate (U+{(int)c:X4}) at position {i + 1}, which is not a character");
            }

            if (InputText.IsUnsafe(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds the control character U+{(int)c:X4} at position {i + 1}, which XML (GraphML) cannot carry and a terminal would act on");
            }

            visible |= !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
        }

        return visible ? null : "has no visible character (only spaces or invisible format characters such as U+200B)";
    }
}
