using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// Computes alignment (DOMAIN.md 3.6): the similarity of two actors' stances on common targets, the similarity of their
/// defence-tie portfolios, and the blocs of aligned actors on a day. The rules are in <c>docs/analyses/alignment.md</c>.
/// </summary>
/// <remarks>
/// An agency counts as the actor it speaks for, both as a stance holder and when named in a query. Immutable once
/// built, so one instance can serve many threads.
/// </remarks>
public sealed partial class AlignmentAnalysis
{
    /// <summary>The least score that links two actors unless another threshold is given.</summary>
    public const double DefaultThreshold = 0.5;

    private readonly Scenario _scenario;
    private readonly ScenarioFacts _facts;
    private readonly StanceHistory _stances;
    private readonly DefenceTieIndex _ties;
    private readonly ImmutableArray<ActorId> _actors;
    private readonly FrozenSet<ActorId> _actorSet;

    // Each principal's stance targets in the order of targets (kind, then text) with their ranks in that order, so that
    // a day's stances of two actors are compared by merging two arrays sorted by rank.
    private readonly FrozenDictionary<ActorId, ImmutableArray<(StanceTarget Target, int Rank)>> _targetsInOrder;

    /// <summary>Prepares the analysis of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public AlignmentAnalysis(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _facts = ScenarioFacts.Of(scenario);
        _stances = new StanceHistory(scenario);
        _ties = DefenceTieIndex.Of(scenario);
        _actors = [.. scenario.Actors.Where(a => a.Kind != ActorKind.Agency).Select(a => a.Id).Distinct().Order()];
        _actorSet = _actors.ToFrozenSet();
        var ranks = _stances.Targets
            .OrderBy(t => t.Kind)
            .ThenBy(t => t.ToString(), StringComparer.Ordinal)
            .Select((target, rank) => (target, rank))
            .ToDictionary(t => t.target, t => t.rank);
        _targetsInOrder = _stances.Principals.ToFrozenDictionary(p => p, p => _stances.TargetsOf(p).Select(t => (t, ranks[t])).OrderBy(t => t.Item2).ToImmutableArray());
    }

    /// <summary>The actors that make up the dimensions of the portfolios and the candidates for blocs: every actor but agencies.</summary>
    public ImmutableArray<ActorId> Actors => _actors;

    /// <summary>The similarity of two actors' stances on the targets they share on a day.</summary>
    /// <param name="first">One actor (an agency counts as the actor it speaks for).</param>
    /// <param name="second">The other actor.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a stance needs to be used.</param>
    /// <returns>
    /// The similarity, or an error when an actor is not in the scenario (<see cref="ErrorCodes.AlignmentUnknownActor"/>) or
    /// both are the same (<see cref="ErrorCodes.AlignmentSameActor"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<StanceSimilarity, ModelError> CompareStances(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        return CheckPair(first, second).Match<OneOf<StanceSimilarity, ModelError>>(
            pair => new Context(this, day, minimum).Stances(pair.First, pair.Second),
            error => error);
    }

    /// <summary>The similarity of two actors' defence-tie portfolios on a day.</summary>
    /// <param name="first">One actor (an agency counts as the actor it speaks for).</param>
    /// <param name="second">The other actor.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a treaty step needs to be used.</param>
    /// <returns>The similarity, or an error as for <see cref="CompareStances"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<PortfolioSimilarity, ModelError> ComparePortfolios(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        return CheckPair(first, second).Match<OneOf<PortfolioSimilarity, ModelError>>(
            pair => new Context(this, day, minimum).Portfolios(pair.First, pair.Second),
            error => error);
    }

    /// <summary>Whether two actors are aligned on a day, by the rule that builds blocs.</summary>
    /// <param name="first">One actor (an agency counts as the actor it speaks for).</param>
    /// <param name="second">The other actor.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <param name="threshold">The least score that links them, in [−1, 1].</param>
    /// <returns>The link, or an error as for <see cref="CompareStances"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="threshold"/> is out of range.</exception>
    public OneOf<AlignmentLink, ModelError> Link(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum, double threshold = DefaultThreshold)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        CheckThreshold(threshold);
        return CheckPair(first, second).Match<OneOf<AlignmentLink, ModelError>>(
            pair => new Context(this, day, minimum).Link(pair.First, pair.Second, threshold),
            error => error);
    }

    private static void CheckThreshold(double threshold)
    {
        if (!(threshold >= -1.0 && threshold <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is an S score: between -1 and 1, both included.");
        }
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private OneOf<(ActorId First, ActorId Second), ModelError> CheckPair(ActorId first, ActorId second)
    {
        foreach (var (actor, name) in new[] { (first, nameof(first)), (second, nameof(second)) })
        {
            if (actor == default || _scenario.FindActor(actor) is null)
            {
                return new ModelError(
                    ErrorCodes.AlignmentUnknownActor,
                    $"'{name}' ({actor}) is not an actor of the scenario '{_scenario.Name}'; alignment compares two of its actors.",
                    ErrorPath.OfMember(name));
            }
        }

        var (a, b) = (_stances.PrincipalOf(first), _stances.PrincipalOf(second));
        if (a == b)
        {
            return new ModelError(
                ErrorCodes.AlignmentSameActor,
                $"'second' ({second}) is the same actor as 'first' ({first}) once agencies count as the actor they speak for ({a}); alignment compares two different actors.",
                ErrorPath.OfMember(nameof(second)));
        }

        return (a, b);
    }

    /// <summary>The actors a stance target names: the actor, the group, a treaty's parties, a transfer's supplier and recipient.</summary>
    private IEnumerable<ActorId> NamedActors(StanceTarget target) => target switch
    {
        ActorTarget t => [t.Actor],
        ActorsTarget t => t.Actors,
        TreatyTarget t => _scenario.FindTreaty(t.Treaty) is { } treaty ? treaty.PartyActors.Distinct() : [],
        TransferTarget t => _scenario.FindTransfer(t.Transfer) is { } transfer ? [transfer.Supplier, transfer.Recipient] : [],
        _ => [],
    };
}
