namespace Geopolitics.Model.Datasets.Tests;

/// <summary>Where the tests find dataset files: copies under <c>data/</c>, and the larger shared files next to the repository.</summary>
internal static class DatasetFiles
{
    private static readonly Lazy<string?> SharedRoot = new(FindSharedRoot);

    /// <summary>A file copied into the test project's <c>data/</c> folder.</summary>
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>The path of a file under <c>../shared/datasets/</c> beside the repository, or <see langword="null"/> when it is absent.</summary>
    public static string? Shared(string relative)
    {
        if (SharedRoot.Value is not { } root)
        {
            return null;
        }

        var path = Path.Combine(root, relative);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Where a shared file is looked for, for skip messages.</summary>
    public static string SharedLocation(string relative) =>
        SharedRoot.Value is { } root ? Path.Combine(root, relative) : $"../shared/datasets/{relative} beside the folder holding Geopolitics.Model.sln (not found above {AppContext.BaseDirectory})";

    private static string? FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Geopolitics.Model.sln")))
            {
                return dir.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "datasets") : null;
            }
        }

        return null;
    }
}
