using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Datasets;

/// <summary>Reads the paths the scenario validator gives its errors, so that an importer can reject the rows behind a treaty.</summary>
internal static class ScenarioPaths
{
    /// <summary>The index of the treaty an error path points into (<c>Treaties[3].Parties[0]</c> gives 3), or <see langword="null"/>.</summary>
    public static int? TreatyIndex(ErrorPath? path) =>
        path is { Segments: [{ Kind: PathSegmentKind.Member, Name: "Treaties" }, { Kind: PathSegmentKind.Element } treaty, ..] } ? treaty.Index : null;
}
