using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.BuiltIn;

/// <summary>The scenarios shipped inside the library, as embedded scenario files (<c>docs/scenario-format.md</c>).</summary>
public static class BuiltInScenarios
{
    /// <summary>The manifest name of the embedded RussiaDprk2024 scenario file.</summary>
    internal const string RussiaDprk2024Resource = "Geopolitics.Model.BuiltIn.RussiaDprk2024.json";

    private static readonly Lazy<Scenario> RussiaDprk2024Instance = new(() => Load(RussiaDprk2024Resource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The 2024 Russia–North Korea partnership: the Treaty on Comprehensive Strategic Partnership (signed 2024-06-19, in
    /// force 2024-12-04) and the treaties around it (China–DPRK 1961, US–ROK 1953, US–Japan 1960, Russia–DPRK 2000),
    /// North Korean munitions and troops for Russian cash, resources and (potentially) technology, the stances of South
    /// Korea, Japan, China and the United States, and the UN Security Council's DPRK sanctions — each fact with its
    /// sources and confidence.
    /// </summary>
    /// <remarks>Loaded once, on first use, from the scenario file embedded in this assembly.</remarks>
    public static Scenario RussiaDprk2024 => RussiaDprk2024Instance.Value;

    /// <summary>Opens the embedded scenario file, for callers that want the JSON itself.</summary>
    /// <returns>A read-only UTF-8 stream; the caller disposes it.</returns>
    public static Stream OpenRussiaDprk2024Json() => Open(RussiaDprk2024Resource);

    private static Stream Open(string resource) =>
        typeof(BuiltInScenarios).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"The embedded scenario '{resource}' is missing from the assembly.");

    // The embedded file is part of the build: an error in it is a defect of this library, not bad user data.
    private static Scenario Load(string resource)
    {
        using var stream = Open(resource);
        return ScenarioJson.Load(stream, resource).Match(
            scenario => scenario,
            errors => throw new InvalidOperationException($"The embedded scenario '{resource}' is invalid: {string.Join("; ", errors)}"));
    }
}
