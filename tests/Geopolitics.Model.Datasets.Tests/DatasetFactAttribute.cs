namespace Geopolitics.Model.Datasets.Tests;

/// <summary>
/// A fact that reads a file of the shared datasets folder (<c>../shared/datasets/</c> beside the repository) and is
/// skipped, saying so, when that file is absent. xunit 2 has no dynamic skip, so the attribute decides when it is
/// constructed.
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
            Skip = $"Shared dataset file(s) not found: {string.Join(", ", missing.Select(DatasetFiles.Shared))}.";
        }
    }

    /// <summary>The files the test reads.</summary>
    public IReadOnlyList<string> RelativePaths { get; }
}
