using System.Diagnostics.CodeAnalysis;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// Where a treaty, or one party's engagement in it, stands on a day. The first four are successive stages
/// (not signed → signed → consent given → in force); <see cref="Suspended"/> replaces <see cref="InForce"/> while a
/// suspension lasts; the last three are ends, of which the first to happen stays.
/// </summary>
public enum TreatyStatus
{
    /// <summary>No signature nor consent yet (for the treaty: by no party).</summary>
    NotSigned = 0,

    /// <summary>Signed, but consent to be bound not yet given (for the treaty: not all the consents entry into force needs).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Signed' is the treaty-law term for this stage, not the integer keyword.")]
    Signed = 1,

    /// <summary>Consent to be bound given, but not yet in force (for example waiting for the exchange of instruments).</summary>
    ConsentGiven = 2,

    /// <summary>In force (for a party: bound by the treaty).</summary>
    InForce = 3,

    /// <summary>The party's withdrawal has taken effect (parties only).</summary>
    Withdrawn = 4,

    /// <summary>In force but suspended, for the whole treaty or for the party.</summary>
    Suspended = 5,

    /// <summary>Ended by termination, by supersession, or because fewer than two parties remain bound.</summary>
    Terminated = 6,

    /// <summary>Ended at the end of a fixed term that does not renew.</summary>
    Expired = 7,
}
