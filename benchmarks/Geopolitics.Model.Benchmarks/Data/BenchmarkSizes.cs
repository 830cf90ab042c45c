namespace Geopolitics.Model.Benchmarks.Data;

/// <summary>
/// The sizes of the generated data. With the environment variable <c>GEOPOLITICS_BENCHMARKS_SMOKE=1</c> (set by CI's dry
/// run, whose purpose is to prove that every benchmark still runs, not to measure) every count of facts is divided by
/// a thousand, so the whole suite runs in a minute or two.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>Whether the suite runs on shrunk data.</summary>
    public static bool Smoke { get; } = Environment.GetEnvironmentVariable("GEOPOLITICS_BENCHMARKS_SMOKE") == "1";

    /// <summary>A count of facts: <paramref name="full"/>, or a thousandth of it (at least 10) in smoke mode.</summary>
    /// <param name="full">The count measured.</param>
    /// <returns>The count to generate.</returns>
    public static int Facts(int full) => Smoke ? Math.Max(10, full / 1000) : full;
}
