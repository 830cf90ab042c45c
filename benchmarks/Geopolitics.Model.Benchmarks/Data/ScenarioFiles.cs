using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Benchmarks.Data;

/// <summary>
/// Generated scenario files, written once to the temporary folder and reused by later benchmark processes (BenchmarkDotNet
/// starts one per case, and generating a million transfers takes seconds).
/// </summary>
public static class ScenarioFiles
{
    /// <summary>The bytes of the scenario file of <see cref="GeneratedScenarios.Transfers"/> with 200 actors.</summary>
    /// <param name="transfers">How many transfers.</param>
    /// <returns>The file's UTF-8 bytes, as <see cref="ScenarioJson.Write"/> writes them.</returns>
    public static byte[] Transfers(int transfers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "geopolitics-model-benchmarks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"transfers-200-{transfers}-v1.json");
        if (!File.Exists(path))
        {
            var scenario = GeneratedScenarios.Transfers(200, transfers);
            var partial = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = File.Create(partial))
            {
                ScenarioJson.Write(scenario, stream);
            }

            File.Move(partial, path, overwrite: true);
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Options that admit files of any size the runtime can hold.</summary>
    public static ScenarioJsonOptions Unlimited { get; } = new(maxBytes: Array.MaxLength);

    /// <summary>The scenario, or an exception naming the first errors: the benchmarks read only valid files.</summary>
    /// <param name="result">What a load returned.</param>
    /// <returns>The scenario.</returns>
    public static Scenario OrThrow(this OneOf.OneOf<Scenario, System.Collections.Immutable.ImmutableArray<Errors.ModelError>> result) =>
        result.Match(
            scenario => scenario,
            errors => throw new InvalidOperationException($"The scenario file is invalid: {string.Join("; ", errors.Take(5))}"));
}
