using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Errors;

/// <content>Codes for treaties (<c>GM04xx</c>), reported by <see cref="TreatyValidator"/>, <see cref="TreatyPartyValidator"/> and <see cref="ClauseValidator"/>.</content>
public static partial class ErrorCodes
{
    /// <summary>A treaty has fewer than two distinct parties.</summary>
    public const string TreatyTooFewParties = "GM0401";

    /// <summary>The same actor is listed twice among a treaty's parties.</summary>
    public const string TreatyDuplicateParty = "GM0402";

    /// <summary>A party's consent (other than accession or succession) is before its signature.</summary>
    public const string ConsentBeforeSignature = "GM0403";

    /// <summary>A party ratified a treaty it has no signature for (ratification confirms a signature; a state that did not sign accedes).</summary>
    public const string RatificationWithoutSignature = "GM0404";

    /// <summary>A recorded, fixed or exchanged day of entry into force is before the consents it depends on.</summary>
    public const string EntryIntoForceBeforeConsent = "GM0405";

    /// <summary>An entry-into-force rule waits for more instruments of consent than the treaty has parties.</summary>
    public const string InstrumentCountExceedsParties = "GM0406";

    /// <summary>A party's withdrawal is notified before its consent (or signature), or it withdraws without having consented or signed.</summary>
    public const string WithdrawalBeforeConsent = "GM0407";

    /// <summary>A withdrawal's recorded effective day is before its notification.</summary>
    public const string WithdrawalEffectiveBeforeNotice = "GM0408";

    /// <summary>A clause names a guarantor or beneficiary that is not a party to its treaty.</summary>
    public const string ClauseNamesNonParty = "GM0409";

    /// <summary>A clause names as adversary an actor that is a party to its treaty.</summary>
    public const string ClauseAdversaryIsParty = "GM0410";

    /// <summary>Two clauses of a treaty have the same id.</summary>
    public const string DuplicateClauseId = "GM0411";

    /// <summary>A treaty lists itself among the treaties it supersedes.</summary>
    public const string TreatySupersedesItself = "GM0412";

    /// <summary>A treaty names an actor (party, adversary, administering actor) that is not known.</summary>
    public const string TreatyUnknownActor = "GM0413";

    /// <summary>A treaty supersedes a treaty that is not known.</summary>
    public const string SupersededTreatyUnknown = "GM0414";

    /// <summary>A termination's recorded effective day is before the day of the agreement, notice or event.</summary>
    public const string TerminationEffectiveBeforeDate = "GM0415";

    /// <summary>A treaty's termination is dated certainly before the first signature (or, without signatures, the first consent) of its parties.</summary>
    public const string TerminationBeforeSignature = "GM0416";

    /// <summary>Treaties supersede each other in a cycle of two or more (A supersedes B, B supersedes A).</summary>
    public const string SupersessionCycle = "GM0417";

    /// <summary>A party's suspension of its obligations towards one partner names a partner that is not a party to the treaty.</summary>
    public const string PartnerSuspensionPartnerNotParty = "GM0430";

    /// <summary>A party's suspension of its obligations towards one partner names the party itself.</summary>
    public const string PartnerSuspensionOfItself = "GM0431";

    /// <summary>Two of a party's suspensions towards the same partner overlap, or one starts while an earlier one is still open.</summary>
    public const string PartnerSuspensionsOverlap = "GM0432";

    /// <summary>A party's understanding names a clause the treaty does not have.</summary>
    public const string UnderstandingUnknownClause = "GM0433";

    /// <summary>A party's understanding narrows a clause under which the party owes nothing (it is not among the clause's guarantors).</summary>
    public const string UnderstandingNotOwed = "GM0434";

    /// <summary>A treaty is terminated by notice of non-renewal but its duration is not a fixed term that renews automatically.</summary>
    public const string NonRenewalWithoutRenewingTerm = "GM0450";
}
