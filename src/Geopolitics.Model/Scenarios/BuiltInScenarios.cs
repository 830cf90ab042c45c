namespace Geopolitics.Model.Scenarios;

/// <summary>The scenarios shipped inside the library.</summary>
public static class BuiltInScenarios
{
    private static readonly Lazy<Scenario> RussiaDprk2024Instance = new(RussiaDprk2024Source.Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The 2024 Russia–North Korea partnership: the Treaty on Comprehensive Strategic Partnership (signed 2024-06-19, in
    /// force 2024-12-04) and the treaties around it (China–DPRK 1961, US–ROK 1953, US–Japan 1960, Russia–DPRK 2000),
    /// North Korean munitions and troops for Russian cash, resources and (potentially) technology, the stances of South
    /// Korea, Japan, China and the United States, and the UN Security Council's DPRK sanctions — each fact with its
    /// sources and confidence.
    /// </summary>
    public static Scenario RussiaDprk2024 => RussiaDprk2024Instance.Value;
}
