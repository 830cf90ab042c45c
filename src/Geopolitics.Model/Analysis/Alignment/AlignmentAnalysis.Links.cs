using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Alignment;

// The portfolios and the link rule of a day: defence ties, conflicts, and whether two actors are aligned.
public sealed partial class AlignmentAnalysis
{
    private sealed partial class Context : AlignmentLink.IExplainer
    {
        private const string NoBasis = "no common stance target and no shared defence tie";

        private static readonly ImmutableArray<FactReference> NoFacts = [];

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

        /// <summary>
        /// The link of two actors, decided by the rule of <see cref="Decide"/> alone (as <see cref="AlignmentAnalysis.BlocMembers"/>
        /// decides it); its reason and facts are made by the same rule when first read.
        /// </summary>
        public AlignmentLink Link(ActorId a, ActorId b, double threshold)
        {
            var decision = Decide(a, b, threshold, null);
            return decision.Basis == AlignmentBasis.None
                ? new AlignmentLink(a, b, AlignmentBasis.None, null, null, threshold, Truth.False, Truth.False, NoFacts, NoBasis)
                : new AlignmentLink(a, b, decision.Basis, decision.Low, decision.High, threshold, decision.Conflict, decision.Linked, this);
        }

        // A link's reason and facts are made when first read, possibly on several threads at once, from this context (shared
        // by the links of a bloc search), hence the lock.
        string AlignmentLink.IExplainer.Reason(AlignmentLink link)
        {
            lock (_gate)
            {
                return LinkReason(link.First, link.Second, link.Threshold);
            }
        }

        ImmutableArray<FactReference> AlignmentLink.IExplainer.Facts(AlignmentLink link)
        {
            lock (_gate)
            {
                return LinkFacts(link.First, link.Second, link.Threshold);
            }
        }

        /// <summary>The reason of <see cref="Link"/>: the score against the threshold, then the conflicts, if any.</summary>
        private string LinkReason(ActorId a, ActorId b, double threshold)
        {
            var named = new Explanation(null, [], []);
            var decision = Decide(a, b, threshold, named);
            if (decision.Basis == AlignmentBasis.None)
            {
                return NoBasis;
            }

            var (low, high) = (decision.Low!.Value, decision.High!.Value);
            var reason = decision.Basis == AlignmentBasis.Stances
                ? $"stance S = {Format(low)} over {decision.CommonTargets} common target{(decision.CommonTargets == 1 ? string.Empty : "s")}"
                : $"no common stance target; defence-tie portfolio S = {(decision.PortfolioIsCertain ? Format(low) : $"{Format(low)}..{Format(high)}")}" +
                  (decision.BasisHolds.IsTrue ? string.Empty : " (whether they share a tie is unknown)");
            var reachesThreshold = decision.ReachesThreshold;
            reason += reachesThreshold.IsTrue ? $" ≥ {Format(threshold)}" : reachesThreshold.IsFalse ? $" < {Format(threshold)}" : $", which may or may not reach {Format(threshold)}";
            var conflicts = new List<string>();
            ExplainConflict(a, b, named.NamedBySecond, null, conflicts);
            ExplainConflict(b, a, named.NamedByFirst, null, conflicts);
            if (decision.Conflict.IsPossible)
            {
                reason += $"; {(decision.Conflict.IsTrue ? string.Empty : "possible ")}conflict: {string.Join("; ", conflicts)}";
            }

            return reason;
        }

        /// <summary>The facts of <see cref="Link"/>: the stance facts, the portfolio's, then the conflict's, each once in the order first met.</summary>
        private ImmutableArray<FactReference> LinkFacts(ActorId a, ActorId b, double threshold)
        {
            // Sized for two facts a common target, so that the lists are not grown again and again.
            var count = HeldBy(a).Sorted.Length;
            var explanation = new Explanation(new List<FactReference>((2 * count) + 16), [], []);
            var decision = Decide(a, b, threshold, explanation);
            var facts = explanation.Facts!;
            ExplainConflict(a, b, explanation.NamedBySecond, facts, null);
            ExplainConflict(b, a, explanation.NamedByFirst, facts, null);

            // The stance facts are distinct already (each a different stance: one per common target and actor), so only
            // the facts after them need a set.
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

            return distinct.DrainToImmutable();
        }

