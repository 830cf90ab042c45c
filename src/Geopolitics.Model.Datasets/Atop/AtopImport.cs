using System.Collections.Immutable;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// What <see cref="AtopImporter"/> read: the scenario (one treaty per alliance phase), the ATOP version, the rows it
/// rejected and why, the rows imported with a caveat, and the row counts of each file.
/// </summary>
public sealed class AtopImport
{
    internal AtopImport(
        Scenario? scenario,
        AtopVersion? version,
        DatasetRowCounts members,
        DatasetRowCounts? alliances,
        ImmutableArray<ModelError> rejected,
        ImmutableArray<ModelError> notes)
    {
        Scenario = scenario;
        Version = version;
        Members = members;
        Alliances = alliances;
        Rejected = rejected;
        Notes = notes;
    }

    /// <summary>The imported scenario, or <see langword="null"/> when the import failed (an unreadable file, a missing column, or a rejected row in strict mode).</summary>
    public Scenario? Scenario { get; }

    /// <summary>Whether a scenario was imported.</summary>
    public bool Succeeded => Scenario is not null;

    /// <summary>The ATOP version read from the files (or given in the options), or <see langword="null"/> when it is not known.</summary>
    public AtopVersion? Version { get; }

    /// <summary>The row counts of the member-level file.</summary>
    public DatasetRowCounts Members { get; }

    /// <summary>The row counts of the alliance-level file, or <see langword="null"/> when none was given.</summary>
    public DatasetRowCounts? Alliances { get; }

    /// <summary>The rejected rows (and file-level failures), each with its file, line, row, column and reason, in file order.</summary>
    public ImmutableArray<ModelError> Rejected { get; }

    /// <summary>Rows imported with a caveat (a member kept under an ATOP-only id, a member with several spells), in file order.</summary>
    public ImmutableArray<ModelError> Notes { get; }

    /// <summary>The counts, for diagnostics.</summary>
    /// <returns>For example <c>ATOP 5.1 (to 2018-12-31): atop5_1m.csv: 2510 read, 2509 imported, 1 rejected</c>.</returns>
    public override string ToString() =>
        $"{Version?.ToString() ?? "ATOP (version unknown)"}: {Members}{(Alliances is { } a ? "; " + a : string.Empty)}{(Succeeded ? string.Empty : "; failed")}";
}
