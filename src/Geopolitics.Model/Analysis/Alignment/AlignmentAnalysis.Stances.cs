using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Analysis.Alignment;

// The stances of a day: each principal's stances in effect, prepared once a day, and their similarity.
public sealed partial class AlignmentAnalysis
{
    /// <summary>The computations of one day, sharing the defence ties and the stances in effect.</summary>
    private sealed partial class Context
    {
        private readonly AlignmentAnalysis _owner;
        private readonly LocalDate _day;
        private readonly Confidence _minimum;
        private readonly DefenceTieIndex.Snapshot _ties;
        private readonly Dictionary<ActorId, Dictionary<StanceTarget, StanceOutcome>> _outcomes = [];
        private readonly Dictionary<ActorId, Held> _held = [];

        // Links gather their facts when first read, possibly on several threads at once, from this shared context.
        private readonly object _gate = new();

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

        /// <summary>
        /// The score and common targets of <see cref="Stances"/> (a merge of the two actors' stances in effect, sorted by
        /// target), adding its facts (two a common target) to the explanation if given, without the similarity's other parts.
        /// </summary>
        private (double? Score, int CommonTargets) StanceScore(Held first, Held second, List<FactReference>? facts)
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
                if (facts is not null)
                {
                    facts.Add(FactOf(first, i));
                    facts.Add(FactOf(second, j));
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
        private Held HeldBy(ActorId principal) => _held.TryGetValue(principal, out var held) ? held : Prepare(principal);

        /// <summary>
        /// Prepares <see cref="HeldBy"/>'s answer, in a method of its own: its lambdas capture the principal, and the
        /// closure would otherwise be allocated on every call, the cached ones included (four a pair in a bloc search).
        /// </summary>
        private Held Prepare(ActorId principal)
        {
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

            var held = new Held(
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
    }

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
