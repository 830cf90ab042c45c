using System.Globalization;
using NodaTime;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// A release of the ATOP data: its name as the files write it in their <c>version</c> column (<c>5.1</c>) and the last
/// day it covers. A member whose exit is coded 0 was still in the alliance on <see cref="CoverageEnd"/>.
/// </summary>
public sealed record AtopVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="name">The version as the files write it, for example <c>5.1</c>.</param>
    /// <param name="coverageEnd">The last day the data cover.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public AtopVersion(string name, LocalDate coverageEnd)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        CoverageEnd = coverageEnd;
    }

    /// <summary>ATOP 5.1 (codebook of 9 August 2022), data through 31 December 2018.</summary>
    public static AtopVersion V51 { get; } = new("5.1", new LocalDate(2018, 12, 31));

    /// <summary>ATOP 4.01, data through 31 December 2016.</summary>
    public static AtopVersion V401 { get; } = new("4.01", new LocalDate(2016, 12, 31));

    /// <summary>The version as the files write it in their <c>version</c> column.</summary>
    public string Name { get; }

    /// <summary>The last day the data cover (included).</summary>
    public LocalDate CoverageEnd { get; }

    /// <summary>Finds a known version by the name the files write.</summary>
    /// <param name="name">The <c>version</c> cell, for example <c>5.1</c> or <c>4.01</c>.</param>
    /// <returns>The version, or <see langword="null"/> when its coverage is not known to the library.</returns>
    public static AtopVersion? FromName(string? name) => name?.Trim() switch
    {
        "5.1" => V51,
        "4.01" => V401,
        _ => null,
    };

    /// <summary>The name and coverage end, for diagnostics.</summary>
    /// <returns>For example <c>ATOP 5.1 (to 2018-12-31)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ATOP {Name} (to {CoverageEnd:uuuu'-'MM'-'dd})");
}
