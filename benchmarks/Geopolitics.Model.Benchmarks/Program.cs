using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace Geopolitics.Model.Benchmarks;

/// <summary>The entry point: BenchmarkDotNet's switcher over every benchmark class of this assembly.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line (for example <c>--filter '*' --job short</c>). Besides
    /// BenchmarkDotNet's default reports, each class writes a brief JSON report (<c>*-report-brief.json</c>), which
    /// the chart program (<c>benchmarks/Geopolitics.Model.Benchmarks.Charts</c>) reads.
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    /// <returns>0 when every benchmark ran; 1 when one failed (an exception, an invalid setup), so that CI notices.</returns>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddExporter(JsonExporter.Brief)).ToList();
        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length < s.BenchmarksCases.Length).ToList();
        foreach (var summary in failed)
        {
            Console.Error.WriteLine($"Failed: {summary.Title}");
        }

        return failed.Count == 0 ? 0 : 1;
    }
}
