using FluentValidation;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Validation;

/// <summary>Checks that a <see cref="DatePeriod"/> does not end before it starts (<see cref="ErrorCodes.PeriodEndsBeforeStart"/>).</summary>
/// <remarks>
/// Partial dates compare by the days they cover: <c>2024-06/2024</c> is valid (the end's year includes June),
/// <c>2024-06/2024-05</c> is not.
/// </remarks>
public sealed class DatePeriodValidator : AbstractValidator<DatePeriod>
{
    /// <summary>Creates the validator.</summary>
    public DatePeriodValidator() => EndsOnOrAfterStart(RuleFor(period => period.End), period => period);

    /// <summary>
    /// The rule of this validator, on the end of a period that <typeparamref name="T"/> holds: a parent validator whose
    /// objects are validated by the thousand (transfers) applies it as <c>RuleFor(t =&gt; t.Period.End)</c>, with the
    /// same path and message as through <c>SetValidator</c>, but in its own context instead of a child context per object.
    /// </summary>
    /// <typeparam name="T">The type holding the period (<see cref="DatePeriod"/> itself here).</typeparam>
    /// <param name="end">The rule for the period's end.</param>
    /// <param name="period">The period, from the object validated.</param>
    internal static void EndsOnOrAfterStart<T>(IRuleBuilder<T, PartialDate?> end, Func<T, DatePeriod> period) =>
        end.Must((owner, e) => e is not { } d || d.End >= period(owner).Start.Start)
            .WithErrorCode(ErrorCodes.PeriodEndsBeforeStart)
            .WithMessage(owner => $"'end' ({period(owner).End}) is before the start ({period(owner).Start}); a period must end on or after its start.");
}
