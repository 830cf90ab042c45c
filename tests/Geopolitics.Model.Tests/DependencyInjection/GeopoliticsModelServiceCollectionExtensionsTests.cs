using System.Collections.Immutable;
using System.Text.Json;
using FluentValidation;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.DependencyInjection;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using Microsoft.Extensions.DependencyInjection;

namespace Geopolitics.Model.Tests.DependencyInjection;

public class GeopoliticsModelServiceCollectionExtensionsTests
{
    private static readonly Scenario BuiltIn = BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void AddGeopoliticsModel_ResolvedScenarioValidator_AcceptsTheBuiltInScenario()
    {
        using var provider = new ServiceCollection().AddGeopoliticsModel().BuildServiceProvider();

        var result = provider.GetRequiredService<IValidator<Scenario>>().Validate(BuiltIn);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void AddGeopoliticsModel_ResolvedScenarioValidator_RejectsAnExchangeOfAnUnknownTransfer()
    {
        using var provider = new ServiceCollection().AddGeopoliticsModel().BuildServiceProvider();
        var unknown = new TransferId("no-such-transfer");

        var result = provider.GetRequiredService<IValidator<Scenario>>().Validate(WithExchange(unknown));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ExchangeUnknownTransfer, failure.ErrorCode);
        Assert.Contains(unknown.Value, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGeopoliticsModel_ResolvedValueValidators_AcceptEveryPeriodAndEvidenceOfTheBuiltInScenario()
    {
        using var provider = new ServiceCollection().AddGeopoliticsModel().BuildServiceProvider();
        var values = ModelValues.Reachable(BuiltIn).ToList();
        var periods = values.Where(v => v.Type == typeof(DatePeriod)).Select(v => (DatePeriod)v.Value).ToList();
        var evidence = values.Where(v => v.Type == typeof(Evidence)).Select(v => (Evidence)v.Value).ToList();

        Assert.NotEmpty(periods);
        Assert.NotEmpty(evidence);
        Assert.All(periods, period => Assert.True(provider.GetRequiredService<IValidator<DatePeriod>>().Validate(period).IsValid));
        Assert.All(evidence, e => Assert.True(provider.GetRequiredService<IValidator<Evidence>>().Validate(e).IsValid));
    }

    [Fact]
    public void AddGeopoliticsModel_ResolvedPeriodValidator_RejectsAPeriodThatEndsBeforeItStarts()
    {
        using var provider = new ServiceCollection().AddGeopoliticsModel().BuildServiceProvider();
        var period = new DatePeriod(PartialDate.Parse("2024-06").AsT0, PartialDate.Parse("2024-05").AsT0);

        var result = provider.GetRequiredService<IValidator<DatePeriod>>().Validate(period);

        Assert.Equal(ErrorCodes.PeriodEndsBeforeStart, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void AddGeopoliticsModel_ResolvedJsonOptions_WriteATreatyInTheFileVocabularyAndReadItBack()
    {
        using var provider = new ServiceCollection().AddGeopoliticsModel().BuildServiceProvider();
        var options = provider.GetRequiredKeyedService<JsonSerializerOptions>(GeopoliticsModelServiceCollectionExtensions.JsonOptionsKey);
        var treaty = BuiltIn.FindTreaty(new TreatyId("rus-prk-2024"))!;

        var json = JsonSerializer.Serialize(treaty, options);

        Assert.Equal("onExchangeOfInstruments", JsonDocument.Parse(json).RootElement.GetProperty("entryIntoForce").GetProperty("kind").GetString());
        Assert.Equal(treaty, JsonSerializer.Deserialize<Treaty>(json, options));
    }

    [Fact]
    public void AddGeopoliticsModel_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddGeopoliticsModel().AddGeopoliticsModel();

        Assert.Single(services, d => d.ServiceType == typeof(IValidator<Scenario>));
        Assert.Single(services, d => d.ServiceType == typeof(JsonSerializerOptions));
    }

    [Fact]
    public void AddValidatorsFromAssembly_FindsOnlyTheValidatorsThatAreRightOnTheirOwn()
    {
        var services = new ServiceCollection().AddValidatorsFromAssemblyContaining<ScenarioValidator>();

        var found = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(d => d.ImplementationType!.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["DatePeriodValidator", "EvidenceValidator", "ScenarioValidator"], found);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AddValidatorsFromAssembly_EveryValidatorResolved_AcceptsEveryValueOfTheBuiltInScenario(bool includeInternalTypes)
    {
        // With internal types too, a validator that needs the scenario's ids may be found; the container must then
        // either fail to build it or build one that accepts the built-in scenario, never one that rejects valid facts.
        using var provider = new ServiceCollection()
            .AddValidatorsFromAssemblyContaining<ScenarioValidator>(includeInternalTypes: includeInternalTypes)
            .BuildServiceProvider();
        var values = ModelValues.Reachable(BuiltIn).ToList();
        var checkedTypes = new List<Type>();

        foreach (var type in values.Select(v => v.Type).Distinct())
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(type);
            IValidator? validator;
            try
            {
                validator = (IValidator?)provider.GetService(validatorType);
            }
            catch (InvalidOperationException)
            {
                continue; // not resolvable: the container refuses rather than answering wrongly
            }

            if (validator is null)
            {
                continue;
            }

            checkedTypes.Add(type);
            foreach (var (_, value) in values.Where(v => v.Type == type))
            {
                var result = validator.Validate(new ValidationContext<object>(value));
                Assert.True(result.IsValid, $"{validator.GetType().Name} rejects {value}: {string.Join("; ", result.Errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"))}");
            }
        }

        Assert.Contains(typeof(Scenario), checkedTypes);
        Assert.Contains(typeof(Evidence), checkedTypes);
    }

    private static Scenario WithExchange(TransferId transfer)
    {
        // The public builder refuses to make an invalid scenario; the test builds one as the file reader does before
        // validating, to see the validator from the container refuse it.
        var known = BuiltIn.Transfers[0].Id;
        var exchange = new Exchange(new ExchangeId("broken-exchange"), [known, transfer], BuiltIn.Transfers[0].Evidence);
        return new Scenario(
            BuiltIn.Name,
            BuiltIn.Description,
            BuiltIn.Actors,
            BuiltIn.Places,
            BuiltIn.Treaties,
            BuiltIn.Transfers,
            BuiltIn.Exchanges.Add(exchange),
            BuiltIn.Stances,
            BuiltIn.SanctionsRegimes);
    }
}
