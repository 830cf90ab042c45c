using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Validation;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis;

/// <summary>
/// Computes alignment (DOMAIN.md 3.6): the similarity of two actors' stances on common targets, the similarity of their
/// defence-tie portfolios, and the blocs of aligned actors on a day. The rules are in <c>docs/analyses/alignment.md</c>.
/// </summary>
/// <remarks>
/// An agency counts as the actor it speaks for, both as a stance holder and when named in a query. Immutable once
/// built, so one instance can serve many threads.
/// </remarks>
public sealed class AlignmentAnalyzer
{
    /// <summary>The least score that links two actors unless another threshold is given.</summary>
    public const double DefaultThreshold = 0.5;

    private readonly Scenario _scenario;
    private readonly ScenarioFacts _facts;
    private readonly StanceHistory _stances;
    private readonly DefenceTieIndex _ties;
    private readonly ImmutableArray<ActorId> _actors;

    /// <summary>Prepares the analysis of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public AlignmentAnalyzer(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _facts = new ScenarioFacts(scenario);
        _stances = new StanceHistory(scenario);
        var treaties = scenario.Treaties.DistinctBy(t => t.Id).ToList();
        _ties = new DefenceTieIndex(treaties, new TreatyStatusEvaluator(treaties), _facts);
        _actors = [.. scenario.Actors.Where(a => a.Kind != ActorKind.Agency).Select(a => a.Id).Distinct().Order()];
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence.</exception>
    public OneOf<StanceSimilarity, ModelError> CompareStances(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        CheckMinimum(minimum);
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence.</exception>
    public OneOf<PortfolioSimilarity, ModelError> ComparePortfolios(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        CheckMinimum(minimum);
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
        CheckMinimum(minimum);
        CheckThreshold(threshold);
        return CheckPair(first, second).Match<OneOf<AlignmentLink, ModelError>>(
            pair => new Context(this, day, minimum).Link(pair.First, pair.Second, threshold),
            error => error);
    }

    /// <summary>The blocs of aligned actors on a day: the connected groups of two or more actors joined by certain links.</summary>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <param name="threshold">The least score that links two actors, in [−1, 1].</param>
    /// <returns>The blocs, the actors in none, and every link considered.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="threshold"/> is out of range.</exception>
    public AlignmentBlocs Blocs(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum, double threshold = DefaultThreshold)
    {
        CheckMinimum(minimum);
        CheckThreshold(threshold);
        var context = new Context(this, day, minimum);
        var links = new List<AlignmentLink>();
        for (var i = 0; i < _actors.Length; i++)
        {
            for (var j = i + 1; j < _actors.Length; j++)
            {
                var link = context.Link(_actors[i], _actors[j], threshold);
                if (link.Basis != AlignmentBasis.None)
                {
                    links.Add(link);
                }
            }
        }

        // Union-find over the certain links.
        var parent = _actors.ToDictionary(a => a, a => a);
        ActorId Root(ActorId actor)
        {
            while (parent[actor] != actor)
            {
                actor = parent[actor] = parent[parent[actor]];
            }

            return actor;
        }

        var certain = links.Where(l => l.Linked.IsTrue).ToList();
        foreach (var link in certain)
        {
            var (a, b) = (Root(link.First), Root(link.Second));
            if (a != b)
            {
                parent[a < b ? b : a] = a < b ? a : b;
            }
        }

        var blocs = _actors
            .GroupBy(Root)
            .Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var members = g.Order().ToImmutableArray();
                return new AlignmentBloc(members, [.. certain.Where(l => members.Contains(l.First) && members.Contains(l.Second))]);
            })
            .OrderByDescending(b => b.Members.Length)
            .ThenBy(b => b.Members[0])
            .ToImmutableArray();
        var unaligned = _actors.Where(a => !blocs.Any(b => b.Contains(a))).ToImmutableArray();
        return new AlignmentBlocs(day, minimum, threshold, blocs, unaligned, [.. links]);
    }

    private static void CheckMinimum(Confidence minimum)
    {
        if (!Enum.IsDefined(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Unknown confidence level.");
        }
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
                    name);
            }
        }

        var (a, b) = (_stances.PrincipalOf(first), _stances.PrincipalOf(second));
        if (a == b)
        {
            return new ModelError(
                ErrorCodes.AlignmentSameActor,
                $"'second' ({second}) is the same actor as 'first' ({first}) once agencies count as the actor they speak for ({a}); alignment compares two different actors.",
                nameof(second));
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

    /// <summary>The computations of one day, sharing the defence ties and the stances in effect.</summary>
    private sealed class Context
    {
        private readonly AlignmentAnalyzer _owner;
        private readonly LocalDate _day;
        private readonly Confidence _minimum;
        private readonly DefenceTieSnapshot _ties;
        private readonly Dictionary<ActorId, Dictionary<StanceTarget, StanceOutcome>> _outcomes = [];
        private readonly Dictionary<ActorId, List<StanceOutcome>> _sorted = [];

        public Context(AlignmentAnalyzer owner, LocalDate day, Confidence minimum)
        {
            _owner = owner;
            _day = day;
            _minimum = minimum;
            _ties = owner._ties.On(day, minimum);
        }

        public StanceSimilarity Stances(ActorId a, ActorId b)
        {
            var first = Outcomes(a);
            var second = Outcomes(b);
            var comparisons = ImmutableArray.CreateBuilder<StanceComparison>();
            var undecided = ImmutableArray.CreateBuilder<StanceTarget>();
            foreach (var mine in Sorted(a))
            {
                var target = mine.Target;
                if (!second.TryGetValue(target, out var theirs) || mine.IsNone || theirs.IsNone)
                {
                    continue;
                }

                if (mine.InEffect is { } x && theirs.InEffect is { } y)
                {
                    comparisons.Add(new StanceComparison(target, x.Position, y.Position, _owner._facts.Stance(x), _owner._facts.Stance(y)));
                }
                else
                {
                    undecided.Add(target);
                }
            }

            var ignored = first.Values.Concat(second.Values).SelectMany(o => o.Ignored).Select(_owner._facts.Stance).Distinct().ToImmutableArray();
            return new StanceSimilarity(a, b, _day, _minimum, comparisons.ToImmutable(), undecided.ToImmutable(), ignored);
        }

        public PortfolioSimilarity Portfolios(ActorId a, ActorId b)
        {
            var entries = ImmutableArray.CreateBuilder<PortfolioEntry>();
            var facts = new List<FactReference>();
            var ignored = new List<FactReference>();
            foreach (var actor in _owner._actors.Union([a, b]).Order())
            {
                entries.Add(new PortfolioEntry(actor, Tie(a, actor, facts, ignored), Tie(b, actor, facts, ignored)));
            }

            return new PortfolioSimilarity(a, b, _day, _minimum, entries.ToImmutable(), [.. facts.Distinct()], [.. ignored.Distinct()]);
        }

        public AlignmentLink Link(ActorId a, ActorId b, double threshold)
        {
            // Sized for two facts a common target, so that the lists of a bloc search are not grown again and again.
            var facts = new List<FactReference>((2 * Sorted(a).Count) + 16);
            var seen = new HashSet<FactReference>(2 * Sorted(a).Count);
            var (stanceScore, commonTargets) = StanceScore(a, b, facts, seen);
            AlignmentBasis basis;
            double low;
            double high;
            Truth basisHolds;
            string reason;
            if (stanceScore is { } score)
            {
                basis = AlignmentBasis.Stances;
                (low, high, basisHolds) = (score, score, Truth.True);
                reason = $"stance S = {Format(score)} over {commonTargets} common target{(commonTargets == 1 ? string.Empty : "s")}";
            }
            else
            {
                var shared = SharedTie(a, b);
                if (!shared.IsPossible)
                {
                    return new AlignmentLink(a, b, AlignmentBasis.None, null, null, threshold, Truth.False, Truth.False, [], "no common stance target and no shared defence tie");
                }

                var portfolio = Portfolios(a, b);
                basis = AlignmentBasis.Portfolio;
                (low, high, basisHolds) = (portfolio.Low, portfolio.High, shared);
                facts.AddRange(portfolio.Facts);
                reason = $"no common stance target; defence-tie portfolio S = {(portfolio.IsCertain ? Format(low) : $"{Format(low)}..{Format(high)}")}" +
                         (shared.IsTrue ? string.Empty : " (whether they share a tie is unknown)");
            }

            var reachesThreshold = low >= threshold ? Truth.True : high < threshold ? Truth.False : Truth.Unknown;
            reason += reachesThreshold.IsTrue ? $" ≥ {Format(threshold)}" : reachesThreshold.IsFalse ? $" < {Format(threshold)}" : $", which may or may not reach {Format(threshold)}";
            var conflicts = new List<string>();
            var conflict = Conflict(a, b, facts, conflicts) | Conflict(b, a, facts, conflicts);
            if (conflict.IsPossible)
            {
                reason += $"; {(conflict.IsTrue ? string.Empty : "possible ")}conflict: {string.Join("; ", conflicts)}";
            }

            var linked = basisHolds & reachesThreshold & !conflict;

            // Each fact once, in the order first met; the stance facts are already distinct and in 'seen'.
            var distinct = ImmutableArray.CreateBuilder<FactReference>(facts.Count);
            var stanceFacts = seen.Count;
            for (var i = 0; i < facts.Count; i++)
            {
                if (i < stanceFacts || seen.Add(facts[i]))
                {
                    distinct.Add(facts[i]);
                }
            }

            return new AlignmentLink(a, b, basis, low, high, threshold, conflict, linked, distinct.DrainToImmutable(), reason);
        }

        /// <summary>
        /// The score and common targets of <see cref="Stances"/>, adding its facts (each once) to <paramref name="facts"/>
        /// and <paramref name="seen"/>, without the similarity's other parts: what a link needs, for every pair of a bloc search.
        /// </summary>
        private (double? Score, int CommonTargets) StanceScore(ActorId a, ActorId b, List<FactReference> facts, HashSet<FactReference> seen)
        {
            var second = Outcomes(b);
            var distance = 0;
            var common = 0;
            foreach (var mine in Sorted(a))
            {
                if (!second.TryGetValue(mine.Target, out var theirs) || mine.IsNone || theirs.IsNone ||
                    mine.InEffect is not { } x || theirs.InEffect is not { } y)
                {
                    continue;
                }

                distance += Math.Abs((int)x.Position - (int)y.Position);
                common++;
                foreach (var fact in (ReadOnlySpan<FactReference>)[_owner._facts.Stance(x), _owner._facts.Stance(y)])
                {
                    if (seen.Add(fact))
                    {
                        facts.Add(fact);
                    }
                }
            }

            return common == 0 ? (null, 0) : (1.0 - (2.0 * distance / (StanceSimilarity.MaxDistance * common)), common);
        }

        /// <summary>The principal's outcomes in the order of their targets (kind, then text), sorted once a day.</summary>
        private List<StanceOutcome> Sorted(ActorId principal)
        {
            if (!_sorted.TryGetValue(principal, out var sorted))
            {
                sorted = [.. Outcomes(principal).Values.OrderBy(o => o.Target.Kind).ThenBy(o => o.Target.ToString(), StringComparer.Ordinal)];
                _sorted[principal] = sorted;
            }

            return sorted;
        }

        private Dictionary<StanceTarget, StanceOutcome> Outcomes(ActorId principal)
        {
            if (!_outcomes.TryGetValue(principal, out var outcomes))
            {
                outcomes = _owner._stances.TargetsOf(principal)
                    .Select(target => _owner._stances.Outcome(principal, target, _day, _minimum))
                    .ToDictionary(o => o.Target);
                _outcomes[principal] = outcomes;
            }

            return outcomes;
        }

        private Truth Tie(ActorId actor, ActorId other, List<FactReference> facts, List<FactReference> ignored)
        {
            if (actor == other)
            {
                return Truth.True;
            }

            var ties = _ties.Between(actor, other);
            foreach (var tie in ties)
            {
                ignored.AddRange(tie.Ignored);
                if (tie.InForce.IsPossible)
                {
                    facts.AddRange(tie.Facts);
                }
            }

            return Truth.Any(ties.Select(t => t.InForce));
        }

        /// <summary>Whether the two are tied to each other or to a common third actor.</summary>
        private Truth SharedTie(ActorId a, ActorId b) =>
            _ties.Tie(a, b) | Truth.Any(_owner._actors.Where(x => x != a && x != b).Select(x => _ties.Tie(a, x) & _ties.Tie(b, x)));

        /// <summary>
        /// Whether <paramref name="holder"/> takes a negative stance on a target naming <paramref name="other"/> or an actor
        /// <paramref name="other"/> has a defence tie with.
        /// </summary>
        private Truth Conflict(ActorId other, ActorId holder, List<FactReference> facts, List<string> reasons)
        {
            var result = Truth.False;
            var targetsByNamed = new SortedDictionary<ActorId, List<string>>();
            foreach (var outcome in Sorted(holder))
            {
                var negative = outcome.Satisfies(s => s.Position <= StancePosition.Concerned);
                if (!negative.IsPossible)
                {
                    continue;
                }

                var counted = false;
                foreach (var named in _owner.NamedActors(outcome.Target).Where(x => x != holder))
                {
                    var conflict = (named == other ? Truth.True : _ties.Tie(other, named)) & negative;
                    if (!conflict.IsPossible)
                    {
                        continue;
                    }

                    result |= conflict;
                    counted = true;
                    if (!targetsByNamed.TryGetValue(named, out var targets))
                    {
                        targetsByNamed[named] = targets = [];
                    }

                    targets.Add(outcome.Target.ToString()!);
                }

                if (counted)
                {
                    facts.AddRange(outcome.Candidates.Where(s => s.Position <= StancePosition.Concerned).Select(_owner._facts.Stance));
                }
            }

            // The other actor itself first, then its allies in id order.
            foreach (var (named, targets) in targetsByNamed.OrderBy(pair => pair.Key != other))
            {
                if (named == other)
                {
                    reasons.Add($"{holder} is negative on {string.Join(", ", targets)}, naming {other}");
                }
                else
                {
                    var ties = _ties.Between(other, named).Where(t => t.InForce.IsPossible).ToList();
                    facts.AddRange(ties.SelectMany(t => t.Facts));
                    reasons.Add($"{other} is tied to {named} ({string.Join(", ", ties.Select(t => t.Treaty.Id))}) and {holder} is negative on {string.Join(", ", targets)}");
                }
            }

            return result;
        }
    }
}
