namespace Geopolitics.Model.Tests;

/// <summary>The repository the tests run from: the folder above the test assembly that holds the solution.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Geopolitics.Model.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Geopolitics.Model.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootFolder.Value;
}
