using System.Globalization;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Analysis.Facts;

/// <summary>
/// Where each fact of a scenario sits (its index in the scenario's collections) and how the analyses name it as a
/// <see cref="FactReference"/>, computed once per scenario and shared by every analysis built on it (<see cref="Of"/>).
/// </summary>
internal sealed class ScenarioFacts
{
    // One per scenario instance, for as long as the scenario lives: the analyses of one scenario share it.
    private static readonly ConditionalWeakTable<Scenario, ScenarioFacts> Prepared = [];

    private readonly Dictionary<TransferId, int> _transfers = [];
    private readonly Dictionary<ExchangeId, int> _exchanges = [];
    private readonly Dictionary<SanctionsRegimeId, int> _regimes = [];
    private readonly Dictionary<StanceId, int> _stances = [];
    private readonly Dictionary<TreatyId, int> _treaties = [];
    private readonly FactReference?[] _stanceFacts;

    /// <summary>The facts of <paramref name="scenario"/>, prepared on first use and then shared.</summary>
    public static ScenarioFacts Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Prepared.GetValue(scenario, static s => new ScenarioFacts(s));
    }

    private ScenarioFacts(Scenario scenario)
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

        for (var i = 0; i < scenario.Stances.Length; i++)
        {
            _stances.TryAdd(scenario.Stances[i].Id, i);
        }

        _stanceFacts = new FactReference?[scenario.Stances.Length];

        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            _treaties.TryAdd(scenario.Treaties[i].Id, i);
        }
    }

    public Scenario Scenario { get; }

    public FactReference Transfer(Transfer transfer) =>
        new(FactKind.Transfer, transfer.Id.Value, Path("Transfers", _transfers, transfer.Id, transfer.Id.Value), transfer.Period.Start,
            transfer.Evidence.Confidence, Describe(transfer));

    public FactReference Stance(Stance stance)
    {
        ArgumentNullException.ThrowIfNull(stance);

        // A stance of the scenario is described once and the reference shared: the analyses over many pairs meet
        // the same stance again and again. Racing threads may both describe it; they write equal references.
        if (_stances.TryGetValue(stance.Id, out var index) && ReferenceEquals(Scenario.Stances[index], stance))
        {
            return _stanceFacts[index] ??= DescribeStance(stance);
        }

        return DescribeStance(stance);
    }

    private FactReference DescribeStance(Stance stance) =>
        new(
            FactKind.Stance,
            stance.Id.Value,
            Path("Stances", _stances, stance.Id, stance.Id.Value),
            stance.Date,
            stance.Evidence.Confidence,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{stance.Id}: {stance.Holder}{(stance.Via is { } via ? " via " + via : string.Empty)} {stance.Position} ({(int)stance.Position:+0;-0;0}) {stance.Target}"));

    /// <summary>A treaty step or record, with its path inside the scenario.</summary>
    public FactReference TreatyFact(TreatyFact fact)
    {
        var kind = fact.Kind is TreatyFactKind.EntryIntoForce or TreatyFactKind.Duration or TreatyFactKind.Supersession
            ? FactKind.Treaty
            : FactKind.TreatyStep;
        var treaty = Path("Treaties", _treaties, fact.Treaty, fact.Treaty.Value);
        return new FactReference(kind, fact.Treaty.Value, $"{treaty}.{fact.Path}", fact.Date, fact.Evidence.Confidence, fact.Description);
    }

    public FactReference Clause(Treaty treaty, Clause clause)
    {
        var index = treaty.Clauses.IndexOf(clause);
        var path = Path("Treaties", _treaties, treaty.Id, treaty.Id.Value) + string.Create(CultureInfo.InvariantCulture, $".Clauses[{index}]");
        return new FactReference(FactKind.Clause, $"{treaty.Id}/{clause.Id}", path, null, treaty.Evidence.Confidence, $"{treaty.Id} {clause}");
    }

    /// <summary>The path of the treaty inside the scenario, for example <c>Treaties[2]</c>.</summary>
    public string TreatyPath(TreatyId treaty) => Path("Treaties", _treaties, treaty, treaty.Value);

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
                ErrorPath.OfMember(parameter));

    /// <summary>The actor that <paramref name="actor"/> speaks for (itself unless it is an agency).</summary>
    public ActorId Principal(ActorId actor) => Scenario.FindActor(actor)?.Principal ?? actor;

    private static string Path<TKey>(string collection, Dictionary<TKey, int> index, TKey key, string id)
        where TKey : notnull =>
        index.TryGetValue(key, out var i)
            ? string.Create(CultureInfo.InvariantCulture, $"{collection}[{i}]")
            : $"{collection}[id={id}]"; // a fact passed in from outside the scenario

    public static string Describe(Transfer transfer) =>
        $"{transfer.Supplier} to {transfer.Recipient}: {transfer.Item}, {transfer.Period} ({transfer.Status})" +
        (transfer.Description is { } text ? $"; {text}" : string.Empty);

    public static string DescribeRegime(SanctionsRegime regime) =>
        $"{regime.Name ?? regime.Id.Value}: {regime.Authority} sanctions on {regime.Target}, {regime.Period}, binding {regime.Binding}" +
        (regime.LegalBasis.IsEmpty ? "." : $" ({string.Join("; ", regime.LegalBasis.Select(l => l.Name))}).");
}