        /// <summary>
        /// The rule that links two actors: the score (of their stances on common targets, otherwise of their defence-tie
        /// portfolios when they may share a tie), whether it reaches the threshold, and whether either is negative on the
        /// other or on an actor the other is tied to. With an <paramref name="explanation"/>, also gathers the actors behind
        /// a possible conflict and, if it has a list of facts, the stance and portfolio facts, for <see cref="Link"/>;
        /// without, it builds nothing.
        /// </summary>
        public Decision Decide(ActorId a, ActorId b, double threshold, Explanation? explanation)
        {
            var (stanceScore, commonTargets) = StanceScore(HeldBy(a), HeldBy(b), explanation?.Facts);
            double low;
            double high;
            Truth basisHolds;
            var certain = true;
            if (stanceScore is { } score)
            {
                (low, high, basisHolds) = (score, score, Truth.True);
            }
            else
            {
                var shared = SharedTie(a, b);
                if (!shared.IsPossible)
                {
                    return new Decision(AlignmentBasis.None, null, null, 0, false, Truth.False, Truth.False, Truth.False, Truth.False);
                }

                (low, high, certain) = PortfolioScore(a, b);
                if (explanation?.Facts is { } facts)
                {
                    facts.AddRange(Portfolios(a, b).Facts);
                }

                basisHolds = shared;
            }

            var reachesThreshold = low >= threshold ? Truth.True : high < threshold ? Truth.False : Truth.Unknown;
            var conflict = Conflict(a, b, explanation?.NamedBySecond) | Conflict(b, a, explanation?.NamedByFirst);
            var basis = stanceScore is null ? AlignmentBasis.Portfolio : AlignmentBasis.Stances;
            return new Decision(basis, low, high, commonTargets, certain, basisHolds, reachesThreshold, conflict, basisHolds & reachesThreshold & !conflict);
        }

        /// <summary>
        /// The score of <see cref="Portfolios"/> without its entries and facts: only the two actors and those either may be
        /// tied to can make an entry differ (two entries certainly not tied are equal), so only they are looked at.
        /// </summary>
        private (double Low, double High, bool Certain) PortfolioScore(ActorId a, ActorId b)
        {
            var entries = _owner._actors.Length + (_owner._actorSet.Contains(a) ? 0 : 1) + (_owner._actorSet.Contains(b) ? 0 : 1);
            var candidates = new HashSet<ActorId>([a, b]);
            candidates.UnionWith(_ties.PartnersOf(a));
            candidates.UnionWith(_ties.PartnersOf(b));
            var (certain, possible) = (0, 0);
            foreach (var actor in candidates)
            {
                if (actor != a && actor != b && !_owner._actorSet.Contains(actor))
                {
                    continue;
                }

                var first = actor == a ? Truth.True : _ties.Tie(a, actor);
                var second = actor == b ? Truth.True : _ties.Tie(b, actor);
                var differs = first.IsUnknown || second.IsUnknown ? Truth.Unknown : Truth.From(first != second);
                certain += differs.IsTrue ? 1 : 0;
                possible += differs.IsPossible ? 1 : 0;
            }

            // As PortfolioSimilarity computes them.
            return (1.0 - (2.0 * possible / entries), 1.0 - (2.0 * certain / entries), certain == possible);
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
        /// <remarks>Only a common partner of the two can be tied to both, so only they are looked at.</remarks>
        private Truth SharedTie(ActorId a, ActorId b)
        {
            var result = _ties.Tie(a, b);
            var partnersOfB = _ties.PartnersOf(b);
            foreach (var x in _ties.PartnersOf(a))
            {
                if (result.IsTrue)
                {
                    break;
                }

                if (x != a && x != b && _owner._actorSet.Contains(x) && partnersOfB.BinarySearch(x) >= 0)
                {
                    result |= _ties.Tie(a, x) & _ties.Tie(b, x);
                }
            }

            return result;
        }

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
        private void ExplainConflict(ActorId other, ActorId holder, List<ActorId> named, List<FactReference>? facts, List<string>? reasons)
        {
            if (named.Count == 0)
            {
                return;
            }

            var held = HeldBy(holder);
            var outcomes = named.Count == 1 ? held.NegativeOn[named[0]].Outcomes.Distinct() : named.SelectMany(actor => held.NegativeOn[actor].Outcomes).Distinct().Order();
            foreach (var k in outcomes)
            {
                facts?.AddRange(held.Sorted[k].Candidates.Where(s => s.Position <= StancePosition.Concerned).Select(_owner._facts.Stance));
            }

            // The other actor itself first, then its allies in id order.
            foreach (var actor in named.Count == 1 ? (IEnumerable<ActorId>)named : named.Order().OrderBy(actor => actor != other))
            {
                var targets = string.Join(", ", held.NegativeOn[actor].Outcomes.Select(k => held.Sorted[k].Target.ToString()));
                if (actor == other)
                {
                    reasons?.Add($"{holder} is negative on {targets}, naming {other}");
                }
                else
                {
                    var ties = _ties.Between(other, actor).Where(t => t.InForce.IsPossible).ToList();
                    facts?.AddRange(ties.SelectMany(t => t.Facts));
                    reasons?.Add($"{other} is tied to {actor} ({string.Join(", ", ties.Select(t => t.Treaty.Id))}) and {holder} is negative on {targets}");
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
        bool PortfolioIsCertain,
        Truth BasisHolds,
        Truth ReachesThreshold,
        Truth Conflict,
        Truth Linked);

    /// <summary>What <see cref="Context.Link"/> gathers while the rule is decided: the actors behind each way of a conflict and, when asked for, the facts in the order met (stance facts first, distinct).</summary>
    private sealed record Explanation(List<FactReference>? Facts, List<ActorId> NamedByFirst, List<ActorId> NamedBySecond);
}
