using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using OneOf;

namespace Geopolitics.Model.Scenarios;

/// <summary>
/// Collects the facts of a <see cref="Scenario"/> and builds it, validating everything at once. The builder is the one
/// mutable type of the model: it is meant to be filled and discarded, and it is not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var result = new ScenarioBuilder("Example")
///     .AddStates("RUS", "PRK")
///     .AddTreaty(treaty)
///     .Build();
/// </code>
/// </example>
public sealed class ScenarioBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<Place> _places = [];
    private readonly List<Treaty> _treaties = [];
    private readonly List<Transfer> _transfers = [];
    private readonly List<Exchange> _exchanges = [];
    private readonly List<Stance> _stances = [];
    private readonly List<SanctionsRegime> _regimes = [];

    /// <summary>Starts an empty scenario.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <param name="description">What it describes, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public ScenarioBuilder(string name, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Description = description;
    }

    /// <summary>Starts from the facts of an existing scenario, to extend or amend it.</summary>
    /// <param name="scenario">The scenario to start from.</param>
    public ScenarioBuilder(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Name = scenario.Name;
        Description = scenario.Description;
        _actors.AddRange(scenario.Actors);
        _places.AddRange(scenario.Places);
        _treaties.AddRange(scenario.Treaties);
        _transfers.AddRange(scenario.Transfers);
        _exchanges.AddRange(scenario.Exchanges);
        _stances.AddRange(scenario.Stances);
        _regimes.AddRange(scenario.SanctionsRegimes);
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>What the scenario describes, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Adds an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddActor(Actor actor) => Add(_actors, actor);

    /// <summary>
    /// Adds states from the built-in <see cref="CountryCatalogue"/> by ISO 3166-1 alpha-3 code, named as the catalogue
    /// names them.
    /// </summary>
    /// <param name="alpha3Codes">The states' codes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A code is not a current state in the catalogue.</exception>
    public ScenarioBuilder AddStates(params string[] alpha3Codes)
    {
        ArgumentNullException.ThrowIfNull(alpha3Codes);
        foreach (var code in alpha3Codes)
        {
            var country = CountryCatalogue.Default.FindByAlpha3(code)
                ?? throw new ArgumentException($"'{code}' is not the ISO 3166-1 alpha-3 code of a current state.", nameof(alpha3Codes));
            _actors.Add(country.ToActor());
        }

        return this;
    }

    /// <summary>Adds a place to the scenario's gazetteer (it replaces a built-in place with the same id).</summary>
    /// <param name="place">The place.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddPlace(Place place) => Add(_places, place);

    /// <summary>Adds a treaty.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddTreaty(Treaty treaty) => Add(_treaties, treaty);

    /// <summary>Adds a transfer.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddTransfer(Transfer transfer) => Add(_transfers, transfer);

    /// <summary>Adds an exchange.</summary>
    /// <param name="exchange">The exchange.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddExchange(Exchange exchange) => Add(_exchanges, exchange);

    /// <summary>Adds a stance.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddStance(Stance stance) => Add(_stances, stance);

    /// <summary>Adds a sanctions regime.</summary>
    /// <param name="regime">The regime.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddSanctionsRegime(SanctionsRegime regime) => Add(_regimes, regime);

    /// <summary>
    /// Builds the scenario and validates it with <see cref="ScenarioValidator"/>: unique ids, every reference
    /// resolving, and every rule of each fact.
    /// </summary>
    /// <returns>The scenario, or every error found (never an exception for bad data).</returns>
    public OneOf<Scenario, ImmutableArray<ModelError>> Build() =>
        Validate(new Scenario(
            Name,
            Description,
            [.. _actors],
            [.. _places],
            [.. _treaties],
            [.. _transfers],
            [.. _exchanges],
            [.. _stances],
            [.. _regimes]));

    /// <summary>Validates a scenario built from its facts as <see cref="Build"/> does (the file reader builds it directly).</summary>
    internal static OneOf<Scenario, ImmutableArray<ModelError>> Validate(Scenario scenario)
    {
        var errors = ModelValidation.Check(new ScenarioValidator(), scenario);
        return errors.IsEmpty ? scenario : errors;
    }

    private ScenarioBuilder Add<T>(List<T> list, T item, [CallerArgumentExpression(nameof(item))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item, name);
        list.Add(item);
        return this;
    }
}
