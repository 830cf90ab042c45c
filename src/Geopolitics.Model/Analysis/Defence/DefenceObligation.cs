using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// One guarantor's obligation, under one mutual-defence clause of one treaty, to come to the defence of the victim of
/// a query, with the state of each of its conditions. <see cref="Applies"/> is their conjunction: true when every
/// condition holds, false when one fails, unknown otherwise.
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record DefenceObligation
{
    internal DefenceObligation(ActorId guarantor, ActorId beneficiary, Treaty treaty, MutualDefenceClause clause, ImmutableArray<DefenceCondition> conditions, ImmutableArray<PlaceAlternative> placeAlternatives = default)
        : this(guarantor, beneficiary, treaty.Id, treaty.Name, clause, conditions, placeAlternatives)
    {
    }

    /// <summary>An obligation from its values (as the answers' JSON converters read it back).</summary>
    internal DefenceObligation(
        ActorId guarantor,
        ActorId beneficiary,
        TreatyId treaty,
        string treatyName,
        MutualDefenceClause clause,
        ImmutableArray<DefenceCondition> conditions,
        ImmutableArray<PlaceAlternative> placeAlternatives)
    {
        Guarantor = guarantor;
        Beneficiary = beneficiary;
        Treaty = treaty;
        TreatyName = treatyName;
        Clause = clause;
        Conditions = conditions;
        var applies = Truth.True;
        foreach (var condition in conditions)
        {
            applies &= condition.Holds;
        }

        Applies = applies;
        PlaceAlternatives = placeAlternatives.IsDefault ? [] : placeAlternatives;
    }

    /// <summary>The party that must come to the defence.</summary>
    public ActorId Guarantor { get; }

    /// <summary>The party to be defended: the victim of the query.</summary>
    public ActorId Beneficiary { get; }

    /// <summary>The treaty that holds the clause.</summary>
    public TreatyId Treaty { get; }

    /// <summary>The treaty's name.</summary>
    public string TreatyName { get; }

    /// <summary>The mutual-defence clause that creates the obligation.</summary>
    public MutualDefenceClause Clause { get; }

    /// <summary>What sets the obligation off (the clause's trigger).</summary>
    public DefenceTrigger Trigger => Clause.Trigger;

    /// <summary>What the guarantor must do (the clause's response).</summary>
    public DefenceResponse Response => Clause.Response;

    /// <summary>Whether the clause has conditions beyond being in force (adversaries, a geographic scope, non-provocation).</summary>
    public bool IsConditional => !Clause.Conditions.IsUnconditional;

    /// <summary>
    /// Each condition and whether it holds: always <see cref="DefenceConditionKind.InForce"/> first, then those the
    /// clause states, then <see cref="DefenceConditionKind.AttackerOutsideTreaty"/> when the query names the attacker.
    /// </summary>
    public ImmutableArray<DefenceCondition> Conditions { get; }

    /// <summary>Whether the obligation applies to the query: the conjunction of <see cref="Conditions"/>.</summary>
    public Truth Applies { get; }

    /// <summary>
    /// The places of the victim (its home territory and the territories it administers, from the scenario's gazetteer)
    /// where an attack would change <see cref="Applies"/> through the clause's geographic scope, home territory first
    /// then by id; empty when the clause has no scope or no other place would change the answer.
    /// </summary>
    public ImmutableArray<PlaceAlternative> PlaceAlternatives { get; }

    /// <summary>The conditions that fail, which rule the obligation out; empty when none fails.</summary>
    public ImmutableArray<DefenceCondition> FailedConditions => [.. Conditions.Where(condition => condition.Holds.IsFalse)];

    /// <summary>The conditions that are neither known to hold nor known to fail.</summary>
    public ImmutableArray<DefenceCondition> OpenConditions => [.. Conditions.Where(condition => condition.Holds.IsUnknown)];

    /// <summary>The condition of kind <paramref name="kind"/>, or <see langword="null"/> when the obligation has none.</summary>
    /// <param name="kind">The kind of condition.</param>
    /// <returns>The condition, or <see langword="null"/>.</returns>
    public DefenceCondition? Condition(DefenceConditionKind kind) => Conditions.FirstOrDefault(condition => condition.Kind == kind);

    /// <summary>Why the obligation applies, may apply, or is ruled out, in a sentence.</summary>
    public string Reason =>
        Applies.IsTrue ? "Every condition holds."
        : Applies.IsFalse ? "Ruled out: " + string.Join(" ", FailedConditions.Select(condition => condition.Reason))
        : "Open: " + string.Join(" ", OpenConditions.Select(condition => condition.Reason));

    /// <inheritdoc/>
    public bool Equals(DefenceObligation? other) =>
        other is not null && Guarantor == other.Guarantor && Beneficiary == other.Beneficiary && Treaty == other.Treaty &&
        TreatyName == other.TreatyName && Clause.Equals(other.Clause) && Conditions.SequenceEqual(other.Conditions) &&
        PlaceAlternatives.SequenceEqual(other.PlaceAlternatives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Guarantor, Beneficiary, Treaty, Clause.Id, Conditions.Length, Applies);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>RUS must defend PRK under rus-prk-2024 art4 (Article 4), StateOfWar → ImmediateMilitaryAssistance: true</c>.</returns>
    public override string ToString()
    {
        var clause = Clause.Article is null ? Clause.Id.ToString() : $"{Clause.Id} ({Clause.Article})";
        return $"{Guarantor} must defend {Beneficiary} under {Treaty} {clause}, {Trigger} → {Response}: {Applies}";
    }
}
