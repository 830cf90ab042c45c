using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks one <see cref="TreatyParty"/>: consent not before signature (<see cref="ErrorCodes.ConsentBeforeSignature"/>)
/// and a signature behind every ratification (<see cref="ErrorCodes.RatificationWithoutSignature"/>); withdrawal
/// after consent (<see cref="ErrorCodes.WithdrawalBeforeConsent"/>) and not effective before its notice
/// (<see cref="ErrorCodes.WithdrawalEffectiveBeforeNotice"/>); the evidence of every step and the suspension periods;
/// and, when known actors are given, that the party is one (<see cref="ErrorCodes.TreatyUnknownActor"/>).
/// </summary>
/// <remarks>
/// Partial dates are compared by the days they cover: a rule is broken only when it is broken whatever the exact days,
/// so a consent "2024-06" and a signature "2024-06-19" are accepted.
/// </remarks>
internal sealed class TreatyPartyValidator : AbstractValidator<TreatyParty>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownActors">The ids of the actors that exist, or <see langword="null"/> to skip that check.</param>
    public TreatyPartyValidator(IReadOnlySet<ActorId>? knownActors = null)
    {
        if (knownActors is not null)
        {
            RuleFor(party => party.Actor)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.TreatyUnknownActor)
                .WithMessage(party => $"'actor' ({party.Actor}) is not a known actor; every party must be an actor of the scenario.");
        }

        RuleFor(party => party.Consent!.Date)
            .Must((party, date) => date.End >= party.Signature!.Date.Start)
            .When(party => party.Signature is not null && party.Consent is not null && !party.Consent.Kind.JoinsWithoutSignature())
            .WithErrorCode(ErrorCodes.ConsentBeforeSignature)
            .WithMessage(party => $"'consent.date' ({party.Consent!.Date}) is before the signature of {party.Actor} ({party.Signature!.Date}); consent by {party.Consent.Kind} cannot come before signature.");

        RuleFor(party => party.Consent!.Kind)
            .Must(kind => kind != ConsentKind.Ratification)
            .When(party => party.Consent is not null && party.Signature is null)
            .WithErrorCode(ErrorCodes.RatificationWithoutSignature)
            .WithMessage(party => $"'consent.kind' is Ratification but {party.Actor} has no signature; ratification confirms a signature (record the signature, or use Accession for a state that did not sign).");

        RuleFor(party => party.Withdrawal!.Notified)
            .Must((party, notified) => (party.Consent?.Date ?? party.Signature?.Date) is { } joined && notified.End >= joined.Start)
            .When(party => party.Withdrawal is not null)
            .WithErrorCode(ErrorCodes.WithdrawalBeforeConsent)
            .WithMessage(party => (party.Consent?.Date ?? party.Signature?.Date) is { } joined
                ? $"'withdrawal.notified' ({party.Withdrawal!.Notified}) is before {party.Actor}'s {(party.Consent is null ? "signature" : "consent")} ({joined}); a party can only withdraw after it has consented."
                : $"'withdrawal.notified' is set but {party.Actor} has neither consented nor signed; a party can only withdraw after it has consented.");

        RuleFor(party => party.Withdrawal!.Effective)
            .Must((party, effective) => effective is not { } e || e.End >= party.Withdrawal!.Notified.Start)
            .When(party => party.Withdrawal is not null)
            .WithErrorCode(ErrorCodes.WithdrawalEffectiveBeforeNotice)
            .WithMessage(party => $"'withdrawal.effective' ({party.Withdrawal!.Effective}) is before the notice of withdrawal ({party.Withdrawal.Notified}); a withdrawal takes effect on or after its notice.");

        var evidence = new EvidenceValidator();
        RuleFor(party => party.Signature!.Evidence).SetValidator(evidence).When(party => party.Signature is not null);
        RuleFor(party => party.Consent!.Evidence).SetValidator(evidence).When(party => party.Consent is not null);
        RuleFor(party => party.Withdrawal!.Evidence).SetValidator(evidence).When(party => party.Withdrawal is not null);
        RuleForEach(party => party.DomesticSteps).ChildRules(step => step.RuleFor(s => s.Evidence).SetValidator(evidence));
        RuleForEach(party => party.Suspensions).ChildRules(suspension =>
        {
            suspension.RuleFor(s => s.Period).SetValidator(new DatePeriodValidator());
            suspension.RuleFor(s => s.Evidence).SetValidator(evidence);
        });
        RuleForEach(party => party.PartnerSuspensions).ChildRules(suspension =>
        {
            suspension.RuleFor(s => s.Period).SetValidator(new DatePeriodValidator());
            suspension.RuleFor(s => s.Evidence).SetValidator(evidence);
        });
        RuleForEach(party => party.Understandings).ChildRules(understanding => understanding.RuleFor(u => u.Evidence).SetValidator(evidence));
    }
}
