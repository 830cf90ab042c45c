using System.Globalization;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Datasets;

/// <summary>How many data rows of one file an import read, imported and rejected.</summary>
/// <remarks>
/// A row is imported when its facts are in the imported scenario, and rejected when they are not (each rejected row
/// has a <see cref="Errors.ModelError"/> saying why). Rows imported with a caveat count as imported. When a strict
/// import fails, nothing is imported.
/// </remarks>
public readonly record struct DatasetRowCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="file">The file's name or path, as given to the importer.</param>
    /// <param name="read">The data rows read (the header is not counted).</param>
    /// <param name="imported">The rows whose facts are in the scenario.</param>
    /// <param name="rejected">The rows rejected.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="imported"/> plus <paramref name="rejected"/> exceeds <paramref name="read"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    public DatasetRowCounts(string file, int read, int imported, int rejected)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfNegative(read);
        ArgumentOutOfRangeException.ThrowIfNegative(imported);
        ArgumentOutOfRangeException.ThrowIfNegative(rejected);
        if (imported + rejected > read)
        {
            throw new ArgumentOutOfRangeException(nameof(imported), imported, $"Imported ({imported}) plus rejected ({rejected}) rows cannot exceed the rows read ({read}).");
        }

        File = file;
        Read = read;
        Imported = imported;
        Rejected = rejected;
    }

    /// <summary>The file's name or path, as given to the importer.</summary>
    public string File { get; }

    /// <summary>The data rows read (the header is not counted).</summary>
    public int Read { get; }

    /// <summary>The rows whose facts are in the scenario.</summary>
    public int Imported { get; }

    /// <summary>The rows rejected.</summary>
    public int Rejected { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>atop5_1m.csv: 2510 read, 2509 imported, 1 rejected</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}: {Read} read, {Imported} imported, {Rejected} rejected");
}
