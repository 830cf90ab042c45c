namespace Geopolitics.Model.Benchmarks.Data;

/// <summary>Where the repository and the shared real datasets are, found from where the benchmark runs.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>Geopolitics.Model.sln</c>, found by walking up from the running assembly's folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above holds the solution.</exception>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared datasets, beside the repository: <c>../shared/datasets</c>.</summary>
    public static string Datasets => Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));

    /// <summary>A file of the shared datasets.</summary>
    /// <param name="relative">Its path under the datasets folder, for example <c>atop/v5.1/atop5_1m.csv</c>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="FileNotFoundException">The file is not there.</exception>
    public static string Dataset(string relative)
    {
        var path = Path.Combine(Datasets, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The dataset file is missing (the shared datasets sit beside the repository).", path);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Geopolitics.Model.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds Geopolitics.Model.sln.");
    }
}
