namespace Geopolitics.Model.Datasets.Unga;

/// <summary>How <see cref="UngaImporter"/> reads the voting data.</summary>
public sealed record UngaImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="strict">Whether the first rejected row fails the whole import; by default rejected rows are reported and the import goes on.</param>
    /// <param name="rollCallsPath">The 2021 release's roll-call file, or <see langword="null"/> for <c>un_roll_calls.csv</c> (or <c>.csv.gz</c>) beside the votes.</param>
    /// <param name="issuesPath">The 2021 release's issue file, or <see langword="null"/> for <c>un_roll_call_issues.csv</c> (or <c>.csv.gz</c>) beside the votes.</param>
    public UngaImportOptions(bool strict = false, string? rollCallsPath = null, string? issuesPath = null)
    {
        Strict = strict;
        RollCallsPath = rollCallsPath;
        IssuesPath = issuesPath;
    }

    /// <summary>The defaults: report rejected rows and go on; the 2021 side files beside the votes.</summary>
    public static UngaImportOptions Default { get; } = new();

    /// <summary>Whether the first rejected row fails the whole import.</summary>
    public bool Strict { get; }

    /// <summary>The 2021 release's roll-call file, or <see langword="null"/> for the one beside the votes.</summary>
    public string? RollCallsPath { get; }

    /// <summary>The 2021 release's issue file, or <see langword="null"/> for the one beside the votes.</summary>
    public string? IssuesPath { get; }
}
