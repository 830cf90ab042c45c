using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// System.Text.Json for the model: converters that write every model value (a scenario, a treaty, a transfer item, an
/// id, a partial date, an enumeration) as the scenario file writes it and read it back equal, so that a web API
/// answers in the file's vocabulary.
/// </summary>
/// <remarks>
/// <para>
/// Each converter reads and writes with the scenario file's own reader and writer (<see cref="ScenarioJson"/>): members
/// in camelCase, enumerations as their camelCase names, unions as objects tagged by <c>kind</c>, dates as ISO 8601
/// text at their precision (<c>"2024"</c>, <c>"2024-06"</c>, <c>"2024-06-19"</c>), ids as strings (and as the keys of
/// dictionaries). A value the scenario file's reader refuses is a <see cref="JsonException"/> listing the problems with
/// their codes, as System.Text.Json reports bad input; reading one value checks its structure and the rules its
/// constructor checks, while a <see cref="Scenarios.Scenario"/> is also validated whole, as <see cref="ScenarioJson.Parse"/>
/// validates it. NodaTime's own types (<c>LocalDate</c>, <c>Period</c>, …) use NodaTime.Serialization.SystemTextJson.
/// </para>
/// <para>
/// The converters are written by hand and use no reflection, so trimmed and native AOT applications keep them; such
/// applications give the options a source-generated <see cref="System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver"/>
/// of their own for their own types.
/// </para>
/// </remarks>
public static class ModelJson
{
    /// <summary>The model's converters, each for one type; <see cref="Configure"/> adds them all.</summary>
    public static ImmutableArray<JsonConverter> Converters => ModelJsonConverters.All;

    /// <summary>
    /// Creates options for the model: the web defaults (<see cref="JsonSerializerDefaults.Web"/>: camelCase members)
    /// with the model's converters and NodaTime's (<see cref="Configure"/>).
    /// </summary>
    /// <returns>New options, which the caller may change further before their first use.</returns>
    public static JsonSerializerOptions CreateOptions() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// Adds the model's converters and NodaTime's (with the time zones of <see cref="DateTimeZoneProviders.Tzdb"/>) to
    /// <paramref name="options"/>, for example ASP.NET Core's
    /// (<c>builder.Services.ConfigureHttpJsonOptions(o =&gt; ModelJson.Configure(o.SerializerOptions))</c>).
    /// </summary>
    /// <param name="options">The options to change; not yet used (options become read-only on first use).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only (they have been used already); configure them before their first use.");
        }

        // The model's converters go first, so that they win over any general converter the options already hold
        // (a JsonStringEnumConverter, say, which would not know the file's names).
        for (var i = 0; i < ModelJsonConverters.All.Length; i++)
        {
            options.Converters.Insert(i, ModelJsonConverters.All[i]);
        }

        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
