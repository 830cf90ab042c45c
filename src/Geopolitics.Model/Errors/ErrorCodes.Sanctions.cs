namespace Geopolitics.Model.Errors;

/// <content>The codes of sanctions regimes (<c>GM07xx</c>).</content>
public static partial class ErrorCodes
{
    /// <summary>A sanctions regime's authority is also its target.</summary>
    public const string SanctionsAuthorityIsTarget = "GM0701";

    /// <summary>A sanctions regime imposes no measure.</summary>
    public const string SanctionsRegimeWithoutMeasures = "GM0702";

    /// <summary>A sanctions regime's authority or target is not a known actor.</summary>
    public const string UnknownSanctionsActor = "GM0703";

    /// <summary>A sanctions regime lists the same measure more than once.</summary>
    public const string DuplicateSanctionsMeasure = "GM0704";

    /// <summary>A sanctions regime starts before the earliest instrument of its legal basis was adopted.</summary>
    public const string SanctionsRegimeBeforeLegalBasis = "GM0705";
}
