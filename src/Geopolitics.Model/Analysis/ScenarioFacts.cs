using Geopolitics.Model.Actors;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Analysis;

/// <summary>
/// Where each fact of a scenario sits (its index in the scenario's collections) and how the analyses name it as a
/// <see cref="FactReference"/>, computed once per scenario.
/// </summary>
internal sealed class ScenarioFacts
{
    private readonly Dictionary<TransferId, int> _transfers = [];
    private readonly Dictionary<ExchangeId, int> _exchanges = [];
    private readonly Dictionary<SanctionsRegimeId, int> _regimes = [];

    public ScenarioFacts(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;

        // First occurrence wins, as in the scenario's own indexes.
        for (var i = 0; i < scenario.Transfers.Length; i++)
        {
            _transfers.TryAdd(scenario.Transfers[i].Id, i);
        }

        for (var i = 0; i < scenario.Exchanges.Length; i++)
        {
            _exchanges.TryAdd(scenario.Exchanges[i].Id, i);
        }

        for (var i = 0; i < scenario.SanctionsRegimes.Length; i++)
        {
            _regimes.TryAdd(scenario.SanctionsRegimes[i].Id, i);
        }
    }

    public Scenario Scenario { get; }

    public FactReference Transfer(Transfer transfer) =>
        new(FactKind.Transfer, transfer.Id.Value, $"Transfers[{_transfers[transfer.Id]}]", transfer.Period.Start,
            transfer.Evidence.Confidence, Describe(transfer));

    public FactReference Exchange(Exchange exchange) =>
        new(FactKind.Exchange, exchange.Id.Value, $"Exchanges[{_exchanges[exchange.Id]}]", null, exchange.Evidence.Confidence,
            $"Exchange {exchange.Id} links {string.Join(", ", exchange.Transfers)}" + (exchange.Description is { } text ? $": {text}" : "."));

    public FactReference Regime(SanctionsRegime regime) =>
        new(FactKind.SanctionsRegime, regime.Id.Value, $"SanctionsRegimes[{_regimes[regime.Id]}]", regime.Period.Start,
            regime.Evidence.Confidence, DescribeRegime(regime));

    public FactReference Measure(SanctionsRegime regime, int measure) =>
        new(FactKind.SanctionsRegime, regime.Id.Value, $"SanctionsRegimes[{_regimes[regime.Id]}].Measures[{measure}]",
            regime.Period.Start, regime.Evidence.Confidence, $"{regime.Id} imposes {regime.Measures[measure]} on {regime.Target}.");

    /// <summary>The error for an actor the scenario does not hold, or <see langword="null"/> when it holds it.</summary>
    public ModelError? CheckActor(ActorId actor, string parameter) =>
        Scenario.FindActor(actor) is not null
            ? null
            : new ModelError(
                ErrorCodes.UnknownAnalysisActor,
                $"The actor '{actor}' given as '{parameter}' is not in the scenario '{Scenario.Name}'; an analysis answers only about the scenario's actors.",
                parameter);

    /// <summary>The actor that <paramref name="actor"/> speaks for (itself unless it is an agency).</summary>
    public ActorId Principal(ActorId actor) => Scenario.FindActor(actor)?.Principal ?? actor;

    public static string Describe(Transfer transfer) =>
        $"{transfer.Supplier} to {transfer.Recipient}: {transfer.Item}, {transfer.Period} ({transfer.Status})" +
        (transfer.Description is { } text ? $"; {text}" : string.Empty);

    public static string DescribeRegime(SanctionsRegime regime) =>
        $"{regime.Name ?? regime.Id.Value}: {regime.Authority} sanctions on {regime.Target}, {regime.Period}, binding {regime.Binding}" +
        (regime.LegalBasis.IsEmpty ? "." : $" ({string.Join("; ", regime.LegalBasis.Select(l => l.Name))}).");
}
