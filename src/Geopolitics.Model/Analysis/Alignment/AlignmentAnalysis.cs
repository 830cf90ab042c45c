using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
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
public sealed class AlignmentAnalysis
{
    /// <summary>The least score that links two actors unless another threshold is given.</summary>
    public const double DefaultThreshold = 0.5;

    private readonly Scenario _scenario;
    private readonly ScenarioFacts _facts;
    private readonly StanceHistory _stances;
    private readonly DefenceTieIndex _ties;
    private readonly ImmutableArray<ActorId> _actors;

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
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
        var certain = new List<(AlignmentLink Link, int First)>();
        var parent = NewForest();
        for (var i = 0; i < _actors.Length; i++)
        {
            for (var j = i + 1; j < _actors.Length; j++)
            {
                var link = context.Link(_actors[i], _actors[j], threshold);
                if (link.Basis != AlignmentBasis.None)
                {
                    links.Add(link);
                }

                if (link.Linked.IsTrue)
                {
                    Union(parent, i, j);
                    certain.Add((link, i));
                }
            }
        }

        // Each certain link belongs to the bloc of its actors, listed in the order of the pairs.
        var components = Components(parent);
        var blocOf = new int[_actors.Length];
        Array.Fill(blocOf, -1);
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var member in components[c])
            {
                blocOf[member] = c;
            }
        }

        var blocLinks = components.Select(_ => ImmutableArray.CreateBuilder<AlignmentLink>()).ToList();
        foreach (var (link, first) in certain)
        {
            blocLinks[blocOf[first]].Add(link);
        }

        var blocs = components.Select((members, c) => new AlignmentBloc([.. members.Select(m => _actors[m])], blocLinks[c].DrainToImmutable())).ToImmutableArray();
        var unaligned = _actors.Where((_, i) => blocOf[i] < 0).ToImmutableArray();
        return new AlignmentBlocs(day, minimum, threshold, blocs, unaligned, [.. links]);
    }

    /// <summary>
    /// The members of the blocs of aligned actors on a day: the members of each of <see cref="Blocs"/>' blocs, in the same
    /// order, without the links, their scores, reasons and facts. Meant for many queries or many actors: each pair is
    /// decided by the same rule as <see cref="Link"/> (scores and conflicts), without building a link.
    /// </summary>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <param name="threshold">The least score that links two actors, in [−1, 1].</param>
    /// <returns>The members of each bloc in id order, the blocs largest first (then by their first member's id).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="threshold"/> is out of range.</exception>
    public ImmutableArray<ImmutableArray<ActorId>> BlocMembers(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum, double threshold = DefaultThreshold)
    {
        CheckMinimum(minimum);
        CheckThreshold(threshold);
        var context = new Context(this, day, minimum);
        var parent = NewForest();
        for (var i = 0; i < _actors.Length; i++)
        {
            for (var j = i + 1; j < _actors.Length; j++)
            {
                if (context.Decide(_actors[i], _actors[j], threshold, null).Linked.IsTrue)
                {
                    Union(parent, i, j);
                }
            }
        }

        return [.. Components(parent).Select(members => members.Select(m => _actors[m]).ToImmutableArray())];
    }

    /// <summary>The root of the set of actor <paramref name="index"/> in a union-find forest over the indexes of the actors.</summary>
    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index)
        {
            index = parent[index] = parent[parent[index]];
        }

        return index;
    }

    /// <summary>Joins the sets of two actors; the root is the lower index, so the actor first in id order.</summary>
    private static void Union(int[] parent, int first, int second)
    {
        var (a, b) = (Root(parent, first), Root(parent, second));
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    /// <summary>The sets of two or more actors, each in index order, largest first, then by their first index.</summary>
    private static List<List<int>> Components(int[] parent)
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Root(parent, i);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
            }

            members.Add(i);
        }

        return [.. byRoot.Values.Where(members => members.Count >= 2).OrderByDescending(members => members.Count).ThenBy(members => members[0])];
    }

    /// <summary>A union-find forest in which every actor is alone.</summary>
    private int[] NewForest() => [.. Enumerable.Range(0, _actors.Length)];

    private static void CheckMinimum(Confidence minimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
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
        private readonly AlignmentAnalysis _owner;
        private readonly LocalDate _day;
        private readonly Confidence _minimum;
        private readonly DefenceTieSnapshot _ties;
        private readonly Dictionary<ActorId, Dictionary<StanceTarget, StanceOutcome>> _outcomes = [];
        private readonly Dictionary<ActorId, Held> _held = [];

        public Context(AlignmentAnalysis owner, LocalDate day, Confidence minimum)
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
            foreach (var mine in HeldBy(a).Sorted)
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
            var count = HeldBy(a).Sorted.Length;
            var explanation = new Explanation(new List<FactReference>((2 * count) + 16), [], []);
            var decision = Decide(a, b, threshold, explanation);
            if (decision.Basis == AlignmentBasis.None)
            {
                return new AlignmentLink(a, b, AlignmentBasis.None, null, null, threshold, Truth.False, Truth.False, [], "no common stance target and no shared defence tie");
            }

            var (low, high) = (decision.Low!.Value, decision.High!.Value);
            var reason = decision.Portfolio is not { } portfolio
                ? $"stance S = {Format(low)} over {decision.CommonTargets} common target{(decision.CommonTargets == 1 ? string.Empty : "s")}"
                : $"no common stance target; defence-tie portfolio S = {(portfolio.IsCertain ? Format(low) : $"{Format(low)}..{Format(high)}")}" +
                  (decision.BasisHolds.IsTrue ? string.Empty : " (whether they share a tie is unknown)");
            var reachesThreshold = decision.ReachesThreshold;
            reason += reachesThreshold.IsTrue ? $" ≥ {Format(threshold)}" : reachesThreshold.IsFalse ? $" < {Format(threshold)}" : $", which may or may not reach {Format(threshold)}";
            var facts = explanation.Facts;
            var conflicts = new List<string>();
            ExplainConflict(a, b, explanation.NamedBySecond, facts, conflicts);
            ExplainConflict(b, a, explanation.NamedByFirst, facts, conflicts);
            if (decision.Conflict.IsPossible)
            {
                reason += $"; {(decision.Conflict.IsTrue ? string.Empty : "possible ")}conflict: {string.Join("; ", conflicts)}";
            }

            // Each fact once, in the order first met. The stance facts are distinct already (each a different stance: one
            // per common target and actor), so only the facts after them need a set.
            var stanceFacts = 2 * decision.CommonTargets;
            var distinct = ImmutableArray.CreateBuilder<FactReference>(facts.Count);
            distinct.AddRange(CollectionsMarshal.AsSpan(facts)[..stanceFacts]);
            if (facts.Count > stanceFacts)
            {
                var seen = new HashSet<FactReference>(distinct);
                foreach (var fact in CollectionsMarshal.AsSpan(facts)[stanceFacts..])
                {
                    if (seen.Add(fact))
                    {
                        distinct.Add(fact);
                    }
                }
            }

            return new AlignmentLink(a, b, decision.Basis, low, high, threshold, decision.Conflict, decision.Linked, distinct.DrainToImmutable(), reason);
        }

        /// <summary>
        /// The rule that links two actors: the score (of their stances on common targets, otherwise of their defence-tie
        /// portfolios when they may share a tie), whether it reaches the threshold, and whether either is negative on the
        /// other or on an actor the other is tied to. With an <paramref name="explanation"/>, also gathers the stance and
        /// portfolio facts and the actors behind a possible conflict, for <see cref="Link"/>; without, it builds nothing.
        /// </summary>
        public Decision Decide(ActorId a, ActorId b, double threshold, Explanation? explanation)
        {
            var (stanceScore, commonTargets) = StanceScore(HeldBy(a), HeldBy(b), explanation);
            double low;
            double high;
            Truth basisHolds;
            PortfolioSimilarity? portfolio = null;
            if (stanceScore is { } score)
            {
                (low, high, basisHolds) = (score, score, Truth.True);
            }
            else
            {
                var shared = SharedTie(a, b);
                if (!shared.IsPossible)
                {
                    return new Decision(AlignmentBasis.None, null, null, 0, null, Truth.False, Truth.False, Truth.False, Truth.False);
                }

                portfolio = Portfolios(a, b);
                explanation?.Facts.AddRange(portfolio.Facts);
                (low, high, basisHolds) = (portfolio.Low, portfolio.High, shared);
            }

            var reachesThreshold = low >= threshold ? Truth.True : high < threshold ? Truth.False : Truth.Unknown;
            var conflict = Conflict(a, b, explanation?.NamedBySecond) | Conflict(b, a, explanation?.NamedByFirst);
            var basis = portfolio is null ? AlignmentBasis.Stances : AlignmentBasis.Portfolio;
            return new Decision(basis, low, high, commonTargets, portfolio, basisHolds, reachesThreshold, conflict, basisHolds & reachesThreshold & !conflict);
        }

        /// <summary>
        /// The score and common targets of <see cref="Stances"/> (a merge of the two actors' stances in effect, sorted by
        /// target), adding its facts (two a common target) to the explanation if given, without the similarity's other parts.
        /// </summary>
        private (double? Score, int CommonTargets) StanceScore(Held first, Held second, Explanation? explanation)
        {
            var (ranks, otherRanks) = (first.Ranks, second.Ranks);
            var distance = 0;
            var common = 0;
            for (int i = 0, j = 0; i < ranks.Length && j < otherRanks.Length;)
            {
                if (ranks[i] != otherRanks[j])
                {
                    _ = ranks[i] < otherRanks[j] ? i++ : j++;
                    continue;
                }

                distance += Math.Abs(first.Positions[i] - second.Positions[j]);
                common++;
                if (explanation is not null)
                {
                    explanation.Facts.Add(FactOf(first, i));
                    explanation.Facts.Add(FactOf(second, j));
                }

                i++;
                j++;
            }

            return common == 0 ? (null, 0) : (1.0 - (2.0 * distance / (StanceSimilarity.MaxDistance * common)), common);
        }

        /// <summary>The fact of a principal's stance in effect, described once a day.</summary>
        private FactReference FactOf(Held held, int index) => held.InEffectFacts[index] ??= _owner._facts.Stance(held.InEffect[index]);

        /// <summary>
        /// The principal's stances on the day, prepared once a day: every outcome in the order of its target, the stances in
        /// effect with their targets' ranks and positions, and the actors named by a target it may be negative on.
        /// </summary>
        private Held HeldBy(ActorId principal)
        {
            if (_held.TryGetValue(principal, out var held))
            {
                return held;
            }

            var sorted = _owner._targetsInOrder.GetValueOrDefault(principal, [])
                .Select(t => (t.Rank, Outcome: _owner._stances.Outcome(principal, t.Target, _day, _minimum)))
                .ToArray();
            var inEffect = sorted.Where(o => o.Outcome.InEffect is not null).ToArray();
            var negativeOn = new Dictionary<ActorId, Negative>();
            for (var k = 0; k < sorted.Length; k++)
            {
                var outcome = sorted[k].Outcome;
                var negative = outcome.Satisfies(s => s.Position <= StancePosition.Concerned);
                if (!negative.IsPossible)
                {
                    continue;
                }

                foreach (var named in _owner.NamedActors(outcome.Target).Where(x => x != principal))
                {
                    if (!negativeOn.TryGetValue(named, out var entry))
                    {
                        negativeOn[named] = entry = new Negative();
                    }

                    entry.Truth |= negative;
                    entry.Outcomes.Add(k);
                }
            }

            held = new Held(
                [.. sorted.Select(o => o.Outcome)],
                [.. inEffect.Select(o => o.Rank)],
                [.. inEffect.Select(o => (int)o.Outcome.InEffect!.Position)],
                [.. inEffect.Select(o => o.Outcome.InEffect!)],
                negativeOn);
            _held[principal] = held;
            return held;
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
        /// <paramref name="other"/> has a defence tie with; adds to <paramref name="named"/>, if given, each actor behind a
        /// possible conflict.
        /// </summary>
        private Truth Conflict(ActorId other, ActorId holder, List<ActorId>? named)
        {
            var negativeOn = HeldBy(holder).NegativeOn;
            if (negativeOn.Count == 0)
            {
                return Truth.False;
            }

            // Over the holder's stances, the conflict is the disjunction of (named is other, or tied to other) ∧ negative:
            // only the other actor and the actors it may be tied to can make it possible.
            var result = Consider(other, Truth.True);
            foreach (var partner in _ties.PartnersOf(other))
            {
                if (partner != other)
                {
                    result |= Consider(partner, _ties.Tie(other, partner));
                }
            }

            return result;

            Truth Consider(ActorId actor, Truth tied)
            {
                if (!negativeOn.TryGetValue(actor, out var negative))
                {
                    return Truth.False;
                }

                var conflict = tied & negative.Truth;
                if (conflict.IsPossible)
                {
                    named?.Add(actor);
                }

                return conflict;
            }
        }

        /// <summary>
        /// The facts and reasons of the conflict <see cref="Conflict"/> found between <paramref name="other"/> and
        /// <paramref name="holder"/>, given the actors behind it: the holder's negative stances in its target order, then
        /// for each ally of the other actor (in id order) the ties.
        /// </summary>
        private void ExplainConflict(ActorId other, ActorId holder, List<ActorId> named, List<FactReference> facts, List<string> reasons)
        {
            if (named.Count == 0)
            {
                return;
            }

            var held = HeldBy(holder);
            var outcomes = named.Count == 1 ? held.NegativeOn[named[0]].Outcomes.Distinct() : named.SelectMany(actor => held.NegativeOn[actor].Outcomes).Distinct().Order();
            foreach (var k in outcomes)
            {
                facts.AddRange(held.Sorted[k].Candidates.Where(s => s.Position <= StancePosition.Concerned).Select(_owner._facts.Stance));
            }

            // The other actor itself first, then its allies in id order.
            foreach (var actor in named.Count == 1 ? (IEnumerable<ActorId>)named : named.Order().OrderBy(actor => actor != other))
            {
                var targets = string.Join(", ", held.NegativeOn[actor].Outcomes.Select(k => held.Sorted[k].Target.ToString()));
                if (actor == other)
                {
                    reasons.Add($"{holder} is negative on {targets}, naming {other}");
                }
                else
                {
                    var ties = _ties.Between(other, actor).Where(t => t.InForce.IsPossible).ToList();
                    facts.AddRange(ties.SelectMany(t => t.Facts));
                    reasons.Add($"{other} is tied to {actor} ({string.Join(", ", ties.Select(t => t.Treaty.Id))}) and {holder} is negative on {targets}");
                }
            }
        }
    }

    /// <summary>The parts of a link's rule, as <see cref="Context.Decide"/> finds them.</summary>
    private readonly record struct Decision(
        AlignmentBasis Basis,
        double? Low,
        double? High,
        int CommonTargets,
        PortfolioSimilarity? Portfolio,
        Truth BasisHolds,
        Truth ReachesThreshold,
        Truth Conflict,
        Truth Linked);

    /// <summary>What <see cref="Context.Link"/> gathers while the rule is decided: the facts in the order met (stance facts first, distinct) and the actors behind each way of a conflict.</summary>
    private sealed record Explanation(List<FactReference> Facts, List<ActorId> NamedByFirst, List<ActorId> NamedBySecond);

    /// <summary>
    /// A principal's stances on a day: every outcome in target order; the stances in effect, with their targets' ranks and
    /// positions, in the same order; and per actor named by a target the principal may be negative on, whether it is and
    /// the indexes of those outcomes.
    /// </summary>
    private sealed record Held(StanceOutcome[] Sorted, int[] Ranks, int[] Positions, Stance[] InEffect, Dictionary<ActorId, Negative> NegativeOn)
    {
        /// <summary>The facts of the stances in effect, each described when a link first needs it.</summary>
        public FactReference?[] InEffectFacts { get; } = new FactReference?[InEffect.Length];
    }

    /// <summary>Whether a principal is negative on targets naming one actor, and which of its outcomes they are.</summary>
    private sealed class Negative
    {
        public Truth Truth { get; set; } = Truth.False;

        public List<int> Outcomes { get; } = [];
    }
}
