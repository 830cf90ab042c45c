using System.Collections.Immutable;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using NodaTime;

namespace Geopolitics.Model.Datasets.Cow;

/// <summary>
/// What <see cref="CowAllianceImporter"/> read: the scenario (one treaty per COW alliance), the rows it rejected and
/// why, the rows imported with a caveat (censoring, blank flags, labels that disagree with flags, separate spells), and
/// the row counts.
/// </summary>
public sealed class CowImport
{
    internal CowImport(Scenario? scenario, DatasetRowCounts rows, ImmutableArray<ModelError> rejected, ImmutableArray<ModelError> notes)
    {
        Scenario = scenario;
        Rows = rows;
        Rejected = rejected;
        Notes = notes;
    }

    /// <summary>The last day COW Formal Alliances v4.1 covers: a membership with no end was still running on it.</summary>
    public static LocalDate CoverageEnd { get; } = new(2012, 12, 31);

    /// <summary>The imported scenario, or <see langword="null"/> when the import failed (an unreadable file, a missing column, or a rejected row in strict mode).</summary>
    public Scenario? Scenario { get; }

    /// <summary>Whether a scenario was imported.</summary>
    public bool Succeeded => Scenario is not null;

    /// <summary>The row counts of the file.</summary>
    public DatasetRowCounts Rows { get; }

    /// <summary>The rejected rows (and file-level failures), each with its file, line, row, column and reason, in file order.</summary>
    public ImmutableArray<ModelError> Rejected { get; }

    /// <summary>Rows imported with a caveat, in file order.</summary>
    public ImmutableArray<ModelError> Notes { get; }

    /// <summary>The counts, for diagnostics.</summary>
    /// <returns>For example <c>COW Formal Alliances v4.1: alliance_v4.1_by_member.csv: 1221 read, 1221 imported, 0 rejected</c>.</returns>
    public override string ToString() => $"COW Formal Alliances v4.1: {Rows}{(Succeeded ? string.Empty : "; failed")}";
}
