namespace Geopolitics.Model.Datasets.Tests;

/// <summary>
/// A fact that needs a file from <c>../shared/datasets/</c> (too large to copy into the repository); it is skipped,
/// saying where the file was looked for, when the file is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatasetFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="relativePath">The file's path under <c>../shared/datasets/</c>, for example <c>atop/v5.1/atop5_1sy.csv</c>.</param>
    public DatasetFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (DatasetFiles.Shared(relativePath) is null)
        {
            Skip = $"Dataset file not found at {DatasetFiles.SharedLocation(relativePath)}; this test runs where ../shared/datasets is present (as in CI).";
        }
    }

    /// <summary>The file's path under <c>../shared/datasets/</c>.</summary>
    public string RelativePath { get; }
}
