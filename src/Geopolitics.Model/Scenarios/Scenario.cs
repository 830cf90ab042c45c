using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Scenarios;

/// <summary>
/// One immutable, indexed collection of actors, treaties, transfers, exchanges, stances and sanctions regimes: the
/// unit every analysis works on. Obtain one from <see cref="ScenarioBuilder.Build"/> (or a loader), which validates
/// it, so every id is unique and every reference resolves.
/// </summary>
/// <remarks>
/// <para>
/// Collections keep the order in which facts were added. Lookups by id are O(1); lookups by actor return facts in
/// that same order. A scenario is safe to share between threads.
/// </para>
/// <para>
/// Two scenarios are equal (<see cref="Equals(Scenario)"/>, <c>==</c>) when they say the same thing: the same name
/// and description, and the same actors, places, treaties, transfers, exchanges, stances and sanctions regimes, each
/// equal by value and in the same order (the order is part of a scenario: collections and lookups keep it). Where a
/// scenario came from plays no part, so a scenario written with <c>ScenarioJson</c> and read back is equal to the
/// one written. The analyses still share their prepared index per instance, not per equal content.
/// </para>
/// </remarks>
public sealed class Scenario : IEquatable<Scenario>
{
    private readonly FrozenDictionary<ActorId, Actor> _actors;
    private readonly FrozenDictionary<TreatyId, Treaty> _treaties;
    private readonly FrozenDictionary<TransferId, Transfer> _transfers;
    private readonly FrozenDictionary<ExchangeId, Exchange> _exchanges;
    private readonly FrozenDictionary<StanceId, Stance> _stances;
    private readonly FrozenDictionary<SanctionsRegimeId, SanctionsRegime> _regimes;
    private readonly FrozenDictionary<ActorId, ImmutableArray<Treaty>> _treatiesByParty;
    private readonly FrozenDictionary<ActorId, ImmutableArray<Transfer>> _transfersByActor;
    private readonly FrozenDictionary<ActorId, ImmutableArray<Stance>> _stancesByHolder;

