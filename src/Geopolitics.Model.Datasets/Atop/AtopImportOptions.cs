namespace Geopolitics.Model.Datasets.Atop;

/// <summary>How <see cref="AtopImporter"/> reads the ATOP files.</summary>
/// <param name="Strict">Whether the first rejected row fails the whole import (no scenario is returned); by default rejected rows are reported and the import goes on.</param>
/// <param name="KeepUnlistedMembers">
/// Whether a member code outside the COW state list (ATOP's 8152, Annam) is kept as a party under an ATOP-only actor id
/// (<c>ATOP-8152</c>) and reported as a note, instead of being rejected. ATOP's state-year table keeps the alliance of
/// such a member for its other members (France's alliance 1320 in 1874–1883), so the tables need it; by default the
/// row is rejected, and an alliance left with one member is rejected with it.
/// </param>
/// <param name="Version">The version to assume, overriding the files' <c>version</c> column (needed for a version whose coverage the library does not know); <see langword="null"/> to read it from the files.</param>
public sealed record AtopImportOptions(bool Strict = false, bool KeepUnlistedMembers = false, AtopVersion? Version = null)
{
    /// <summary>The defaults: report rejected rows and go on; reject members outside the COW state list; read the version from the files.</summary>
    public static AtopImportOptions Default { get; } = new();

    /// <summary>The options under which the imported scenario reproduces ATOP's state-year table: members outside the COW state list kept (and left out of the tables).</summary>
    public static AtopImportOptions ForTables { get; } = new(KeepUnlistedMembers: true);
}
