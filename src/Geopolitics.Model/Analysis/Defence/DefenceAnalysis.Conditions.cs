using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

// The conditions of a guarantee for one query: whether it is in force, the adversaries, the place, provocation.
public sealed partial class DefenceAnalysis
{
    /// <summary>The conditions of one guarantee for one query.</summary>
    /// <remarks>
    /// Without the treaty's status on the day (<paramref name="status"/> <see langword="null"/>) only what does not change from day to
    /// day can be asked: <see cref="Stated"/> (or <see cref="All"/> without the in-force conditions, with no attacker). A guarantor's understandings narrow its own
    /// obligation under the clause (their conditions are added, each reason naming the understanding), and its
    /// suspension of its obligations towards this beneficiary alone is a condition of its own.
    /// </remarks>
    private sealed class Conditions(Guarantee guarantee, TreatyOnDay? status, LocalDate day, ActorId? attacker, Place? place, bool implied, bool? victimProvoked)
    {
        private TreatyOnDay Status =>
            status ?? throw new System.Diagnostics.UnreachableException("Whether the treaty binds the parties is asked only with the treaty's status on the day.");

        private ClauseConditions Clause => guarantee.Clause.Conditions;

        private ActorId Guarantor => guarantee.Guarantor;

        private ActorId Victim => guarantee.Beneficiary;

