namespace Geopolitics.Model.Transfers;

/// <summary>
/// What a <see cref="Transfer"/> carries: exactly one of <see cref="MunitionsItem"/>, <see cref="WeaponSystemsItem"/>,
/// <see cref="TechnologyItem"/>, <see cref="MoneyItem"/>, <see cref="PersonnelItem"/> or <see cref="ResourcesItem"/>.
/// </summary>
/// <remarks>
/// The set of kinds is closed: no type outside this library can derive from it. Use
/// <see cref="Match{TResult}"/> to handle every kind with the compiler's help, or <see cref="Kind"/> to group.
/// </remarks>
public abstract record TransferItem
{
    private protected TransferItem()
    {
    }

    /// <summary>Which kind of item this is.</summary>
    public TransferItemKind Kind => KindCore;

    private protected abstract TransferItemKind KindCore { get; }

    /// <summary>Calls the function that handles this item's kind and returns its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="munitions">Handles munitions.</param>
    /// <param name="weaponSystems">Handles weapon systems.</param>
    /// <param name="technology">Handles technology.</param>
    /// <param name="money">Handles money.</param>
    /// <param name="personnel">Handles personnel.</param>
    /// <param name="resources">Handles resources.</param>
    /// <returns>The result of the function called.</returns>
    public TResult Match<TResult>(
        Func<MunitionsItem, TResult> munitions,
        Func<WeaponSystemsItem, TResult> weaponSystems,
        Func<TechnologyItem, TResult> technology,
        Func<MoneyItem, TResult> money,
        Func<PersonnelItem, TResult> personnel,
        Func<ResourcesItem, TResult> resources)
    {
        ArgumentNullException.ThrowIfNull(munitions);
        ArgumentNullException.ThrowIfNull(weaponSystems);
        ArgumentNullException.ThrowIfNull(technology);
        ArgumentNullException.ThrowIfNull(money);
        ArgumentNullException.ThrowIfNull(personnel);
        ArgumentNullException.ThrowIfNull(resources);
        return this switch
        {
            MunitionsItem item => munitions(item),
            WeaponSystemsItem item => weaponSystems(item),
            TechnologyItem item => technology(item),
            MoneyItem item => money(item),
            PersonnelItem item => personnel(item),
            ResourcesItem item => resources(item),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown transfer item type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this transfer item's case.</summary>
    /// <param name="munitions">Called for a <see cref="MunitionsItem"/>.</param>
    /// <param name="weaponSystems">Called for a <see cref="WeaponSystemsItem"/>.</param>
    /// <param name="technology">Called for a <see cref="TechnologyItem"/>.</param>
    /// <param name="money">Called for a <see cref="MoneyItem"/>.</param>
    /// <param name="personnel">Called for a <see cref="PersonnelItem"/>.</param>
    /// <param name="resources">Called for a <see cref="ResourcesItem"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<MunitionsItem> munitions,
        Action<WeaponSystemsItem> weaponSystems,
        Action<TechnologyItem> technology,
        Action<MoneyItem> money,
        Action<PersonnelItem> personnel,
        Action<ResourcesItem> resources)
    {
        ArgumentNullException.ThrowIfNull(munitions);
        ArgumentNullException.ThrowIfNull(weaponSystems);
        ArgumentNullException.ThrowIfNull(technology);
        ArgumentNullException.ThrowIfNull(money);
        ArgumentNullException.ThrowIfNull(personnel);
        ArgumentNullException.ThrowIfNull(resources);
        switch (this)
        {
            case MunitionsItem value:
                munitions(value);
                break;
            case WeaponSystemsItem value:
                weaponSystems(value);
                break;
            case TechnologyItem value:
                technology(value);
                break;
            case MoneyItem value:
                money(value);
                break;
            case PersonnelItem value:
                personnel(value);
                break;
            case ResourcesItem value:
                resources(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown transfer item type {GetType()}.");
        }
    }
}
