using Geopolitics.Model.Actors;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// One edge of a <see cref="DefenceNetwork"/>: <see cref="Guarantor"/> must come to the defence of
/// <see cref="Beneficiary"/> under a mutual-defence clause that is, or may be, in force between them on the day.
/// </summary>
public sealed record DefenceEdge
{
    internal DefenceEdge(ActorId guarantor, ActorId beneficiary, Treaty treaty, MutualDefenceClause clause, Truth inForce)
        : this(guarantor, beneficiary, treaty.Id, treaty.Name, clause.Id, clause.Article, clause.Trigger, clause.Response, clause.Conditions, inForce)
    {
    }

    /// <summary>An edge from its values (as the answers' JSON converters read it back).</summary>
    internal DefenceEdge(
        ActorId guarantor,
        ActorId beneficiary,
        TreatyId treaty,
        string treatyName,
        ClauseId clause,
        string? article,
        DefenceTrigger trigger,
        DefenceResponse response,
        ClauseConditions conditions,
        Truth inForce)
    {
        Guarantor = guarantor;
        Beneficiary = beneficiary;
        Treaty = treaty;
        TreatyName = treatyName;
        Clause = clause;
        Article = article;
        Trigger = trigger;
        Response = response;
        Conditions = conditions;
        InForce = inForce;
    }

    /// <summary>The party that must defend (the edge's source).</summary>
    public ActorId Guarantor { get; }

    /// <summary>The party to be defended (the edge's target).</summary>
    public ActorId Beneficiary { get; }

    /// <summary>The treaty that holds the clause.</summary>
    public TreatyId Treaty { get; }

    /// <summary>The treaty's name.</summary>
    public string TreatyName { get; }

    /// <summary>The mutual-defence clause.</summary>
    public ClauseId Clause { get; }

    /// <summary>The clause's article label, or <see langword="null"/>.</summary>
    public string? Article { get; }

    /// <summary>What sets the obligation off.</summary>
    public DefenceTrigger Trigger { get; }

    /// <summary>What the guarantor must do.</summary>
    public DefenceResponse Response { get; }

    /// <summary>The clause's conditions (adversaries, geographic scope, non-provocation).</summary>
    public ClauseConditions Conditions { get; }

    /// <summary>Whether the clause has conditions, so that it applies only to some attacks.</summary>
    public bool IsConditional => !Conditions.IsUnconditional;

    /// <summary>Whether the treaty binds both ends on the day: true, or unknown when a partial date decides (edges certainly not in force are left out).</summary>
    public Truth InForce { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>USA→JPN usa-jpn-1960/art5 (conditional: administered by JPN), in force: true</c>.</returns>
    public override string ToString() =>
        $"{Guarantor}→{Beneficiary} {Treaty}/{Clause} ({(IsConditional ? "conditional: " + Conditions : "unconditional")}), in force: {InForce}";
}
