using FluentValidation;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks <see cref="Evidence"/>: a fact marked <see cref="Confidence.Confirmed"/> cites at least one source
/// (<see cref="ErrorCodes.ConfirmedWithoutSource"/>), and every source names its publisher or title
/// (<see cref="ErrorCodes.SourceWithoutName"/>).
/// </summary>
public sealed class EvidenceValidator : AbstractValidator<Evidence>
{
    /// <summary>Creates the validator.</summary>
    public EvidenceValidator()
    {
        RuleFor(evidence => evidence.Sources)
            .Must(sources => !sources.IsEmpty)
            .When(evidence => evidence.Confidence == Confidence.Confirmed)
            .WithErrorCode(ErrorCodes.ConfirmedWithoutSource)
            .WithMessage("'sources' is empty, but a fact marked Confirmed must cite at least one source.")
            .OverridePropertyName("Sources");

        RuleForEach(evidence => evidence.Sources)
            .Must(source => !string.IsNullOrWhiteSpace(source.Publisher) || !string.IsNullOrWhiteSpace(source.Title))
            .WithErrorCode(ErrorCodes.SourceWithoutName)
            .WithMessage("'sources' names neither a publisher nor a title; a source must say who published it or what it is.");
    }

    /// <summary>
    /// Whether any rule above can apply: only to a fact marked Confirmed or citing sources. A parent validator runs this
    /// validator only then, sparing a child context for every unsourced fact, which can never fail.
    /// </summary>
    internal static bool MayFail(Evidence evidence) =>
        evidence.Confidence == Confidence.Confirmed || !evidence.Sources.IsEmpty;
}
