namespace Geopolitics.Model.Sanctions;

/// <summary>
/// One measure of a <see cref="SanctionsRegime"/>: exactly one of <see cref="ArmsEmbargo"/>,
/// <see cref="TechnologyBan"/>, <see cref="FinancialMeasure"/>, <see cref="ResourceCap"/> or <see cref="WorkerBan"/>,
/// each with an optional reference to the provision that imposes it (<see cref="LegalBasis"/>).
/// </summary>
/// <remarks>The set of kinds is closed: no type outside this library can derive from it.</remarks>
public abstract record SanctionsMeasure
{
    private protected SanctionsMeasure(string? legalBasis) => LegalBasis = ArgumentChecks.OptionalText(legalBasis);

    /// <summary>Which kind of measure this is.</summary>
    public SanctionsMeasureKind Kind => KindCore;

    /// <summary>The provision that imposes the measure ("UNSCR 2397 (2017), para. 8"), or <see langword="null"/>.</summary>
    public string? LegalBasis { get; }

    private protected abstract SanctionsMeasureKind KindCore { get; }

    /// <summary>Calls the function that handles this measure's kind and returns its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="armsEmbargo">Handles an arms embargo.</param>
    /// <param name="technologyBan">Handles a technology ban.</param>
    /// <param name="financial">Handles a financial measure.</param>
    /// <param name="resourceCap">Handles a cap or ban on resources.</param>
    /// <param name="workerBan">Handles a ban on the target's workers abroad.</param>
    /// <returns>The result of the function called.</returns>
    public TResult Match<TResult>(
        Func<ArmsEmbargo, TResult> armsEmbargo,
        Func<TechnologyBan, TResult> technologyBan,
        Func<FinancialMeasure, TResult> financial,
        Func<ResourceCap, TResult> resourceCap,
        Func<WorkerBan, TResult> workerBan)
    {
        ArgumentNullException.ThrowIfNull(armsEmbargo);
        ArgumentNullException.ThrowIfNull(technologyBan);
        ArgumentNullException.ThrowIfNull(financial);
        ArgumentNullException.ThrowIfNull(resourceCap);
        ArgumentNullException.ThrowIfNull(workerBan);
        return this switch
        {
            ArmsEmbargo measure => armsEmbargo(measure),
            TechnologyBan measure => technologyBan(measure),
            FinancialMeasure measure => financial(measure),
            ResourceCap measure => resourceCap(measure),
            WorkerBan measure => workerBan(measure),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown sanctions measure type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this sanctions measure's case.</summary>
    /// <param name="armsEmbargo">Called for an <see cref="ArmsEmbargo"/>.</param>
    /// <param name="technologyBan">Called for a <see cref="TechnologyBan"/>.</param>
    /// <param name="financial">Called for a <see cref="FinancialMeasure"/>.</param>
    /// <param name="resourceCap">Called for a <see cref="ResourceCap"/>.</param>
    /// <param name="workerBan">Called for a <see cref="WorkerBan"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<ArmsEmbargo> armsEmbargo,
        Action<TechnologyBan> technologyBan,
        Action<FinancialMeasure> financial,
        Action<ResourceCap> resourceCap,
        Action<WorkerBan> workerBan)
    {
        ArgumentNullException.ThrowIfNull(armsEmbargo);
        ArgumentNullException.ThrowIfNull(technologyBan);
        ArgumentNullException.ThrowIfNull(financial);
        ArgumentNullException.ThrowIfNull(resourceCap);
        ArgumentNullException.ThrowIfNull(workerBan);
        switch (this)
        {
            case ArmsEmbargo value:
                armsEmbargo(value);
                break;
            case TechnologyBan value:
                technologyBan(value);
                break;
            case FinancialMeasure value:
                financial(value);
                break;
            case ResourceCap value:
                resourceCap(value);
                break;
            case WorkerBan value:
                workerBan(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown sanctions measure type {GetType()}.");
        }
    }

    /// <summary>Checks that a direction is one or both of the defined flags.</summary>
    private protected static EmbargoDirection CheckDirection(EmbargoDirection direction, string paramName) =>
        direction is EmbargoDirection.SupplyToTarget or EmbargoDirection.ProcurementFromTarget or EmbargoDirection.Both
            ? direction
            : throw new ArgumentOutOfRangeException(paramName, direction, "A direction is SupplyToTarget, ProcurementFromTarget or both.");

    /// <summary>" (legal basis)" or nothing, for ToString.</summary>
    private protected string BasisSuffix => LegalBasis is null ? string.Empty : $" ({LegalBasis})";
}
