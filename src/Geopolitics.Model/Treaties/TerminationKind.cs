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
}
