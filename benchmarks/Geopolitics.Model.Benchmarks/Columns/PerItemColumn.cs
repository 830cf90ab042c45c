using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Geopolitics.Model.Benchmarks.Columns;

/// <summary>
/// A column dividing the mean time or the bytes allocated per operation by the value of a size parameter, so that a
/// report shows the cost per transfer and whether it stays flat as the size grows.
/// </summary>
/// <param name="parameter">The name of the size parameter (for example <c>Transfers</c>).</param>
/// <param name="bytes">Whether the column shows bytes (otherwise nanoseconds).</param>
public sealed class PerItemColumn(string parameter, bool bytes) : IColumn
{
    /// <inheritdoc/>
    public string Id => $"{nameof(PerItemColumn)}.{parameter}.{(bytes ? "bytes" : "ns")}";

    /// <inheritdoc/>
    public string ColumnName => $"{(bytes ? "B" : "ns")}/{Singular(parameter)}";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => bytes ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => $"{(bytes ? "Bytes allocated" : "Mean time in nanoseconds")} per operation divided by {parameter}";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters[parameter] is not { } size)
        {
            return "-";
        }

        var count = Convert.ToDouble(size, CultureInfo.InvariantCulture);
        double? value = bytes
            ? report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? allocated / count : null
            : report.ResultStatistics is { } statistics ? statistics.Mean / count : null;
        return value is { } v ? v.ToString(v < 100 ? "0.00" : "0", CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    private static string Singular(string name) =>
        name.EndsWith('s') ? name[..^1].ToLowerInvariant() : name.ToLowerInvariant();
}

/// <summary>Adds the per-transfer time and allocation columns to a class with a <c>Transfers</c> size parameter.</summary>
public sealed class PerTransferConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public PerTransferConfig()
    {
        AddColumn(new PerItemColumn("Transfers", bytes: false), new PerItemColumn("Transfers", bytes: true));
    }
}
