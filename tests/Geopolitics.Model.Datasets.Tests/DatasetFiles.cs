namespace Geopolitics.Model.Datasets.Tests;

/// <summary>Finds the data files the tests read: small copies under <c>data/</c>, large ones in the shared datasets folder.</summary>
internal static class DatasetFiles
{
    private static readonly Lazy<string?> SharedRoot = new(FindSharedRoot);

    /// <summary>The path of a file copied into the test project's <c>data/</c> folder.</summary>
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>
    /// The path of a file in the shared datasets folder (<c>../shared/datasets</c> beside the folder holding
    /// Geopolitics.Model.sln), or the path it would have when the folder is absent.
    /// </summary>
    public static string Shared(string relativePath) =>
        Path.Combine(SharedRoot.Value ?? Path.Combine(AppContext.BaseDirectory, "shared-datasets-not-found"), relativePath);

    /// <summary>Whether a shared dataset file is present.</summary>
    public static bool HasShared(string relativePath) => SharedRoot.Value is not null && File.Exists(Shared(relativePath));

    private static string? FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Geopolitics.Model.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
