using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Geopolitics.Model.Cli;

/// <summary>
/// Where the tool's start-up time goes: with <c>GEOPOLITICS_TIMING=1</c> in the environment, each mark prints to
/// standard error the milliseconds since the process started and the methods JIT-compiled so far (none in the Native
/// AOT build). Off by default, it costs one environment read (docs/performance.md).
/// </summary>
internal static class StartupTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GEOPOLITICS_TIMING") == "1";

    /// <summary>Prints the time since the process started, with a label, when timing is on.</summary>
    public static void Mark(string label)
    {
        if (Enabled)
        {
            var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"timing: {elapsed.TotalMilliseconds,6:F0} ms, {JitInfo.GetCompiledMethodCount(),5} methods JIT-compiled in {JitInfo.GetCompilationTime().TotalMilliseconds,4:F0} ms: {label}"));
        }
    }
}
