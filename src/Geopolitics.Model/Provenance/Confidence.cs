namespace Geopolitics.Model.Provenance;

/// <summary>
/// How strongly a fact is supported, from <see cref="Confirmed"/> (strongest) to <see cref="Potential"/>
/// (weakest). <see cref="Denied"/> records a denial: no threshold admits it.
/// </summary>
/// <remarks>
/// The numeric values order the levels, so <c>Confirmed &gt; Reported</c>. Use
/// <see cref="ConfidenceExtensions.Admits(Confidence, Confidence)"/> to ask whether a threshold admits a fact.
/// </remarks>
public enum Confidence
{
    /// <summary>A denial on record ("Moscow denied…"). Never admitted.</summary>
    Denied = 0,

    /// <summary>Possible, not asserted ("potentially", "could").</summary>
    Potential = 1,

    /// <summary>Claimed by an interested party without corroboration ("allegedly", "purportedly").</summary>
    Alleged = 2,

    /// <summary>An analyst's or intelligence service's judgement ("appears to", "is assessed to").</summary>
    Assessed = 3,

    /// <summary>Reported by credible sources ("reportedly", "per Western officials").</summary>
    Reported = 4,

    /// <summary>Confirmed by an authoritative, named source ("the Pentagon confirmed").</summary>
    Confirmed = 5,
}

/// <summary>Operations on <see cref="Confidence"/>.</summary>
public static class ConfidenceExtensions
{
    /// <summary>The threshold analyses use unless told otherwise.</summary>
    public const Confidence DefaultMinimum = Confidence.Reported;

    /// <summary>
    /// Returns the threshold or throws when it is not a named confidence, or is <see cref="Confidence.Denied"/>: a denial
    /// is a fact's confidence, never a threshold (no threshold admits a denial), as the tool also says.
    /// </summary>
    internal static Confidence Threshold(Confidence minimum, string paramName) =>
        minimum == Confidence.Denied
            ? throw new ArgumentOutOfRangeException(paramName, minimum, "Denied is not a threshold: no threshold admits a denial; the weakest threshold is Potential.")
            : ArgumentChecks.Defined(minimum, paramName);

    /// <summary>Whether a fact of confidence <paramref name="fact"/> passes the threshold <paramref name="minimum"/>.</summary>
    /// <param name="minimum">The weakest confidence accepted.</param>
    /// <param name="fact">The fact's confidence.</param>
    /// <returns><see langword="true"/> when the fact is at least as strong as the threshold and is not a denial.</returns>
    public static bool Admits(this Confidence minimum, Confidence fact) =>
        fact != Confidence.Denied && fact >= minimum;
}