    internal Scenario(
        string name,
        string? description,
        ImmutableArray<Actor> actors,
        ImmutableArray<Place> places,
        ImmutableArray<Treaty> treaties,
        ImmutableArray<Transfer> transfers,
        ImmutableArray<Exchange> exchanges,
        ImmutableArray<Stance> stances,
        ImmutableArray<SanctionsRegime> sanctionsRegimes)
    {
        Name = name;
        Description = description;
        Actors = actors;
        Places = places;
        Gazetteer = places.IsEmpty ? Gazetteer.Default : Gazetteer.Default.With(places);
        Treaties = treaties;
        Transfers = transfers;
        Exchanges = exchanges;
        Stances = stances;
        SanctionsRegimes = sanctionsRegimes;

        // First occurrence wins, so an unvalidated scenario with duplicate ids can still be indexed and reported on.
        _actors = Index(actors, a => a.Id);
        _treaties = Index(treaties, t => t.Id);
        _transfers = Index(transfers, t => t.Id);
        _exchanges = Index(exchanges, e => e.Id);
        _stances = Index(stances, s => s.Id);
        _regimes = Index(sanctionsRegimes, r => r.Id);
        _treatiesByParty = Group(treaties, static (t, i) => i < t.Parties.Length ? t.Parties[i].Actor : null);
        _transfersByActor = Group(transfers, static (t, i) => i switch { 0 => t.Supplier, 1 => t.Recipient, _ => null });
        _stancesByHolder = Group(stances, static (s, i) => i == 0 ? s.Holder : null);
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>What the scenario describes, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Every actor, in the order added.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>The places this scenario adds to the built-in gazetteer, in the order added.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>The built-in gazetteer extended with <see cref="Places"/>: what place names in queries resolve against.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Every treaty, in the order added.</summary>
    public ImmutableArray<Treaty> Treaties { get; }

    /// <summary>Every transfer, in the order added.</summary>
    public ImmutableArray<Transfer> Transfers { get; }

    /// <summary>Every exchange, in the order added.</summary>
    public ImmutableArray<Exchange> Exchanges { get; }

    /// <summary>Every stance, in the order added.</summary>
    public ImmutableArray<Stance> Stances { get; }

    /// <summary>Every sanctions regime, in the order added.</summary>
    public ImmutableArray<SanctionsRegime> SanctionsRegimes { get; }

    /// <summary>The actor with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The actor, or <see langword="null"/> when the scenario has none with that id.</returns>
    public Actor? FindActor(ActorId id) => _actors.GetValueOrDefault(id);

    /// <summary>The treaty with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The treaty, or <see langword="null"/>.</returns>
    public Treaty? FindTreaty(TreatyId id) => _treaties.GetValueOrDefault(id);

    /// <summary>The transfer with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The transfer, or <see langword="null"/>.</returns>
    public Transfer? FindTransfer(TransferId id) => _transfers.GetValueOrDefault(id);

    /// <summary>The exchange with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The exchange, or <see langword="null"/>.</returns>
    public Exchange? FindExchange(ExchangeId id) => _exchanges.GetValueOrDefault(id);

    /// <summary>The stance with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stance, or <see langword="null"/>.</returns>
    public Stance? FindStance(StanceId id) => _stances.GetValueOrDefault(id);

    /// <summary>The sanctions regime with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The regime, or <see langword="null"/>.</returns>
    public SanctionsRegime? FindSanctionsRegime(SanctionsRegimeId id) => _regimes.GetValueOrDefault(id);

    /// <summary>The treaties to which <paramref name="actor"/> is a party, in the order added.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The treaties; empty when none.</returns>
    public ImmutableArray<Treaty> TreatiesOf(ActorId actor) => _treatiesByParty.GetValueOrDefault(actor, []);

    /// <summary>The transfers that <paramref name="actor"/> supplies or receives, in the order added.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The transfers; empty when none.</returns>
    public ImmutableArray<Transfer> TransfersOf(ActorId actor) => _transfersByActor.GetValueOrDefault(actor, []);

    /// <summary>The transfers between two actors, in either direction, in the order added.</summary>
    /// <param name="first">One actor.</param>
    /// <param name="second">The other actor.</param>
    /// <returns>The transfers; empty when none.</returns>
    public ImmutableArray<Transfer> TransfersBetween(ActorId first, ActorId second) =>
        [.. TransfersOf(first).Where(t =>
            (t.Supplier == first && t.Recipient == second) || (t.Supplier == second && t.Recipient == first))];

    /// <summary>The stances that <paramref name="holder"/> has taken, in the order added.</summary>
    /// <param name="holder">The holder.</param>
    /// <returns>The stances; empty when none.</returns>
    public ImmutableArray<Stance> StancesBy(ActorId holder) => _stancesByHolder.GetValueOrDefault(holder, []);

    /// <summary>Whether two scenarios say the same thing (see <see cref="Scenario"/>'s remarks).</summary>
    /// <param name="left">One scenario, or <see langword="null"/>.</param>
    /// <param name="right">The other, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or they are equal.</returns>
    public static bool operator ==(Scenario? left, Scenario? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two scenarios differ in any fact (see <see cref="Scenario"/>'s remarks).</summary>
    /// <param name="left">One scenario, or <see langword="null"/>.</param>
    /// <param name="right">The other, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when exactly one is <see langword="null"/> or they differ.</returns>
    public static bool operator !=(Scenario? left, Scenario? right) => !(left == right);

    /// <summary>
    /// Whether <paramref name="other"/> says the same thing: the same name and description and the same facts of
    /// every kind, equal by value, in the same order.
    /// </summary>
    /// <param name="other">The other scenario, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the two are equal.</returns>
    public bool Equals(Scenario? other) =>
        ReferenceEquals(this, other) ||
        (other is not null
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Description, other.Description, StringComparison.Ordinal)
            && Actors.SequenceEqual(other.Actors)
            && Places.SequenceEqual(other.Places)
            && Treaties.SequenceEqual(other.Treaties)
            && Transfers.SequenceEqual(other.Transfers)
            && Exchanges.SequenceEqual(other.Exchanges)
            && Stances.SequenceEqual(other.Stances)
            && SanctionsRegimes.SequenceEqual(other.SanctionsRegimes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Scenario);

    /// <summary>A hash of the name, the description and the number of facts of each kind, consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Description ?? string.Empty, StringComparer.Ordinal);
        hash.Add(Actors.Length);
        hash.Add(Places.Length);
        hash.Add(Treaties.Length);
        hash.Add(Transfers.Length);
        hash.Add(Exchanges.Length);
        hash.Add(Stances.Length);
        hash.Add(SanctionsRegimes.Length);
        return hash.ToHashCode();
    }

    /// <summary>The name and the number of facts of each kind, for diagnostics.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{Name}: {Actors.Length} actors, {Treaties.Length} treaties, {Transfers.Length} transfers, {Exchanges.Length} exchanges, {Stances.Length} stances, {SanctionsRegimes.Length} sanctions regimes";

    private static FrozenDictionary<TKey, T> Index<TKey, T>(ImmutableArray<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, T>(items.Length);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map.ToFrozenDictionary();
    }

    // Each item under each of its actors once. The actors are asked for one by one (actorAt(item, 0), 1, … until
    // null), so that a scenario of a million transfers is grouped without a collection or a set per item.
    private static FrozenDictionary<ActorId, ImmutableArray<T>> Group<T>(ImmutableArray<T> items, Func<T, int, ActorId?> actorAt)
    {
        var map = new Dictionary<ActorId, (ImmutableArray<T>.Builder Items, int Last)>();
        for (var index = 0; index < items.Length; index++)
        {
            var item = items[index];
            for (var i = 0; actorAt(item, i) is { } actor; i++)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(map, actor, out var exists);
                if (!exists)
                {
                    group = (ImmutableArray.CreateBuilder<T>(), -1);
                }

                // An actor named twice by one item (a party listed twice) groups the item once.
                if (group.Last != index)
                {
                    group.Items.Add(item);
                    group.Last = index;
                }
            }
        }

        return map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Items.ToImmutable());
    }
}
