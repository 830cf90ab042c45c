using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Converts the validators' paths to paths in the file that was read, for the few places where the model's order is
/// not the file's: a place's regions are validated as one list (wholly, then partly in), and a group target's actors
/// are sorted by the model.
/// </summary>
internal static partial class ScenarioJsonPaths
{
    /// <summary>The JSON path, in the file read by <paramref name="reader"/>, of a validator's property path.</summary>
    public static string FromModelPath(string modelPath, ScenarioJsonReader reader, JsonElement root)
    {
        if (PlaceRegion().Match(modelPath) is { Success: true } region)
        {
            var place = int.Parse(region.Groups[1].Value, CultureInfo.InvariantCulture);
            var index = int.Parse(region.Groups[2].Value, CultureInfo.InvariantCulture);
            var wholly = place < reader.Places.Length ? reader.Places[place].Regions.Length : int.MaxValue;
            var member = index < wholly ? "regions" : "partlyIn";
            return JsonPath.Index(JsonPath.Property(JsonPath.Index("$.places", place), member), index < wholly ? index : index - wholly);
        }

        if (GroupTargetActor().Match(modelPath) is { Success: true } target)
        {
            var stance = int.Parse(target.Groups[1].Value, CultureInfo.InvariantCulture);
            var index = int.Parse(target.Groups[2].Value, CultureInfo.InvariantCulture);
            if (stance < reader.Stances.Length && reader.Stances[stance].Target is ActorsTarget group && index < group.Actors.Length &&
                FileIndex(root, stance, group.Actors[index].Value) is { } inFile)
            {
                return JsonPath.Index(JsonPath.Index("$.stances", stance) + ".target.actors", inFile);
            }
        }

        if (ListedStance().Match(modelPath) is { Success: true } voted &&
            int.Parse(voted.Groups[1].Value, CultureInfo.InvariantCulture) - reader.ListedStances is var vote && vote >= 0 && vote < reader.VoteOrigins.Count)
        {
            // A stance read from the compact votes form: its holder, id, position and vote are its list entry; its target
            // and evidence the group's.
            var (group, entry) = reader.VoteOrigins[vote];
            var member = voted.Groups[2].Value;
            return member.StartsWith("Target", StringComparison.Ordinal) || member.StartsWith("Evidence", StringComparison.Ordinal)
                ? group + JsonPath.FromModelPath(member)[1..]
                : entry;
        }

        return JsonPath.FromModelPath(modelPath);
    }

    private static int? FileIndex(JsonElement root, int stance, string actor)
    {
        var actors = root.GetProperty("stances")[stance].GetProperty("target").GetProperty("actors");
        var index = 0;
        foreach (var item in actors.EnumerateArray())
        {
            if (item.ValueEquals(actor))
            {
                return index;
            }

            index++;
        }

        return null;
    }

    [GeneratedRegex(@"^Places\[(\d+)\]\.Regions\[(\d+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceRegion();

    [GeneratedRegex(@"^Stances\[(\d+)\]\.Target\.Actors\[(\d+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupTargetActor();

    [GeneratedRegex(@"^Stances\[(\d+)\]\.?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedStance();
}
