namespace Geopolitics.Model.Transfers;

/// <summary>
/// How a source states a figure: exactly, approximately, as a bound, as a range, as an order of magnitude, or not at
/// all. It decides which bounds of an <see cref="Estimate"/> are required and how the estimate prints.
/// </summary>
/// <remarks><c>default(EstimateQualifier)</c> is <see cref="Unknown"/>.</remarks>
public enum EstimateQualifier
{
    /// <summary>The figure is not known ("much-needed cash"): the low bound is 0 and there is no high bound.</summary>
    Unknown = 0,

    /// <summary>The figure is exact ("10,000"): the high bound equals the low bound.</summary>
    Exact = 1,

    /// <summary>The figure is approximate ("about 10,000"): the stated figure is both bounds.</summary>
    About = 2,

    /// <summary>The value is more than the low bound ("over 10,000"); the low bound itself is excluded.</summary>
    Over = 3,

    /// <summary>The value is the low bound or more ("at least 10,000"); the low bound is included.</summary>
    AtLeast = 4,

    /// <summary>The value is the high bound or less ("up to 5,000"); the high bound is included and required.</summary>
    UpTo = 5,

    /// <summary>The value is less than the high bound ("under 5,000"); the high bound is excluded and required.</summary>
    Under = 6,

    /// <summary>The value lies between the bounds, both included ("1,000–2,000"); the high bound is required.</summary>
    Between = 7,

    /// <summary>
    /// An order of magnitude stated in the plural ("thousands of"): the low bound is the magnitude (1,000) and is
    /// greater than zero; the high bound is optional.
    /// </summary>
    Several = 8,
}
