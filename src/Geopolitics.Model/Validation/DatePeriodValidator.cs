using FluentValidation;
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
    public DatePeriodValidator()
    {
        RuleFor(period => period.End)
            .Must((period, end) => end is not { } e || e.End >= period.Start.Start)
            .WithErrorCode(ErrorCodes.PeriodEndsBeforeStart)
            .WithMessage(period => $"'{{PropertyPath}}' ({period.End}) is before the start ({period.Start}); a period must end on or after its start.");
    }

    /// <summary>
    /// Whether the rule above can apply: only to a period with an end. A parent validator runs this validator only then,
    /// sparing a child context for every open period, which can never fail.
    /// </summary>
    internal static bool MayFail(DatePeriod period) => period.End is not null;
}
