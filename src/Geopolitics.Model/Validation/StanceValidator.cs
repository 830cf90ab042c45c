using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="Stance"/>: its holder and agency are known actors (<see cref="ErrorCodes.UnknownStanceActor"/>,
/// when actors are given); the agency is not the holder (<see cref="ErrorCodes.StanceViaIsHolder"/>); the target's
/// actors, treaty or transfer are known (<see cref="ErrorCodes.UnknownStanceTarget"/>, for each kind of id given);
/// the holder does not target itself alone (<see cref="ErrorCodes.StanceTargetIsHolder"/>); no signal is listed twice
/// (<see cref="ErrorCodes.DuplicateStanceSignal"/>); a vote is on a resolution (<see cref="ErrorCodes.StanceVoteWithoutResolution"/>)
/// with the position it expresses (<see cref="ErrorCodes.StanceVotePositionMismatch"/>); and the evidence holds
/// (<see cref="EvidenceValidator"/>).
/// </summary>
/// <remarks>
/// A holder may belong to a group it takes a stance on (South Korea supporting the US–ROK alliance): only a target
/// that is the holder alone is refused. Issue targets are free text and are not checked.
/// </remarks>
internal sealed class StanceValidator : AbstractValidator<Stance>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownActors">The actors a holder, agency or actor target may be, or <see langword="null"/> to skip those checks.</param>
    /// <param name="knownTreaties">The treaties a treaty target may be, or <see langword="null"/> to skip that check.</param>
    /// <param name="knownTransfers">The transfers a transfer target may be, or <see langword="null"/> to skip that check.</param>
    public StanceValidator(
        IReadOnlySet<ActorId>? knownActors = null,
        IReadOnlySet<TreatyId>? knownTreaties = null,
        IReadOnlySet<TransferId>? knownTransfers = null)
    {
        if (knownActors is not null)
        {
            RuleFor(stance => stance.Holder)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownStanceActor)
                .WithMessage(stance => $"'holder' ({stance.Holder}) is not a known actor; a stance's holder must be an actor of the scenario.");

            RuleFor(stance => stance.Via)
                .Must(via => via is not { } agency || knownActors.Contains(agency))
                .WithErrorCode(ErrorCodes.UnknownStanceActor)
                .WithMessage(stance => $"'via' ({stance.Via}) is not a known actor; the agency a holder speaks through must be an actor of the scenario.");
        }

        RuleFor(stance => stance.Via)
            .Must((stance, via) => via != stance.Holder)
            .WithErrorCode(ErrorCodes.StanceViaIsHolder)
            .WithMessage(stance => $"'via' ({stance.Via}) is the holder itself; record an agency only when another actor (such as an intelligence service) speaks for the holder.");

        RuleFor(stance => stance.Target)
            .Must((stance, target) => target is not ActorTarget single || single.Actor != stance.Holder)
            .WithErrorCode(ErrorCodes.StanceTargetIsHolder)
            .WithMessage(stance => $"'target.actor' ({stance.Holder}) is the holder; a stance is a position towards another actor, a group, a treaty, a transfer or an issue.")
            .OverridePropertyName("Target.Actor");

        RuleFor(stance => stance.Target).SetInheritanceValidator(targets =>
        {
            if (knownActors is not null)
            {
                targets.Add(new ActorTargetRules(knownActors));
                targets.Add(new ActorsTargetRules(knownActors));
            }

            if (knownTreaties is not null)
            {
                targets.Add(new TreatyTargetRules(knownTreaties));
            }

            if (knownTransfers is not null)
            {
                targets.Add(new TransferTargetRules(knownTransfers));
            }
        });

        RuleFor(stance => stance.Signals)
            .Must(signals => signals.Distinct().Count() == signals.Length)
            .WithErrorCode(ErrorCodes.DuplicateStanceSignal)
            .WithMessage(stance => $"'signals' lists {string.Join(", ", stance.Signals.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key))} more than once; each signal is listed at most once.");

        RuleFor(stance => stance.Vote)
            .Must((stance, vote) => vote is null || stance.Target is ResolutionTarget)
            .WithErrorCode(ErrorCodes.StanceVoteWithoutResolution)
            .WithMessage(stance => $"'vote' ({stance.Vote}) is a vote, but the target is {stance.Target}; a vote is cast on a resolution (a target of kind resolution).");

        RuleFor(stance => stance.Position)
            .Must((stance, position) => stance.Vote is not { } vote || position == Stance.PositionOf(vote))
            .WithErrorCode(ErrorCodes.StanceVotePositionMismatch)
            .WithMessage(stance => $"'position' ({stance.Position}) is not the position of the vote {stance.Vote}, which is {(stance.Vote is { } v ? Stance.PositionOf(v) : default)}; a vote's stance takes the vote's position.");

        RuleFor(stance => stance.Evidence).SetValidator(new EvidenceValidator());
    }

    private sealed class ActorTargetRules : AbstractValidator<ActorTarget>
    {
        public ActorTargetRules(IReadOnlySet<ActorId> knownActors) =>
            RuleFor(target => target.Actor)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownStanceTarget)
                .WithMessage(target => $"'actor' ({target.Actor}) is not a known actor; a stance's target must be an actor of the scenario.");
    }

    private sealed class ActorsTargetRules : AbstractValidator<ActorsTarget>
    {
        public ActorsTargetRules(IReadOnlySet<ActorId> knownActors) =>
            RuleForEach(target => target.Actors)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownStanceTarget)
                .WithMessage((_, actor) => $"'actors' ({actor}) is not a known actor; every actor of a group target must be an actor of the scenario.");
    }

    private sealed class TreatyTargetRules : AbstractValidator<TreatyTarget>
    {
        public TreatyTargetRules(IReadOnlySet<TreatyId> knownTreaties) =>
            RuleFor(target => target.Treaty)
                .Must(knownTreaties.Contains)
                .WithErrorCode(ErrorCodes.UnknownStanceTarget)
                .WithMessage(target => $"'treaty' ({target.Treaty}) is not a known treaty; a stance's target must be a treaty of the scenario.");
    }

    private sealed class TransferTargetRules : AbstractValidator<TransferTarget>
    {
        public TransferTargetRules(IReadOnlySet<TransferId> knownTransfers) =>
            RuleFor(target => target.Transfer)
                .Must(knownTransfers.Contains)
                .WithErrorCode(ErrorCodes.UnknownStanceTarget)
                .WithMessage(target => $"'transfer' ({target.Transfer}) is not a known transfer; a stance's target must be a transfer of the scenario.");
    }
}
