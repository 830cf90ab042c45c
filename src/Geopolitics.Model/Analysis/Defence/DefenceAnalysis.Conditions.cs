using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Places;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

// The conditions of a guarantee for one query: whether it is in force, the adversaries, the place, provocation.
public sealed partial class DefenceAnalysis
{
    /// <summary>The conditions of one guarantee for one query.</summary>
    /// <remarks>
    /// Without a status report (<paramref name="report"/> <see langword="null"/>) only what does not change from day to
    /// day can be asked: <see cref="AllButInForce"/> with no attacker.
    /// </remarks>
    private sealed class Conditions(Guarantee guarantee, TreatyStatusReport? report, LocalDate day, ActorId? attacker, Place? place, bool implied, bool? victimProvoked)
    {
        private TreatyStatusReport Report =>
            report ?? throw new System.Diagnostics.UnreachableException("Whether the treaty binds the parties is asked only with the treaty's status report.");

        private ClauseConditions Clause => guarantee.Clause.Conditions;

        private ActorId Guarantor => guarantee.Guarantor;

        private ActorId Victim => guarantee.Beneficiary;

        /// <summary>Whether every condition but the treaty being in force holds: what does not change from day to day.</summary>
        public Truth AllButInForce() => Truth.All(All(withInForce: false).Select(condition => condition.Holds));

        public ImmutableArray<DefenceCondition> All(bool withInForce = true)
        {
            var conditions = ImmutableArray.CreateBuilder<DefenceCondition>();
            if (withInForce)
            {
                conditions.Add(InForce());
            }

            if (!Clause.Adversaries.IsEmpty)
            {
                conditions.Add(Adversary());
            }

            if (Clause.GeographicScope is { IsUnrestricted: false } scope)
            {
                conditions.Add(Scope(scope));
            }

            if (Clause.NonProvocation)
            {
                conditions.Add(NonProvocation());
            }

            if (attacker is { } a)
            {
                conditions.Add(AttackerOutside(a));
            }

            if (Clause.Unrecorded)
            {
                conditions.Add(new DefenceCondition(
                    DefenceConditionKind.Unrecorded,
                    Truth.Unknown,
                    "The source does not record whether conditions limit this clause, so it may not apply to this attack."));
            }

            return conditions.ToImmutable();
        }

        private static string PartyText(TreatyPartyStatus status)
        {
            var statuses = status.Statuses.Length == 1 ? status.Statuses[0].ToString() : $"one of {string.Join(", ", status.Statuses)}";
            var bound = status.EntryIntoForce is { } range ? $"bound from {TreatyTimeline.Describe(range)}" : "never bound on the admitted facts";
            return $"{status.Actor}: {statuses}, {bound}";
        }

        private DefenceCondition InForce()
        {
            var guarantor = Report.Party(Guarantor)!;
            var victim = Report.Party(Victim)!;
            var holds = guarantor.IsInForce & victim.IsInForce;
            return new DefenceCondition(
                DefenceConditionKind.InForce,
                holds,
                $"{Report.Treaty} binds both {Guarantor} and {Victim} on {DayWindow.Iso(day)}: {holds} ({PartyText(guarantor)}; {PartyText(victim)}).");
        }

        private DefenceCondition Adversary()
        {
            var list = string.Join(", ", Clause.Adversaries);
            if (attacker is not { } a)
            {
                return new DefenceCondition(DefenceConditionKind.Adversary, Truth.Unknown, $"The clause covers attacks by {list} only, and the query does not name the attacker.");
            }

            return Clause.Adversaries.Contains(a)
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

            if (Report.Party(a) is not { } party)
            {
                return new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is not a party to {Report.Treaty}.");
            }

            return party.IsInForce.IsFalse
                ? new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is a party to {Report.Treaty} but not bound by it on {DayWindow.Iso(day)}.")
                : new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.Unknown, $"The attacker, {a}, is itself a party to {Report.Treaty} (bound on {DayWindow.Iso(day)}: {party.IsInForce}), and the clause does not say whether it covers an attack by a party.");
        }
    }
}
