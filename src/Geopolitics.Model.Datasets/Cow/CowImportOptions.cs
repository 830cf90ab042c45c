namespace Geopolitics.Model.Datasets.Cow;

/// <summary>How <see cref="CowAllianceImporter"/> reads the COW file.</summary>
public sealed record CowImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="strict">Whether the first rejected row fails the whole import (no scenario is returned); by default rejected rows are reported and the import goes on.</param>
    public CowImportOptions(bool strict = false) => Strict = strict;

    /// <summary>The defaults: report rejected rows and go on.</summary>
    public static CowImportOptions Default { get; } = new();

    /// <summary>Whether the first rejected row fails the whole import.</summary>
    public bool Strict { get; }
}
