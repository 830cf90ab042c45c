using System.Diagnostics;
using System.Globalization;
using System.Text;
using Geopolitics.Model.Tests.Fuzzing;
using Xunit.Abstractions;
using static Geopolitics.Model.Datasets.Tests.Fuzzing.DatasetLoaders;

namespace Geopolitics.Model.Datasets.Tests.Fuzzing;

/// <summary>
/// Fuzzing of the ATOP, COW, SIPRI and UNGA importers for a bounded time each, with the seeded <see cref="FileMutator"/> in
/// its table mode over a corpus of each dataset's files in <c>data/</c> (the hand-made ones whole, the published
/// copies cut to their first rows). No exception may escape; every outcome must pass <see cref="DatasetLoaders.Problem"/>.
/// </summary>
/// <remarks>
/// <c>GEOPOLITICS_FUZZ_SECONDS</c> sets the time of each importer (default 5 s; CI sets 8) and
/// <c>GEOPOLITICS_FUZZ_SEED</c> the seed (default 20240619), as for the scenario file's fuzzing test.
/// </remarks>
public class DatasetFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeconds = 5;
    private const int DefaultSeed = 20240619;

    public static TheoryData<string> Loaders => ["atop", "cow", "sipri", "unga"];

    private static readonly Dictionary<string, (Func<byte[], bool, Outcome> Load, string[] Corpus)> Importers = new()
    {
        ["atop"] = ((bytes, strict) => DatasetLoaders.Atop(bytes, strict), ["atop/handmade/quirks-members.csv", "atop/handmade/bad-members.csv", "atop/handmade/codebook-1855.csv", "atop/v5.1/atop5_1m.csv", "atop/v4.01/atop-member-level.csv"]),
        ["cow"] = ((bytes, strict) => DatasetLoaders.Cow(bytes, strict), ["cow/handmade/quirks.csv", "cow/handmade/bad.csv", "cow/alliances_v4.1/alliance_v4.1_by_member.csv"]),
        ["sipri"] = ((bytes, strict) => DatasetLoaders.Sipri(bytes, strict), ["sipri/handmade/register_quirks.csv", "sipri/handmade/register_rejections.csv", "sipri/handmade/deliveries_2026.csv", "sipri/trade_register_2014_legacy/trade_register_report.csv", "sipri/tiv_export_tables_2022-07-28/TIV-Export-USA-1950-2021.csv"]),
        ["unga"] = ((bytes, strict) => DatasetLoaders.Unga(bytes, strict), ["unga/voeten-quirks.csv", "unga/voeten-bad.csv", "unga/un_votes.csv"]),
    };

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_MutatedCorpusForABoundedTime_NeverThrowsAndLocatesEveryError(string loader)
    {
        var seconds = Setting("GEOPOLITICS_FUZZ_SECONDS", DefaultSeconds);
        var seed = Setting("GEOPOLITICS_FUZZ_SEED", DefaultSeed);
        var (load, corpus) = Importers[loader];
        var mutator = new FileMutator(corpus.Select(Corpus), FileShape.Table);
        var findings = new List<string>();
        long index = 0, succeeded = 0, slowest = 0;
        var clock = Stopwatch.StartNew();
        for (; clock.Elapsed < TimeSpan.FromSeconds(seconds) && findings.Count < 20; index++)
        {
            var (bytes, how) = mutator.Input(seed, index);
            var started = clock.ElapsedMilliseconds;
            string? problem;
            try
            {
                var outcome = load(bytes, index % 2 == 1);
                succeeded += outcome.Succeeded ? 1 : 0;
                problem = Problem(outcome);
            }
            catch (Exception exception)
            {
                problem = $"{exception.GetType().Name}: {exception.Message.Split('\n')[0]} at {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
            }

            slowest = Math.Max(slowest, clock.ElapsedMilliseconds - started);
            if (problem is not null)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"geopolitics-fuzz-{loader}-{seed}-{index}.csv");
                File.WriteAllBytes(saved, bytes);
                findings.Add($"{loader}, seed {seed}, input {index} ({how}), saved as {saved}: {problem}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loader}: {index} inputs in {clock.Elapsed.TotalSeconds:F1} s (seed {seed}): {succeeded} imported, slowest {slowest} ms."));
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n{string.Join("\n", findings)}");
        Assert.True(index > 0);
    }

    // A corpus file: whole when small, otherwise its first 40 lines, so that each input is quick to import.
    private static byte[] Corpus(string relativePath)
    {
        var bytes = File.ReadAllBytes(DatasetFiles.Data(relativePath.Split('/')));
        if (bytes.Length < 20_000)
        {
            return bytes;
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n').Take(40);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
