using System.Globalization;

namespace Geopolitics.Model.Datasets;

/// <summary>Reads back the paths the scenario validator gives its errors, so that an importer can reject the rows behind a treaty.</summary>
internal static class ScenarioPaths
{
    /// <summary>The index of the treaty an error path points into (<c>Treaties[3].Parties[0]</c> gives 3), or <see langword="null"/>.</summary>
    public static int? TreatyIndex(string? path)
    {
        const string Prefix = "Treaties[";
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var close = path.IndexOf(']', StringComparison.Ordinal);
        return close > Prefix.Length && int.TryParse(path.AsSpan(Prefix.Length, close - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }
}
