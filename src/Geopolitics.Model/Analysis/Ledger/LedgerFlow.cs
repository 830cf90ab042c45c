using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// What went from one actor to the other in a <see cref="LedgerReport"/>, grouped by item kind: munitions by category
/// and unit, weapon systems by designation, technology by domain, money by currency, personnel by role, resources by
/// kind and unit. Each group sums its estimates (see <see cref="Estimate.Add(Estimate)"/>) and names its transfers.
/// </summary>
/// <remarks>Groups are in the order of their key (enum order, then ordinal text order).</remarks>
public sealed record LedgerFlow
{
    private LedgerFlow(ActorId supplier, ActorId recipient, ImmutableArray<Transfer> transfers)
    {
        Supplier = supplier;
        Recipient = recipient;
        Transfers = [.. transfers.Select(t => t.Id)];
        Kinds = [.. transfers.Select(t => t.Item.Kind).Distinct().Order()];

        Munitions =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as MunitionsItem)).Where(x => x.Item is not null)
                .GroupBy(x => (x.Item!.Category, x.Item.Quantity.Unit))
                .OrderBy(g => g.Key.Category).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
                .Select(g => new MunitionsTotal(
                    g.Key.Category,
                    new Quantity(Estimate.Sum(g.Select(x => x.Item!.Quantity.Amount)), g.Key.Unit),
                    [.. g.Select(x => x.Transfer.Id)])),
        ];

        WeaponSystems =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as WeaponSystemsItem)).Where(x => x.Item is not null)
                .GroupBy(x => x.Item!.Designation, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new WeaponSystemsTotal(
                    g.Key,
                    SumStated(g.Select(x => x.Item!.NumberOrdered)),
                    SumStated(g.Select(x => x.Item!.NumberDelivered)),
                    SumStated(g.Select(x => x.Item!.TivOrder is { } v ? Estimate.Exactly(v) : (Estimate?)null)),
                    SumStated(g.Select(x => x.Item!.TivDelivered is { } v ? Estimate.Exactly(v) : (Estimate?)null)),
                    [.. g.Select(x => x.Transfer.Id)])),
        ];

        Technology =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as TechnologyItem)).Where(x => x.Item is not null)
                .GroupBy(x => x.Item!.Domain)
                .OrderBy(g => g.Key)
                .Select(g => new TechnologyTotal(
                    g.Key,
                    [.. g.Select(x => x.Item!.Form).Distinct().Order()],
                    [.. g.Select(x => x.Transfer.Id)])),
        ];

        Money =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as MoneyItem)).Where(x => x.Item is not null)
                .GroupBy(x => x.Item!.Money.Currency)
                .OrderBy(g => g.Key)
                .Select(g => new MoneyTotal(
                    new Money(g.Key, Estimate.Sum(g.Select(x => x.Item!.Money.Amount))),
                    [.. g.Select(x => x.Transfer.Id)])),
        ];

        Personnel =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as PersonnelItem)).Where(x => x.Item is not null)
                .GroupBy(x => x.Item!.Role)
                .OrderBy(g => g.Key)
                .Select(g => new PersonnelTotal(
                    g.Key,
                    Estimate.Sum(g.Select(x => x.Item!.Count)),
                    [.. g.Select(x => x.Transfer.Id)])),
        ];

        Resources =
        [
            .. transfers.Select(t => (Transfer: t, Item: t.Item as ResourcesItem)).Where(x => x.Item is not null)
                .GroupBy(x => (x.Item!.Resource, x.Item.Quantity.Unit))
                .OrderBy(g => g.Key.Resource).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
                .Select(g => new ResourcesTotal(
                    g.Key.Resource,
                    new Quantity(Estimate.Sum(g.Select(x => x.Item!.Quantity.Amount)), g.Key.Unit),
                    [.. g.Select(x => x.Transfer.Id)])),
        ];
    }

    /// <summary>The actor that supplied.</summary>
    public ActorId Supplier { get; }

    /// <summary>The actor that received.</summary>
    public ActorId Recipient { get; }

    /// <summary>The transfers counted, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <summary>The kinds of item that went this way, in the order of <see cref="TransferItemKind"/>.</summary>
    public ImmutableArray<TransferItemKind> Kinds { get; }

    /// <summary>Munitions, by category and unit.</summary>
    public ImmutableArray<MunitionsTotal> Munitions { get; }

    /// <summary>Weapon systems, by designation.</summary>
    public ImmutableArray<WeaponSystemsTotal> WeaponSystems { get; }

    /// <summary>Technology, by domain.</summary>
    public ImmutableArray<TechnologyTotal> Technology { get; }

    /// <summary>Money, by currency.</summary>
    public ImmutableArray<MoneyTotal> Money { get; }

    /// <summary>Personnel, by role.</summary>
    public ImmutableArray<PersonnelTotal> Personnel { get; }

    /// <summary>Resources, by kind and unit.</summary>
    public ImmutableArray<ResourcesTotal> Resources { get; }

    /// <summary>Whether nothing went this way.</summary>
    public bool IsEmpty => Transfers.IsEmpty;

    /// <summary>Whether at least one item of <paramref name="kind"/> went this way.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <returns>Whether the flow holds that kind.</returns>
    public bool Has(TransferItemKind kind) => Kinds.Contains(kind);

    /// <inheritdoc/>
    public bool Equals(LedgerFlow? other) =>
        other is not null && Supplier == other.Supplier && Recipient == other.Recipient &&
        Transfers.SequenceEqual(other.Transfers) && Kinds.SequenceEqual(other.Kinds) &&
        Munitions.SequenceEqual(other.Munitions) && WeaponSystems.SequenceEqual(other.WeaponSystems) &&
        Technology.SequenceEqual(other.Technology) && Money.SequenceEqual(other.Money) &&
        Personnel.SequenceEqual(other.Personnel) && Resources.SequenceEqual(other.Resources);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Supplier, Recipient, Transfers.Length, Kinds.Length);

    /// <summary>Culture-invariant text: the direction, then one line per group.</summary>
    /// <returns>For example <c>PRK -> RUS: Munitions: ArtilleryShells: thousands of containers (1 transfer); …</c>.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return $"{Supplier} -> {Recipient}: nothing";
        }

        var groups = new List<string>();
        Add(groups, TransferItemKind.Munitions, Munitions);
        Add(groups, TransferItemKind.WeaponSystems, WeaponSystems);
        Add(groups, TransferItemKind.Technology, Technology);
        Add(groups, TransferItemKind.Money, Money);
        Add(groups, TransferItemKind.Personnel, Personnel);
        Add(groups, TransferItemKind.Resources, Resources);
        return $"{Supplier} -> {Recipient}: {string.Join("; ", groups)}";
    }

    /// <summary>A flow from its values (as the answers' JSON converters read it back).</summary>
    internal LedgerFlow(
        ActorId supplier,
        ActorId recipient,
        ImmutableArray<TransferId> transfers,
        ImmutableArray<TransferItemKind> kinds,
        ImmutableArray<MunitionsTotal> munitions,
        ImmutableArray<WeaponSystemsTotal> weaponSystems,
        ImmutableArray<TechnologyTotal> technology,
        ImmutableArray<MoneyTotal> money,
        ImmutableArray<PersonnelTotal> personnel,
        ImmutableArray<ResourcesTotal> resources)
    {
        Supplier = supplier;
        Recipient = recipient;
        Transfers = transfers;
        Kinds = kinds;
        Munitions = munitions;
        WeaponSystems = weaponSystems;
        Technology = technology;
        Money = money;
        Personnel = personnel;
        Resources = resources;
    }

    internal static LedgerFlow Of(ActorId supplier, ActorId recipient, ImmutableArray<Transfer> transfers) => new(supplier, recipient, transfers);

    /// <summary>The sum of the figures stated; missing ones count as unknown; <see langword="null"/> when none is stated.</summary>
    private static Estimate? SumStated(IEnumerable<Estimate?> figures)
    {
        var list = figures.ToList();
        return list.TrueForAll(f => f is null) ? null : Estimate.Sum(list.Select(f => f ?? Estimate.Unknown));
    }

    private static void Add<T>(List<string> groups, TransferItemKind kind, ImmutableArray<T> totals)
    {
        if (!totals.IsEmpty)
        {
            groups.Add($"{kind}: {string.Join(", ", totals)}");
        }
    }
}
