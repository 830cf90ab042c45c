namespace Geopolitics.Model.Treaties;

/// <summary>How a treaty as a whole was brought to an end.</summary>
public enum TerminationKind
{
    /// <summary>By agreement of the parties; it takes effect on the agreed day.</summary>
    ByAgreement = 0,

    /// <summary>By one party's notice of termination; it takes effect when the treaty's notice period has run.</summary>
    ByNotice = 1,

    /// <summary>By another cause (the extinction of a party, a fundamental change of circumstances, a breach); it takes effect on the recorded day.</summary>
    Other = 2,

    /// <summary>
    /// By one party's notice that a treaty with a renewing fixed term (<see cref="FixedTermDuration.RenewsAutomatically"/>)
    /// is not to be renewed; the treaty expires at the end of the term running when the notice was given, or of the
    /// first term that ends at least the treaty's notice period (<see cref="Treaty.WithdrawalNotice"/>) after it.
    /// </summary>
    ByNonRenewal = 3,
}
