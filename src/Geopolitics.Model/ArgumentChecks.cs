using System.Collections.Immutable;
using Geopolitics.Model.Time;

namespace Geopolitics.Model;

/// <summary>The constructor checks shared by the fact types (transfers, stances, sanctions).</summary>
internal static class ArgumentChecks
{
    /// <summary>Returns <paramref name="value"/> or throws when it is not a named member of its enum.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"'{value}' is not a defined {typeof(TEnum).Name}.");

    /// <summary>
    /// Returns the threshold or throws when it is not a named confidence, or is <see cref="Provenance.Confidence.Denied"/>:
    /// a denial is a fact's confidence, never a threshold (no threshold admits a denial), as the tool also says.
    /// </summary>
    public static Provenance.Confidence Threshold(Provenance.Confidence minimum, string paramName) =>
        minimum == Provenance.Confidence.Denied
            ? throw new ArgumentOutOfRangeException(paramName, minimum, "Denied is not a threshold: no threshold admits a denial; the weakest threshold is Potential.")
            : Defined(minimum, paramName);

    /// <summary>Returns the id or throws when it is the <c>default</c> value (an id with no text).</summary>
    public static T Id<T>(T id, string paramName)
        where T : struct =>
        EqualityComparer<T>.Default.Equals(id, default)
            ? throw new ArgumentException($"The {typeof(T).Name} must be a real id, not the default value.", paramName)
            : id;

    /// <summary>Returns the date or throws when it is <c>default(PartialDate)</c>, which is not a date.</summary>
    public static PartialDate Date(PartialDate date, string paramName) =>
        date == default
            ? throw new ArgumentException("The date must be a real date, not default(PartialDate).", paramName)
            : date;

    /// <summary>Returns the period or throws when its start is <c>default(PartialDate)</c>.</summary>
    public static DatePeriod Period(DatePeriod period, string paramName) =>
        period.Start == default || period.End == default(PartialDate)
            ? throw new ArgumentException("The period must start (and end, if it has an end) on real dates, not default(PartialDate).", paramName)
            : period;

    /// <summary>Returns the trimmed text or throws when it is null, empty or white space.</summary>
    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }

    /// <summary>Returns the trimmed text, or <see langword="null"/> when it is null, empty or white space.</summary>
    public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Returns the array (empty for a default array) or throws when an element is null.</summary>
    public static ImmutableArray<T> Elements<T>(ImmutableArray<T> values, string paramName)
    {
        if (values.IsDefault)
        {
            return [];
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException("The collection must not contain null elements.", paramName);
            }
        }

        return values;
    }
}
