using System.Collections.Immutable;
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
    public static ImmutableArray<ModelError> Check<T>(IValidator<T> validator, T instance, string? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return ToModelErrors(validator.Validate(instance), pathPrefix);
    }

    /// <summary>Converts a FluentValidation result to <see cref="ModelError"/>s.</summary>
    /// <param name="result">The result.</param>
    /// <param name="pathPrefix">A path to put before each error's property path, or <see langword="null"/>.</param>
    /// <returns>The errors, in order.</returns>
    public static ImmutableArray<ModelError> ToModelErrors(ValidationResult result, string? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = ImmutableArray.CreateBuilder<ModelError>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            builder.Add(new ModelError(failure.ErrorCode, failure.ErrorMessage, Path(pathPrefix, failure.PropertyName)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The path of a failure's property under <paramref name="pathPrefix"/>, when one is given.</summary>
    internal static string Path(string? pathPrefix, string propertyName) =>
        string.IsNullOrEmpty(pathPrefix) ? propertyName
        : string.IsNullOrEmpty(propertyName) ? pathPrefix
        : $"{pathPrefix}.{propertyName}";
}