        /// <param name="withInForce">Whether to include the conditions that change from day to day (in force, partner suspensions).</param>
        /// <param name="minimum">The weakest confidence admitted for the guarantor's understandings and partner suspensions.</param>
        /// <param name="stated">The conditions <see cref="Stated"/> gives, when already made for this query's place and provocation (and no attacker); default to make them.</param>
        public ImmutableArray<DefenceCondition> All(bool withInForce, Confidence minimum, ImmutableArray<DefenceCondition> stated = default)
        {
            if (stated.IsDefault)
            {
                stated = Stated(minimum);
            }

            var suspended = withInForce && DirectedObligations.HasSuspensionTowards(guarantee.Treaty, Guarantor, Victim);
            var conditions = new DefenceCondition[(withInForce ? 1 : 0) + (suspended ? 1 : 0) + stated.Length + (attacker is null ? 0 : 1)];
            var n = 0;
            if (withInForce)
            {
                conditions[n++] = InForce();
                if (suspended)
                {
                    conditions[n++] = PartnerSuspended(minimum);
                }
            }

            stated.CopyTo(conditions, n);
            if (attacker is { } a)
            {
                conditions[^1] = AttackerOutside(a);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(conditions);
        }

        /// <summary>The conditions the clause and the guarantor's understandings state (adversaries, scope, provocation), which do not change from day to day.</summary>
        /// <param name="minimum">The weakest confidence admitted for the guarantor's understandings.</param>
        public ImmutableArray<DefenceCondition> Stated(Confidence minimum)
        {
            var conditions = ImmutableArray.CreateBuilder<DefenceCondition>();
            AddStated(conditions, minimum);
            return conditions.ToImmutable();
        }

        private void AddStated(ImmutableArray<DefenceCondition>.Builder conditions, Confidence minimum)
        {
            AddClauseConditions(conditions, Clause, null);
            foreach (var (understanding, fact) in DirectedObligations.Understandings(guarantee.Treaty, Guarantor, guarantee.Clause.Id, minimum))
            {
                AddClauseConditions(conditions, understanding.Conditions, $"{Guarantor}'s understanding ({fact.Path})");
            }
        }

        /// <summary>The conditions of <paramref name="limits"/>: the clause's own (<paramref name="by"/> null), or those a guarantor's understanding adds.</summary>
        private void AddClauseConditions(ImmutableArray<DefenceCondition>.Builder conditions, ClauseConditions limits, string? by)
        {
            var before = conditions.Count;
            if (!limits.Adversaries.IsEmpty)
            {
                conditions.Add(Adversary(limits));
            }

            if (limits.GeographicScope is { IsUnrestricted: false } scope)
            {
                conditions.Add(Scope(scope));
            }

            if (limits.NonProvocation)
            {
                conditions.Add(NonProvocation());
            }

            if (limits.Unrecorded)
            {
                conditions.Add(new DefenceCondition(
                    DefenceConditionKind.Unrecorded,
                    Truth.Unknown,
                    "The source does not record whether conditions limit this clause, so it may not apply to this attack."));
            }

            if (by is not null)
            {
                // The same condition, narrowed for this guarantor only: the reason names the understanding.
                for (var i = before; i < conditions.Count; i++)
                {
                    var condition = conditions[i];
                    conditions[i] = new DefenceCondition(condition.Kind, condition.Holds, $"By {by}, for {Guarantor}'s obligation only: {condition.Reason}");
                }
            }
        }

        private DefenceCondition PartnerSuspended(Confidence minimum)
        {
            var (owed, decided) = DirectedObligations.Owed(guarantee.Treaty, Guarantor, Victim, day, minimum);
            var reason = decided is null
                ? $"{Guarantor} has not suspended its obligations under {guarantee.Treaty.Id} towards {Victim} on {DayWindow.Iso(day)} (no admitted suspension towards it covers the day)."
                : owed.IsFalse
                    ? $"{Guarantor}'s obligations under {guarantee.Treaty.Id} towards {Victim} alone are suspended on {DayWindow.Iso(day)} ({decided.Path}): {decided.Description}"
                    : $"{Guarantor}'s obligations under {guarantee.Treaty.Id} towards {Victim} may be suspended on {DayWindow.Iso(day)}, a date known only in part deciding ({decided.Path}): {decided.Description}";
            return new DefenceCondition(DefenceConditionKind.PartnerSuspension, owed, reason);
        }

        internal static string PartyText(TreatyPartyStatus status)
        {
            var statuses = status.Statuses.Length == 1 ? status.Statuses[0].ToString() : $"one of {string.Join(", ", status.Statuses)}";
            var bound = status.EntryIntoForce is { } range ? $"bound from {TreatyTimeline.Describe(range)}" : "never bound on the admitted facts";
            return $"{status.Actor}: {statuses}, {bound}";
        }

        private DefenceCondition InForce()
        {
            // Whether both are bound is read from the treaty's calendar; the report that says why only when the reason is read.
            return new DefenceCondition(DefenceConditionKind.InForce, Status.BothBound(Guarantor, Victim), Status.BothBoundReason);
        }

        private DefenceCondition Adversary(ClauseConditions limits)
        {
            var list = string.Join(", ", limits.Adversaries);
            if (attacker is not { } a)
            {
                return new DefenceCondition(DefenceConditionKind.Adversary, Truth.Unknown, $"The clause covers attacks by {list} only, and the query does not name the attacker.");
            }

            return limits.Adversaries.Contains(a)
                ? new DefenceCondition(DefenceConditionKind.Adversary, Truth.True, $"The clause covers attacks by {list} only, and the attacker is {a}.")
                : new DefenceCondition(DefenceConditionKind.Adversary, Truth.False, $"The clause covers attacks by {list} only, and the attacker, {a}, is not one of them.");
        }

        private DefenceCondition Scope(GeographicScope scope) => ScopeAt(scope, place, implied);

        /// <summary>
        /// The victim's other places where the obligation would be answered differently because of the scope, given
        /// the query's answer to every other condition.
        /// </summary>
        public ImmutableArray<PlaceAlternative> PlaceAlternatives(ImmutableArray<DefenceCondition> conditions, IEnumerable<Place> victimPlaces)
        {
            // A scope stated only in words reads the same (unknown) at every place, so no place changes the answer.
            if (Clause.GeographicScope is not { IsUnrestricted: false } scope || (scope.AdministeredBy.IsEmpty && scope.Regions.IsEmpty && scope.Places.IsEmpty))
            {
                return [];
            }

            var applies = Truth.All(conditions.Select(c => c.Holds));
            var others = conditions.Where(c => c.Kind != DefenceConditionKind.GeographicScope).Select(c => c.Holds).ToList();
            var alternatives = ImmutableArray.CreateBuilder<PlaceAlternative>();
            foreach (var other in victimPlaces)
            {
                if (other == place)
                {
                    continue;
                }

                var there = ScopeAt(scope, other, home: other.Kind == PlaceKind.HomeTerritory);
                var appliesThere = Truth.All(others.Append(there.Holds));
                if (appliesThere != applies)
                {
                    alternatives.Add(new PlaceAlternative(other, appliesThere, there.Reason));
                }
            }

            return alternatives.ToImmutable();
        }

        private DefenceCondition ScopeAt(GeographicScope scope, Place? at, bool home)
        {
            if (at is null)
            {
                return new DefenceCondition(
                    DefenceConditionKind.GeographicScope,
                    Truth.Unknown,
                    $"The clause's scope is {scope}, and the query names no place ({Victim} has no home territory in the gazetteer).");
            }

            var where = home ? $"{at}, {Victim}'s home territory," : at.ToString();
            var parts = new List<(Truth Holds, string Text)>();
            if (!scope.AdministeredBy.IsEmpty)
            {
                var list = string.Join(" or ", scope.AdministeredBy);
                parts.Add(at.AdministeredBy is not { } admin
                    ? (Truth.Unknown, $"{where} is a region, so whose territory in it was attacked is unknown")
                    : scope.AdministeredBy.Contains(admin)
                        ? (Truth.True, $"{where} is administered by {admin}")
                        : (Truth.False, $"{where} is administered by {admin}, not by {list}"));
            }

            // Regions and named places together: the attack is inside when the place is, or lies in, any of them.
            var areas = scope.Regions.Concat(scope.Places).ToList();
            if (areas.Count > 0)
            {
                var lies = Truth.Any(areas.Select(at.LiesIn));
                var inside = areas.FirstOrDefault(area => at.LiesIn(area).IsTrue);
                parts.Add(lies.IsTrue ? (lies, inside == at.Id ? $"{where} is named by the scope" : $"{where} lies in {inside}")
                    : lies.IsUnknown ? (lies, $"{where} lies only partly in {string.Join(", ", areas.Where(r => at.LiesIn(r).IsUnknown))}, so whether the attack fell inside is unknown")
                    : (lies, $"{where} lies outside {string.Join(" and ", areas)}"));
            }

            if (parts.Count == 0)
            {
                parts.Add((Truth.Unknown, $"the scope is stated only in words, which cannot be checked against {where}"));
            }

            var holds = Truth.All(parts.Select(p => p.Holds));
            return new DefenceCondition(DefenceConditionKind.GeographicScope, holds, $"The clause's scope is {scope}: {string.Join("; ", parts.Select(p => p.Text))}.");
        }

        private DefenceCondition NonProvocation() => victimProvoked switch
        {
            true => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.False, $"The clause applies only if {Victim} did not provoke the attack, and the query says it did."),
            false => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.True, $"The clause applies only if {Victim} did not provoke the attack, and the query says it did not."),
            null => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.Unknown, $"The clause applies only if {Victim} did not provoke the attack, and the query does not say whether it did."),
        };

        private DefenceCondition AttackerOutside(ActorId a)
        {
            if (a == Guarantor)
            {
                return new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.False, $"The attacker is {Guarantor} itself, which cannot be bound to defend {Victim} against its own attack.");
            }

            var treaty = guarantee.Treaty.Id;
            if (Status.InForce(a) is not { } bound)
            {
                return new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is not a party to {treaty}.");
            }

            return bound.IsFalse
                ? new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is a party to {treaty} but not bound by it on {DayWindow.Iso(day)}.")
                : new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.Unknown, $"The attacker, {a}, is itself a party to {treaty} (bound on {DayWindow.Iso(day)}: {bound}), and the clause does not say whether it covers an attack by a party.");
        }
    }

    /// <summary>
    /// A treaty on one day, for one minimum confidence: whether each party is bound, from the treaty's status calendar;
    /// the full status report (with its explanation and facts) only when a reason asks for it.
    /// </summary>
    private sealed class TreatyOnDay(DefenceAnalysis owner, Guarantee guarantee, StatusCalendar calendar, LocalDate day, Confidence minimum)
    {
        private readonly Truth[] _truths = calendar.TruthsOn(day);
        private Truth _bothBound;

        /// <summary>Whether the treaty binds both the guarantor and the victim on the day (both are parties); kept for <see cref="BothBoundReason"/>.</summary>
        public Truth BothBound(ActorId guarantor, ActorId victim) => _bothBound = InForce(guarantor)!.Value & InForce(victim)!.Value;

        /// <summary>The reason of the in-force condition, from the treaty's full status report on the day.</summary>
        public string BothBoundReason()
        {
            var report = Report;
            var (guarantor, victim) = (guarantee.Guarantor, guarantee.Beneficiary);
            return $"{report.Treaty} binds both {guarantor} and {victim} on {DayWindow.Iso(day)}: {_bothBound} ({Conditions.PartyText(report.Party(guarantor)!)}; {Conditions.PartyText(report.Party(victim)!)}).";
        }

        /// <summary>Whether <paramref name="actor"/> is bound by the treaty on the day (<see cref="TreatyPartyStatus.IsInForce"/>), or <see langword="null"/> when it is not a party.</summary>
        public Truth? InForce(ActorId actor) => calendar.PartyIndex(actor) is >= 0 and var index ? _truths[index] : null;

        /// <summary>The treaty's status report on the day (kept for the last day asked about, shared with other queries).</summary>
        public TreatyStatusReport Report => owner.Evaluated(guarantee.TreatyIndex, guarantee.Treaty, day, minimum).Report;
    }
}
