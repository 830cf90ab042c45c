namespace Geopolitics.Model.Stances;

/// <summary>
/// What a <see cref="Stance"/> is about: exactly one of <see cref="ActorTarget"/>, <see cref="ActorsTarget"/>,
/// <see cref="TreatyTarget"/>, <see cref="TransferTarget"/>, <see cref="IssueTarget"/> or <see cref="ResolutionTarget"/>.
/// </summary>
/// <remarks>
/// The set of kinds is closed: no type outside this library can derive from it. Targets are values: two stances
/// share a target when their targets are equal, which is what alignment compares.
/// </remarks>
public abstract record StanceTarget
{
    private protected StanceTarget()
    {
    }

    /// <summary>Which kind of target this is.</summary>
    public StanceTargetKind Kind => KindCore;

    private protected abstract StanceTargetKind KindCore { get; }

    /// <summary>Calls the function that handles this target's kind and returns its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="actor">Handles one actor.</param>
    /// <param name="actors">Handles a pair or group of actors.</param>
    /// <param name="treaty">Handles a treaty.</param>
    /// <param name="transfer">Handles a transfer.</param>
    /// <param name="issue">Handles a named issue.</param>
    /// <param name="resolution">Handles a roll call on a resolution.</param>
    /// <returns>The result of the function called.</returns>
    public TResult Match<TResult>(
        Func<ActorTarget, TResult> actor,
        Func<ActorsTarget, TResult> actors,
        Func<TreatyTarget, TResult> treaty,
        Func<TransferTarget, TResult> transfer,
        Func<IssueTarget, TResult> issue,
        Func<ResolutionTarget, TResult> resolution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(resolution);
        return this switch
        {
            ActorTarget target => actor(target),
            ActorsTarget target => actors(target),
            TreatyTarget target => treaty(target),
            TransferTarget target => transfer(target),
            IssueTarget target => issue(target),
            ResolutionTarget target => resolution(target),
            _ => throw new System.Diagnostics.UnreachableException($"Unknown stance target type {GetType()}."),
        };
    }

    /// <summary>Calls the action for this stance target's case.</summary>
    /// <param name="actor">Called for an <see cref="ActorTarget"/>.</param>
    /// <param name="actors">Called for an <see cref="ActorsTarget"/>.</param>
    /// <param name="treaty">Called for a <see cref="TreatyTarget"/>.</param>
    /// <param name="transfer">Called for a <see cref="TransferTarget"/>.</param>
    /// <param name="issue">Called for an <see cref="IssueTarget"/>.</param>
    /// <param name="resolution">Called for a <see cref="ResolutionTarget"/>.</param>
    /// <exception cref="ArgumentNullException">An action is <see langword="null"/>.</exception>
    public void Switch(
        Action<ActorTarget> actor,
        Action<ActorsTarget> actors,
        Action<TreatyTarget> treaty,
        Action<TransferTarget> transfer,
        Action<IssueTarget> issue,
        Action<ResolutionTarget> resolution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(resolution);
        switch (this)
        {
            case ActorTarget value:
                actor(value);
                break;
            case ActorsTarget value:
                actors(value);
                break;
            case TreatyTarget value:
                treaty(value);
                break;
            case TransferTarget value:
                transfer(value);
                break;
            case IssueTarget value:
                issue(value);
                break;
            case ResolutionTarget value:
                resolution(value);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown stance target type {GetType()}.");
        }
    }
}
