namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// The stages of a partnership between two actors, from the loosest to the closest. The stage of a pair on a day is the
/// highest whose condition holds (the conditions are not cumulative: a treaty can formalize a partnership with no
/// transfers).
/// </summary>
public enum PartnershipStage
{
    /// <summary>None of the conditions holds.</summary>
    None = 0,

    /// <summary>Supportive statements or visits between them: a stance of one, sympathetic or warmer, towards the other.</summary>
    Symbolic = 1,

    /// <summary>Material transfers between them (any item kind) in the 24 months up to the day.</summary>
    Transactional = 2,

    /// <summary>
    /// A treaty with a clause of cooperation (see <see cref="PartnershipAnalysis.CooperationClauseKinds"/>) that both have
    /// signed (or joined) and that has not ended for either.
    /// </summary>
    Formalized = 3,

    /// <summary>A mutual-defence clause in force between them.</summary>
    Allied = 4,

    /// <summary>One's forces deployed in support of the other's military operations.</summary>
    Operational = 5,
}
