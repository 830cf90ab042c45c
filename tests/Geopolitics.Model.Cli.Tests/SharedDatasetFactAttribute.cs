namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// A fact that reads files from the shared datasets folder (<c>../shared/datasets</c> beside the repository); it is
/// skipped, naming the missing file, when they are absent. CI has the folder, so these tests run there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDatasetFactAttribute : FactAttribute
{
    public SharedDatasetFactAttribute(params string[] relativePaths)
    {
        var missing = relativePaths.Where(path => !File.Exists(Path(path))).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"Shared dataset file(s) not found: {string.Join(", ", missing.Select(Path))}; this test runs where ../shared/datasets is present (as in CI).";
        }
    }

    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Geopolitics.Model.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "datasets", relative));
            }
        }

        return System.IO.Path.Combine(AppContext.BaseDirectory, "shared-datasets-not-found", relative);
    }
}
