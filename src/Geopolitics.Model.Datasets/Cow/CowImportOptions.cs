namespace Geopolitics.Model.Datasets.Cow;

/// <summary>How <see cref="CowAllianceImporter"/> reads the COW file.</summary>
/// <param name="Strict">Whether the first rejected row fails the whole import (no scenario is returned); by default rejected rows are reported and the import goes on.</param>
public sealed record CowImportOptions(bool Strict = false)
{
    /// <summary>The defaults: report rejected rows and go on.</summary>
    public static CowImportOptions Default { get; } = new();
}
