using System.Text.Json;
using FluentValidation;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Geopolitics.Model.DependencyInjection;

/// <summary>Registers the library's services with a Microsoft.Extensions.DependencyInjection container.</summary>
/// <remarks>
/// <para>
/// Registered, as singletons (they hold no state and are safe to share between threads): the validators that are
/// right on their own — <see cref="ScenarioValidator"/> as <see cref="IValidator{T}"/> of <see cref="Scenario"/>,
/// <see cref="DatePeriodValidator"/> and <see cref="EvidenceValidator"/> — and the JSON options of
/// <see cref="AnswerJson.CreateOptions"/> (the model's converters, <see cref="ModelJson"/>, and the answers') as a keyed service (<see cref="JsonOptionsKey"/>), so that they do not take
/// the place of an application's own <see cref="JsonSerializerOptions"/>.
/// </para>
/// <para>
/// The validators of single facts (a treaty, a transfer, a stance, …) are internal and not registered: their rules
/// need the scenario's ids as context, which only <see cref="ScenarioValidator"/> gives them, so FluentValidation's
/// assembly scanning (<c>AddValidatorsFromAssemblyContaining</c>) finds only the three above. Validate a fact by
/// validating its scenario. The analyses need nothing but a scenario: build them from it
/// (<c>new StatusAnalysis(scenario)</c>); analyses of one scenario instance share its prepared index.
/// </para>
/// </remarks>
public static class GeopoliticsModelServiceCollectionExtensions
{
    /// <summary>The key of the model's <see cref="JsonSerializerOptions"/> among the container's keyed services.</summary>
    public const string JsonOptionsKey = "Geopolitics.Model";

    /// <summary>
    /// Registers the validators that are right on their own and the model's JSON options; registering twice adds
    /// nothing.
    /// </summary>
    /// <param name="services">The services to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddGeopoliticsModel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ScenarioValidator>();
        services.TryAddSingleton<IValidator<Scenario>>(provider => provider.GetRequiredService<ScenarioValidator>());
        services.TryAddSingleton<IValidator<DatePeriod>, DatePeriodValidator>();
        services.TryAddSingleton<IValidator<Evidence>, EvidenceValidator>();
        services.TryAddKeyedSingleton(JsonOptionsKey, (_, _) => AnswerJson.CreateOptions());
        return services;
    }
}
