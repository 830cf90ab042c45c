using System.Collections.Immutable;

namespace Geopolitics.Model;

/// <summary>
/// The argument checks of the model's constructors, one helper for every type: each returns the value it checked, so
/// that a constructor assigns and checks in one line, and throws an <see cref="ArgumentException"/> naming the parameter.
/// </summary>
internal static class ArgumentChecks
{
    /// <summary>Returns <paramref name="value"/> or throws when it is not a named member of its enum.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"'{value}' is not a defined {typeof(TEnum).Name}.");

    /// <summary>
    /// Returns <paramref name="value"/> or throws when it is its type's <c>default</c>, which for the model's values is
    /// not a value at all: an id with no text, <c>default(PartialDate)</c>, <c>default(DatePeriod)</c>.
    /// </summary>
    public static T NotDefault<T>(T value, string paramName)
        where T : struct =>
        EqualityComparer<T>.Default.Equals(value, default)
            ? throw new ArgumentException($"The {typeof(T).Name} must be a real value, not default({typeof(T).Name}).", paramName)
            : value;

    /// <summary>Returns the trimmed text or throws when it is null, empty or white space.</summary>
    public static string Text(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        ArgumentProblem.ThrowIf(ArgumentProblem.Blank(value, paramName));
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
