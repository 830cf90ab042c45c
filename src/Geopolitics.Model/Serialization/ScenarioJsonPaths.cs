using System.Text.Json;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Maps the validators' paths, which run through the model (<c>Treaties[0].Parties[1].Consent</c>), to paths in the file
/// that was read (<c>$.treaties[0].parties[1].consent</c>), segment by segment. The file names every member after the
/// C# property it holds, in camelCase; the model's order differs from the file's in two places: a group target's
/// actors are sorted by the model, and the stances read from the compact <c>votes</c> form follow the listed ones.
/// </summary>
internal static class ScenarioJsonPaths
{
    /// <summary>The path, in the file read by <paramref name="reader"/>, of the model path <paramref name="modelPath"/>.</summary>
    public static ErrorPath ToDocument(ErrorPath modelPath, ScenarioJsonReader reader, JsonElement root)
    {
        var segments = modelPath.Segments;
        if (segments.Length >= 2 && IsMember(segments[0], "Stances") && segments[1].Kind == PathSegmentKind.Element)
        {
            var stance = segments[1].Index;
            if (segments.Length == 5 && IsMember(segments[2], "Target") && IsMember(segments[3], "Actors") && segments[4].Kind == PathSegmentKind.Element &&
                stance < reader.Stances.Length && reader.Stances[stance].Target is ActorsTarget group && segments[4].Index < group.Actors.Length &&
                FileIndex(root, stance, group.Actors[segments[4].Index].Value) is { } inFile)
            {
                return ErrorPath.DocumentRoot.Member("stances").Element(stance).Member("target").Member("actors").Element(inFile);
            }

            // A stance read from the compact votes form: its holder, id, position and vote are its list entry; its target
            // and evidence the group's.
            if (stance - reader.ListedStances is var vote && vote >= 0 && vote < reader.VoteOrigins.Count)
            {
                var (votes, entry) = reader.VoteOrigins[vote];
                return segments.Length > 2 && (IsMember(segments[2], "Target") || IsMember(segments[2], "Evidence"))
                    ? Append(votes, segments.AsSpan()[2..])
                    : entry;
            }
        }

        return Append(ErrorPath.DocumentRoot, segments.AsSpan());
    }

    private static ErrorPath Append(ErrorPath path, ReadOnlySpan<PathSegment> modelSegments)
    {
        foreach (var segment in modelSegments)
        {
            path = segment.Kind switch
            {
                PathSegmentKind.Member => path.Member(JsonEnums.CamelCase(segment.Name)),
                PathSegmentKind.Element => path.Element(segment.Index),
                _ => path.Key(segment.Name),
            };
        }

        return path;
    }

    private static bool IsMember(PathSegment segment, string name) =>
        segment.Kind == PathSegmentKind.Member && segment.Name == name;

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
}
