namespace Geopolitics.Model.Datasets.Atop;

/// <summary>How <see cref="AtopImporter"/> reads the ATOP files.</summary>
public sealed record AtopImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="strict">Whether the first rejected row fails the whole import (no scenario is returned); by default rejected rows are reported and the import goes on.</param>
    /// <param name="keepUnlistedMembers">
    /// Whether a member code outside the COW state list (ATOP's 8152, Annam) is kept as a party under an ATOP-only actor
    /// id (<c>ATOP-8152</c>) and reported as a note, instead of being rejected. ATOP's state-year table keeps the
    /// alliance of such a member for its other members (France's alliance 1320 in 1874–1883), so the tables need it; by
    /// default the row is rejected, and an alliance left with one member is rejected with it.
    /// </param>
    /// <param name="version">The version to assume, overriding the files' <c>version</c> column (needed for a version whose coverage the library does not know); <see langword="null"/> to read it from the files.</param>
    public AtopImportOptions(bool strict = false, bool keepUnlistedMembers = false, AtopVersion? version = null)
    {
        Strict = strict;
        KeepUnlistedMembers = keepUnlistedMembers;
        Version = version;
    }

    /// <summary>The defaults: report rejected rows and go on; reject members outside the COW state list; read the version from the files.</summary>
    public static AtopImportOptions Default { get; } = new();

    /// <summary>The options under which the imported scenario reproduces ATOP's state-year table: members outside the COW state list kept (and left out of the tables).</summary>
    public static AtopImportOptions ForTables { get; } = new(keepUnlistedMembers: true);

    /// <summary>Whether the first rejected row fails the whole import.</summary>
    public bool Strict { get; }

    /// <summary>Whether a member code outside the COW state list is kept under an ATOP-only actor id instead of being rejected.</summary>
    public bool KeepUnlistedMembers { get; }

    /// <summary>The version to assume, or <see langword="null"/> to read it from the files.</summary>
    public AtopVersion? Version { get; }
}
