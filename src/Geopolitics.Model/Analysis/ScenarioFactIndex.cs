using System.Globalization;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Analysis;

/// <summary>
/// Turns the facts of one scenario into <see cref="FactReference"/>s with their paths (<c>Transfers[3]</c>,
/// <c>Treaties[0].Parties[1].Consent</c>), so that every analysis names the facts it used the same way.
/// </summary>
internal sealed class ScenarioFactIndex
{
    private readonly Dictionary<TransferId, int> _transfers = [];
    private readonly Dictionary<StanceId, int> _stances = [];
    private readonly Dictionary<TreatyId, int> _treaties = [];

    public ScenarioFactIndex(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        // First occurrence wins, as in the scenario's own indexes.
        for (var i = 0; i < scenario.Transfers.Length; i++)
        {
            _transfers.TryAdd(scenario.Transfers[i].Id, i);
        }

        for (var i = 0; i < scenario.Stances.Length; i++)
        {
            _stances.TryAdd(scenario.Stances[i].Id, i);
        }

        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            _treaties.TryAdd(scenario.Treaties[i].Id, i);
        }
    }

    public FactReference Transfer(Transfer transfer) =>
        new(
            FactKind.Transfer,
            transfer.Id.Value,
            Path("Transfers", _transfers, transfer.Id, transfer.Id.Value),
            transfer.Period.Start,
            transfer.Evidence.Confidence,
            $"{transfer.Id}: {transfer.Supplier} to {transfer.Recipient}, {transfer.Item}, {transfer.Period}, {transfer.Status}");

    public FactReference Stance(Stance stance) =>
        new(
            FactKind.Stance,
            stance.Id.Value,
            Path("Stances", _stances, stance.Id, stance.Id.Value),
            stance.Date,
            stance.Evidence.Confidence,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{stance.Id}: {stance.Holder}{(stance.Via is { } via ? " via " + via : string.Empty)} {stance.Position} ({(int)stance.Position:+0;-0;0}) {stance.Target}"));

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

    private static string Path<TKey>(string collection, Dictionary<TKey, int> index, TKey key, string id)
        where TKey : notnull =>
        index.TryGetValue(key, out var i)
            ? string.Create(CultureInfo.InvariantCulture, $"{collection}[{i}]")
            : $"{collection}[id={id}]"; // a fact passed in from outside the scenario
}
