using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using FluentValidation;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Validation;

/// <summary>Runs the library's validators and reports their findings as <see cref="ModelError"/>s.</summary>
public static class ModelValidation
{
    /// <summary>Runs <paramref name="validator"/> on <paramref name="instance"/> and returns every error found.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="instance">The value to check.</param>
    /// <param name="pathPrefix">A path to put before each error's property path (for example <c>Treaties[2]</c>), or <see langword="null"/>.</param>
    /// <returns>All errors, in the order the validator found them; empty when the value is valid.</returns>
    public static ImmutableArray<ModelError> Check<T>(IValidator<T> validator, T instance, ErrorPath? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return ToModelErrors(validator.Validate(instance), pathPrefix);
    }

    /// <summary>Converts a FluentValidation result to <see cref="ModelError"/>s.</summary>
    /// <param name="result">The result.</param>
    /// <param name="pathPrefix">A path to put before each error's property path, or <see langword="null"/>.</param>
    /// <returns>The errors, in order.</returns>
    public static ImmutableArray<ModelError> ToModelErrors(ValidationResult result, ErrorPath? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = ImmutableArray.CreateBuilder<ModelError>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            builder.Add(new ModelError(failure.ErrorCode, failure.ErrorMessage, (pathPrefix ?? ErrorPath.Root).Concat(PathOf(failure.PropertyName))));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The path a FluentValidation property chain names (<c>Parties[1].Consent.Date</c>: members and list indexes), as
    /// segments. FluentValidation speaks of properties by text; this is where that text becomes a path, once.
    /// </summary>
    internal static ErrorPath PathOf(string? propertyChain)
    {
        var path = ErrorPath.Root;
        if (string.IsNullOrEmpty(propertyChain))
        {
            return path;
        }

        foreach (var part in propertyChain.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                path = path.Member(name);
            }

            // Each index is written [n] after the member that holds the list.
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0 || !int.TryParse(part.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    // Not an index FluentValidation wrote: keep the rest as the member's name rather than lose it.
                    return path.Member(part[bracket..]);
                }

                path = path.Element(index);
                bracket = part.IndexOf('[', close);
            }
        }

        return path;
    }
}
