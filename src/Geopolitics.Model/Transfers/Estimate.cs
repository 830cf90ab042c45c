using System.Globalization;
using System.Text.Json.Serialization;
using Geopolitics.Model.Errors;
using OneOf;

namespace Geopolitics.Model.Transfers;

/// <summary>
/// A non-negative figure as a source states it: a <see cref="Low"/> bound, an optional <see cref="High"/> bound and a
/// <see cref="Qualifier"/> ("over 10,000", "thousands of", "about 5,000", "1,000–2,000", "unknown").
/// </summary>
/// <remarks>
/// <para>
/// The constructor makes impossible estimates impossible: <see cref="Low"/> is at least 0, <see cref="High"/> (when
/// given) is at least <see cref="Low"/>, and the bounds fit the qualifier (see <see cref="EstimateQualifier"/>):
/// <see cref="EstimateQualifier.Unknown"/> has low 0 and no high bound; <see cref="EstimateQualifier.Exact"/> and
/// <see cref="EstimateQualifier.About"/> store the stated figure as both bounds; <see cref="EstimateQualifier.UpTo"/>,
/// <see cref="EstimateQualifier.Under"/> and <see cref="EstimateQualifier.Between"/> need a high bound;
/// <see cref="EstimateQualifier.Under"/> needs a high bound above 0; <see cref="EstimateQualifier.Several"/> needs a
/// low bound (the magnitude) above 0. Bounds are included unless the qualifier says otherwise (over, under).
/// </para>
/// <para>
/// <c>default(Estimate)</c> is <see cref="Unknown"/>. Equality compares the bounds by value (<c>1.0 == 1.00</c>) and
/// the qualifier.
/// </para>
/// </remarks>
public readonly record struct Estimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="low">The low bound, at least 0 (for <see cref="EstimateQualifier.Several"/>, the magnitude).</param>
    /// <param name="high">The high bound, at least <paramref name="low"/>, or <see langword="null"/> when none is stated.</param>
    /// <param name="qualifier">How the source states the figure.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, the high bound is below the low bound, or the qualifier is not defined.</exception>
    /// <exception cref="ArgumentException">The bounds do not fit the qualifier.</exception>
    [JsonConstructor]
    public Estimate(decimal low, decimal? high, EstimateQualifier qualifier)
    {
        if (Problem(low, high, qualifier) is { } problem)
        {
            throw problem.OutOfRange
                ? new ArgumentOutOfRangeException(problem.Parameter, problem.Message)
                : new ArgumentException(problem.Message, problem.Parameter);
        }

        Low = low;
        High = qualifier is EstimateQualifier.Exact or EstimateQualifier.About ? low : high;
        Qualifier = qualifier;
    }

    /// <summary>The low bound: the smallest value the source allows, at least 0.</summary>
    public decimal Low { get; }

    /// <summary>The high bound: the largest value the source allows, or <see langword="null"/> when it states none.</summary>
    public decimal? High { get; }

    /// <summary>How the source states the figure.</summary>
    public EstimateQualifier Qualifier { get; }

    /// <summary>Whether nothing is known about the figure.</summary>
    public bool IsUnknown => Qualifier == EstimateQualifier.Unknown;

    /// <summary>Whether the figure is exact.</summary>
    public bool IsExact => Qualifier == EstimateQualifier.Exact;

    /// <summary>Whether the estimate has a high bound.</summary>
    public bool IsBounded => High is not null;

    /// <summary>An unknown figure ("much-needed cash"). The same as <c>default(Estimate)</c>.</summary>
    public static Estimate Unknown => default;

    /// <summary>Exactly zero; adding it to an estimate gives that estimate.</summary>
    public static Estimate Zero => new(0m, 0m, EstimateQualifier.Exact);

    /// <summary>"Hundreds of": <see cref="EstimateQualifier.Several"/> with magnitude 100.</summary>
    public static Estimate Hundreds => Several(100m);

    /// <summary>"Thousands of": <see cref="EstimateQualifier.Several"/> with magnitude 1,000.</summary>
    public static Estimate Thousands => Several(1_000m);

    /// <summary>"Tens of thousands of": <see cref="EstimateQualifier.Several"/> with magnitude 10,000.</summary>
    public static Estimate TensOfThousands => Several(10_000m);

    /// <summary>"Millions of": <see cref="EstimateQualifier.Several"/> with magnitude 1,000,000.</summary>
    public static Estimate Millions => Several(1_000_000m);

    /// <summary>An exact figure.</summary>
    /// <param name="value">The figure, at least 0.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate Exactly(decimal value) => new(value, value, EstimateQualifier.Exact);

    /// <summary>An approximate figure ("about 10,000").</summary>
    /// <param name="value">The figure, at least 0.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate About(decimal value) => new(value, value, EstimateQualifier.About);

    /// <summary>More than a figure ("over 10,000"), with no upper bound.</summary>
    /// <param name="value">The figure exceeded, at least 0.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate Over(decimal value) => new(value, null, EstimateQualifier.Over);

    /// <summary>A figure or more ("at least 10,000"), with no upper bound.</summary>
    /// <param name="value">The smallest value, at least 0.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate AtLeast(decimal value) => new(value, null, EstimateQualifier.AtLeast);

    /// <summary>A figure or less ("up to 5,000").</summary>
    /// <param name="value">The largest value, at least 0.</param>
    /// <returns>The estimate, with low bound 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate UpTo(decimal value) => new(0m, value, EstimateQualifier.UpTo);

    /// <summary>Less than a figure ("under 5,000").</summary>
    /// <param name="value">The figure not reached, above 0.</param>
    /// <returns>The estimate, with low bound 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not above 0.</exception>
    public static Estimate Under(decimal value) => new(0m, value, EstimateQualifier.Under);

    /// <summary>A range, both ends included ("1,000–2,000"); an exact figure when the ends are equal.</summary>
    /// <param name="low">The smallest value, at least 0.</param>
    /// <param name="high">The largest value, at least <paramref name="low"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static Estimate Between(decimal low, decimal high) =>
        low == high ? Exactly(low) : new(low, high, EstimateQualifier.Between);

    /// <summary>An order of magnitude in the plural ("thousands of" is <c>Several(1000)</c>).</summary>
    /// <param name="magnitude">The magnitude, above 0; it is the low bound.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="magnitude"/> is not above 0.</exception>
    public static Estimate Several(decimal magnitude) => new(magnitude, null, EstimateQualifier.Several);

    /// <summary>
    /// Creates an estimate from untrusted data (a file, a dataset row) without throwing.
    /// </summary>
    /// <param name="low">The low bound.</param>
    /// <param name="high">The high bound, or <see langword="null"/>.</param>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The estimate, or an error with code <see cref="ErrorCodes.InvalidEstimate"/> that states the broken rule.</returns>
    public static OneOf<Estimate, ModelError> Create(decimal low, decimal? high, EstimateQualifier qualifier) =>
        Problem(low, high, qualifier) is { } problem
            ? new ModelError(ErrorCodes.InvalidEstimate, problem.Message, path: null)
            : new Estimate(low, high, qualifier);

    /// <summary>
    /// The sum of two estimates, for ledgers: the low bounds add up; the high bounds add up when both are known,
    /// otherwise the sum has no high bound.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="Zero"/> is the identity. The qualifier of the sum follows from its bounds: unknown + unknown is
    /// unknown; a sum with no high bound is "over" when an operand was "over" (a strict low bound stays strict) and
    /// "at least" otherwise, or unknown when its low bound is 0; a sum with equal bounds is exact, or "about" when an
    /// operand was approximate; a sum from 0 is "under" when an operand was "under", otherwise "up to"; any other
    /// bounded sum is a range.
    /// </para>
    /// <para>
    /// The range of the sum always contains the true sum; the approximation of "about" and the strictness of
    /// "under" are not kept in a range, and orders of magnitude ("thousands") become "at least" figures.
    /// </para>
    /// <para>
    /// The sum never overflows: a low bound beyond <see cref="decimal.MaxValue"/> stays at <see cref="decimal.MaxValue"/>,
    /// and a high bound beyond it is dropped (the sum is then "at least" or "over" its low bound).
    /// </para>
    /// </remarks>
    /// <param name="other">The estimate to add.</param>
    /// <returns>The sum.</returns>
    public Estimate Add(Estimate other)
    {
        if (IsZero(other))
        {
            return this;
        }

        if (IsZero(this))
        {
            return other;
        }

        // Bounds are non-negative, so a sum can only overflow upwards: the low bound stops at decimal.MaxValue (still a
        // true lower bound) and a high bound beyond it is dropped, which keeps the sum's range around the true sum.
        var low = Low > decimal.MaxValue - other.Low ? decimal.MaxValue : Low + other.Low;
        decimal? high = High is { } left && other.High is { } right && left <= decimal.MaxValue - right ? left + right : null;
        if (high is not { } h)
        {
            return low == 0m ? Unknown
                : new Estimate(low, null, EitherIs(this, other, EstimateQualifier.Over) ? EstimateQualifier.Over : EstimateQualifier.AtLeast);
        }

        if (low == h)
        {
            return new Estimate(low, h, EitherIs(this, other, EstimateQualifier.About) ? EstimateQualifier.About : EstimateQualifier.Exact);
        }

        return low == 0m
            ? new Estimate(0m, h, EitherIs(this, other, EstimateQualifier.Under) ? EstimateQualifier.Under : EstimateQualifier.UpTo)
            : new Estimate(low, h, EstimateQualifier.Between);
    }

    /// <summary>The sum of many estimates (see <see cref="Add(Estimate)"/>); <see cref="Zero"/> when there are none.</summary>
    /// <param name="estimates">The estimates.</param>
    /// <returns>The sum.</returns>
    public static Estimate Sum(IEnumerable<Estimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var total = Zero;
        foreach (var estimate in estimates)
        {
            total = total.Add(estimate);
        }

        return total;
    }

    /// <summary>The sum of two estimates (see <see cref="Add(Estimate)"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static Estimate operator +(Estimate left, Estimate right) => left.Add(right);

    /// <summary>
    /// Culture-invariant text as a source would put it: "10,000", "about 10,000", "over 10,000", "at least 10,000",
    /// "up to 5,000", "under 5,000", "1,000–2,000", "thousands", "unknown".
    /// </summary>
    /// <returns>The estimate as text.</returns>
    public override string ToString()
    {
        var text = Qualifier switch
        {
            EstimateQualifier.Exact => Format(Low),
            EstimateQualifier.About => "about " + Format(Low),
            EstimateQualifier.Over => "over " + Format(Low),
            EstimateQualifier.AtLeast => "at least " + Format(Low),
            EstimateQualifier.UpTo => "up to " + Format(High ?? 0m),
            EstimateQualifier.Under => "under " + Format(High ?? 0m),
            EstimateQualifier.Between => $"{Format(Low)}–{Format(High ?? Low)}",
            EstimateQualifier.Several => MagnitudeName(Low),
            _ => "unknown",
        };

        // A second bound the qualifier does not mention is still part of the figure.
        return Qualifier switch
        {
            EstimateQualifier.Over or EstimateQualifier.AtLeast or EstimateQualifier.Several when High is { } high =>
                $"{text}, at most {Format(high)}",
            EstimateQualifier.UpTo or EstimateQualifier.Under when Low > 0m => $"{text}, at least {Format(Low)}",
            _ => text,
        };
    }

    /// <summary>The estimate followed by a unit, as in "over 10,000 troops", "thousands of containers", "unknown amount of USD".</summary>
    internal string Describe(string unit) => Qualifier switch
    {
        EstimateQualifier.Unknown => "unknown amount of " + unit,
        EstimateQualifier.Several => $"{this} of {unit}",
        _ => $"{this} {unit}",
    };

    private static bool EitherIs(Estimate left, Estimate right, EstimateQualifier qualifier) =>
        left.Qualifier == qualifier || right.Qualifier == qualifier;

    private static bool IsZero(Estimate estimate) => estimate.IsExact && estimate.Low == 0m;

    private static string Format(decimal value) =>
        value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    private static string MagnitudeName(decimal magnitude) => magnitude switch
    {
        10m => "tens",
        12m => "dozens",
        100m => "hundreds",
        1_000m => "thousands",
        10_000m => "tens of thousands",
        100_000m => "hundreds of thousands",
        1_000_000m => "millions",
        10_000_000m => "tens of millions",
        100_000_000m => "hundreds of millions",
        1_000_000_000m => "billions",
        _ => "several times " + Format(magnitude),
    };

    /// <summary>Why the bounds and qualifier cannot make an estimate, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? ProblemOf(decimal low, decimal? high, EstimateQualifier qualifier) =>
        Problem(low, high, qualifier) is { } problem ? new ArgumentProblem(problem.Parameter, problem.Message, problem.OutOfRange) : null;

    private static (string Parameter, string Message, bool OutOfRange)? Problem(decimal low, decimal? high, EstimateQualifier qualifier)
    {
        if (!Enum.IsDefined(qualifier))
        {
            return (nameof(qualifier), $"'{qualifier}' is not a defined estimate qualifier.", true);
        }

        if (low < 0m)
        {
            return (nameof(low), $"The low bound ({Format(low)}) is negative; an estimate is at least 0.", true);
        }

        if (high is { } bound && bound < low)
        {
            return (nameof(high), $"The high bound ({Format(bound)}) is below the low bound ({Format(low)}); an estimate's high bound must be at least its low bound.", true);
        }

        return qualifier switch
        {
            EstimateQualifier.Unknown when low != 0m || high is not null =>
                (nameof(low), "An unknown estimate has low bound 0 and no high bound.", false),
            EstimateQualifier.Exact or EstimateQualifier.About when high is { } h && h != low =>
                (nameof(high), $"An {qualifier} estimate states one figure; its high bound ({Format(h)}) must be absent or equal the low bound ({Format(low)}).", false),
            EstimateQualifier.UpTo or EstimateQualifier.Under or EstimateQualifier.Between when high is null =>
                (nameof(high), $"An estimate qualified {qualifier} needs a high bound.", false),
            EstimateQualifier.Under when high == 0m =>
                (nameof(high), "An estimate 'under' a figure needs a high bound above 0, since no amount is under 0.", true),
            EstimateQualifier.Several when low == 0m =>
                (nameof(low), "An order of magnitude ('thousands of') needs a low bound (the magnitude) above 0.", true),
            _ => null,
        };
    }
}
