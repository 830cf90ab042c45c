using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using NodaTime;
using Xunit.Abstractions;

namespace Geopolitics.Model.Tests.Fuzzing;

/// <summary>
/// Fuzzing of <see cref="ScenarioJson.Load(Stream, string?, ScenarioJsonOptions?)"/> for a bounded time with a seeded
/// mutator (<see cref="FileMutator"/>) over the corpus in <c>data/fuzz-corpus/</c>. No exception may escape; a refused
/// file must have only located, coded errors; an accepted file must write and read back equal, and every analysis of
/// it must answer without an exception.
/// </summary>
/// <remarks>
/// <c>GEOPOLITICS_FUZZ_SECONDS</c> sets the time (default 10 s; CI sets 8) and <c>GEOPOLITICS_FUZZ_SEED</c> the seed
/// (default 20240619). A finding names its seed and input number; <see cref="FileMutator.Input(int, long)"/> gives the
/// same bytes back, and the bytes are also written to the temporary folder.
/// </remarks>
public partial class ScenarioJsonFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeconds = 10;
    private const int DefaultSeed = 20240619;

    // A single input taking this long is taken for a hang: far beyond anything a file of the corpus's size needs.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static readonly LocalDate Day = new(2024, 11, 30);

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "data", "fuzz-corpus");

    [Fact]
    public void Corpus_EveryFile_IsAValidScenario()
    {
        var files = Directory.GetFiles(CorpusFolder, "*.json");

        Assert.True(files.Length >= 5, $"The fuzz corpus has {files.Length} files.");
        Assert.All(files, file => Assert.True(ScenarioJson.LoadFile(file).IsT0, $"{file} is not a valid scenario."));
    }

    [Fact]
    public void Input_SameSeedAndNumber_GivesTheSameBytes()
    {
        var mutator = Mutator();

        for (var i = 0; i < 50; i++)
        {
            var (first, how) = mutator.Input(7, i);
            var (again, howAgain) = mutator.Input(7, i);
            Assert.Equal(first, again);
            Assert.Equal(how, howAgain);
        }

        Assert.NotEqual(mutator.Input(7, 1).Bytes, mutator.Input(8, 1).Bytes);
    }

    [Fact]
    public void Load_MutatedCorpusForABoundedTime_NeverThrowsAndLocatesEveryError()
    {
        var seconds = Setting("GEOPOLITICS_FUZZ_SECONDS", DefaultSeconds);
        var seed = Setting("GEOPOLITICS_FUZZ_SEED", DefaultSeed);
        var mutator = Mutator();
        var findings = new List<string>();
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long accepted = 0, slowest = 0, index = 0;
        var clock = Stopwatch.StartNew();
        for (; clock.Elapsed < TimeSpan.FromSeconds(seconds) && findings.Count < 20; index++)
        {
            var (bytes, how) = mutator.Input(seed, index);
            var started = clock.ElapsedMilliseconds;
            var problem = Check(bytes, codes, ref accepted);
            var took = clock.ElapsedMilliseconds - started;
            slowest = Math.Max(slowest, took);
            if (problem is null && took > HangGuard.TotalMilliseconds)
            {
                problem = $"took {took} ms";
            }

            if (problem is not null)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"geopolitics-fuzz-{seed}-{index}.json");
                File.WriteAllBytes(saved, bytes);
                findings.Add($"seed {seed}, input {index} ({how}), saved as {saved}: {problem}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{index} inputs in {clock.Elapsed.TotalSeconds:F1} s (seed {seed}): {accepted} accepted, slowest {slowest} ms."));
        output.WriteLine("Error codes reported: " + string.Join(", ", codes.Select(c => $"{c.Key} x{c.Value}")));
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n{string.Join("\n", findings)}");
        Assert.True(index > 0);
    }

    /// <summary>Loads one input; returns what is wrong with the outcome, or <see langword="null"/>.</summary>
    internal static string? Check(byte[] bytes, IDictionary<string, int>? codes, ref long accepted)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var result = ScenarioJson.Load(stream, "fuzz.json");
            if (result.TryPickT1(out var errors, out var scenario))
            {
                if (errors.IsEmpty)
                {
                    return "refused without an error";
                }

                foreach (var error in errors)
                {
                    if (codes is not null)
                    {
                        codes[error.Code] = codes.TryGetValue(error.Code, out var n) ? n + 1 : 1;
                    }

                    if (!CodePattern().IsMatch(error.Code) || string.IsNullOrWhiteSpace(error.Message) ||
                        error.Location.File != "fuzz.json" || error.Location.Line is null || error.Location.Column is null)
                    {
                        return $"an error without its code, message or location: {error}";
                    }
                }

                return null;
            }

            accepted++;
            var again = ScenarioJson.Parse(ScenarioJson.Serialize(scenario));
            if (!again.TryPickT0(out var reread, out var rereadErrors))
            {
                return "accepted, but what was written from it is refused: " + string.Join("; ", rereadErrors);
            }

            ScenarioAssert.Equal(scenario, reread);
            foreach (var (_, answer) in new AnalysisQueries(scenario).On(Day, Confidence.Alleged, maxActors: 4))
            {
                _ = answer();
            }

            return null;
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message.Split('\n')[0]} at {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }

    internal static FileMutator Mutator() =>
        new(Directory.GetFiles(CorpusFolder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes));

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex CodePattern();
}
