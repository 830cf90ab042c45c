namespace Geopolitics.Model.Datasets.Tests;

/// <summary>
/// A fact that needs files from the shared datasets folder (<c>../shared/datasets</c>); it is skipped, saying which
/// file is missing and where it was looked for, when they are absent. CI has the folder, so these tests run there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatasetFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="relativePaths">The files the test reads, relative to the shared datasets folder.</param>
    public DatasetFactAttribute(params string[] relativePaths)
    {
        RelativePaths = relativePaths;
        var missing = relativePaths.Where(path => !DatasetFiles.HasShared(path)).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"Shared dataset file(s) not found: {string.Join(", ", missing.Select(DatasetFiles.Shared))}; " +
                   "this test runs where ../shared/datasets is present beside the repository (as in CI).";
        }
    }

    /// <summary>The files the test reads.</summary>
    public IReadOnlyList<string> RelativePaths { get; }
}
