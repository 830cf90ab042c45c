using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Sanctions;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="SanctionsRegime"/>: the authority does not sanction itself
/// (<see cref="ErrorCodes.SanctionsAuthorityIsTarget"/>); it imposes at least one measure
/// (<see cref="ErrorCodes.SanctionsRegimeWithoutMeasures"/>), none twice (<see cref="ErrorCodes.DuplicateSanctionsMeasure"/>);
/// authority and target are known actors (<see cref="ErrorCodes.UnknownSanctionsActor"/>, when actors are given);
/// the period ends on or after its start (<see cref="ErrorCodes.PeriodEndsBeforeStart"/>) and does not start before
/// its legal basis was adopted (<see cref="ErrorCodes.SanctionsRegimeBeforeLegalBasis"/>); and the evidence holds
/// (<see cref="EvidenceValidator"/>).
/// </summary>
/// <remarks>
/// A regime starts before its legal basis only when every day its start may mean is before the earliest adoption
/// date recorded: a regime starting in "2006-10" rests well on an instrument adopted on 2006-10-14.
/// </remarks>
internal sealed class SanctionsRegimeValidator : AbstractValidator<SanctionsRegime>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownActors">The actors an authority or target may be, or <see langword="null"/> to skip that check.</param>
    public SanctionsRegimeValidator(IReadOnlySet<ActorId>? knownActors = null)
    {
        RuleFor(regime => regime.Target)
            .Must((regime, target) => target != regime.Authority)
            .WithErrorCode(ErrorCodes.SanctionsAuthorityIsTarget)
            .WithMessage(regime => $"'target' ({regime.Target}) is also the authority; a sanctions regime targets an actor other than the one imposing it.");

        if (knownActors is not null)
        {
            RuleFor(regime => regime.Authority)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownSanctionsActor)
                .WithMessage(regime => $"'authority' ({regime.Authority}) is not a known actor; a sanctions regime's authority must be an actor of the scenario.");

            RuleFor(regime => regime.Target)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownSanctionsActor)
                .WithMessage(regime => $"'target' ({regime.Target}) is not a known actor; a sanctions regime's target must be an actor of the scenario.");
        }

        RuleFor(regime => regime.Measures)
            .Must(measures => !measures.IsEmpty)
            .WithErrorCode(ErrorCodes.SanctionsRegimeWithoutMeasures)
            .WithMessage("'measures' is empty; a sanctions regime imposes at least 1 measure.");

        RuleFor(regime => regime.Measures)
            .Must(measures => measures.Distinct().Count() == measures.Length)
            .WithErrorCode(ErrorCodes.DuplicateSanctionsMeasure)
            .WithMessage(regime => $"'measures' lists {string.Join("; ", regime.Measures.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key))} more than once; each measure is listed at most once.");

        RuleFor(regime => regime.Period).SetValidator(new DatePeriodValidator());

        RuleFor(regime => regime.Period.Start)
            .Must((regime, start) => EarliestAdoption(regime) is not { } earliest || start.End >= earliest.Start)
            .WithErrorCode(ErrorCodes.SanctionsRegimeBeforeLegalBasis)
            .WithMessage(regime => $"'period.start' ({regime.Period.Start}) is before the earliest instrument of the legal basis was adopted ({EarliestAdoption(regime)}); a regime cannot apply before the law it rests on.");

        RuleFor(regime => regime.Evidence).SetValidator(new EvidenceValidator());
    }

    private static Time.PartialDate? EarliestAdoption(SanctionsRegime regime) =>
        regime.LegalBasis
            .Where(instrument => instrument.Adopted is not null)
            .Select(instrument => instrument.Adopted!.Value)
            .OrderBy(date => date.Start)
            .Cast<Time.PartialDate?>()
            .FirstOrDefault();
}
