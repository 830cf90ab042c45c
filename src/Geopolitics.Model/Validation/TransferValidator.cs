using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="Transfer"/>: the supplier is not the recipient (<see cref="ErrorCodes.TransferSupplierIsRecipient"/>);
/// both are known actors (<see cref="ErrorCodes.UnknownTransferParty"/>, when actors are given); the period ends on
/// or after its start (<see cref="ErrorCodes.PeriodEndsBeforeStart"/>, the rule of <see cref="DatePeriodValidator"/>);
/// a Delivered transfer has an end (<see cref="ErrorCodes.DeliveredTransferWithoutEnd"/>); the evidence holds
/// (<see cref="EvidenceValidator"/>); and the item's own rules: weapon systems delivered do not exceed those ordered
/// (<see cref="ErrorCodes.WeaponsDeliveredExceedOrdered"/>, <see cref="ErrorCodes.WeaponsTivDeliveredExceedsOrder"/>),
/// and personnel are deployed at a known place (<see cref="ErrorCodes.UnknownDeploymentLocation"/>, when places are given);
/// counts of people and weapon systems are whole numbers (<see cref="ErrorCodes.FractionalCount"/>).
/// </summary>
internal sealed class TransferValidator : AbstractValidator<Transfer>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownActors">The actors a supplier or recipient may be, or <see langword="null"/> to skip that check.</param>
    /// <param name="knownPlaces">The places personnel may be deployed at, or <see langword="null"/> to skip that check.</param>
    public TransferValidator(IReadOnlySet<ActorId>? knownActors = null, IReadOnlySet<PlaceId>? knownPlaces = null)
    {
        RuleFor(transfer => transfer.Recipient)
            .Must((transfer, recipient) => recipient != transfer.Supplier)
            .WithErrorCode(ErrorCodes.TransferSupplierIsRecipient)
            .WithMessage(transfer => $"'recipient' ({transfer.Recipient}) is also the supplier; a transfer must go from one actor to a different one.");

        if (knownActors is not null)
        {
            RuleFor(transfer => transfer.Supplier)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownTransferParty)
                .WithMessage(transfer => $"'supplier' ({transfer.Supplier}) is not a known actor; a transfer's supplier must be an actor of the scenario.");

            RuleFor(transfer => transfer.Recipient)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.UnknownTransferParty)
                .WithMessage(transfer => $"'recipient' ({transfer.Recipient}) is not a known actor; a transfer's recipient must be an actor of the scenario.");
        }

        // The period's rule applied in place rather than through SetValidator: same path and message, no child context.
        DatePeriodValidator.EndsOnOrAfterStart(RuleFor(transfer => transfer.Period.End), transfer => transfer.Period);

        RuleFor(transfer => transfer.Period.End)
            .NotNull()
            .When(transfer => transfer.Status == TransferStatus.Delivered)
            .WithErrorCode(ErrorCodes.DeliveredTransferWithoutEnd)
            .WithMessage(transfer => $"'period.end' is open, but the transfer is Delivered; a completed delivery must have an end date (the last delivery, at least to the year), after its start ({transfer.Period.Start}).");

        RuleFor(transfer => transfer.Evidence).SetValidator(new EvidenceValidator())
            .When(transfer => EvidenceValidator.MayFail(transfer.Evidence));

        RuleFor(transfer => transfer.Item).SetInheritanceValidator(items =>
        {
            items.Add(new WeaponSystemsRules());
            items.Add(new PersonnelRules(knownPlaces));
        });
    }

    /// <summary>Whether an estimate is certainly larger than another: its lowest value exceeds the other's highest.</summary>
    /// <remarks>Approximate figures ("about", "thousands") never certainly exceed anything.</remarks>
    private static bool CertainlyExceeds(Estimate larger, Estimate smaller)
    {
        if (IsApproximate(larger) || IsApproximate(smaller) || smaller.High is not { } high)
        {
            return false;
        }

        return larger.Low > high ||
               (larger.Low == high && (larger.Qualifier == EstimateQualifier.Over || smaller.Qualifier == EstimateQualifier.Under));
    }

    /// <summary>Whether every stated bound of a count is a whole number: a count of people or of weapon systems has no fractions.</summary>
    private static bool IsWhole(Estimate? estimate) =>
        estimate is not { } e || (decimal.Truncate(e.Low) == e.Low && (e.High is not { } high || decimal.Truncate(high) == high));

    private static bool IsApproximate(Estimate estimate) =>
        estimate.Qualifier is EstimateQualifier.About or EstimateQualifier.Several;

    private sealed class WeaponSystemsRules : AbstractValidator<WeaponSystemsItem>
    {
        public WeaponSystemsRules()
        {
            RuleFor(item => item.NumberOrdered)
                .Must(IsWhole)
                .WithErrorCode(ErrorCodes.FractionalCount)
                .WithMessage(item => $"'numberOrdered' ({item.NumberOrdered}) is not a whole number; weapon systems are counted in units.");

            RuleFor(item => item.NumberDelivered)
                .Must(IsWhole)
                .WithErrorCode(ErrorCodes.FractionalCount)
                .WithMessage(item => $"'numberDelivered' ({item.NumberDelivered}) is not a whole number; weapon systems are counted in units.");

            RuleFor(item => item.NumberDelivered)
                .Must((item, delivered) => delivered is not { } d || item.NumberOrdered is not { } o || !CertainlyExceeds(d, o))
                .WithErrorCode(ErrorCodes.WeaponsDeliveredExceedOrdered)
                .WithMessage(item => $"'numberDelivered' ({item.NumberDelivered}) exceeds the number ordered ({item.NumberOrdered}); no more units can be delivered than were ordered.");

            RuleFor(item => item.TivDelivered)
                .Must((item, delivered) => delivered is not { } d || item.TivOrder is not { } o || d <= o)
                .WithErrorCode(ErrorCodes.WeaponsTivDeliveredExceedsOrder)
                .WithMessage(item => string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"'tivDelivered' ({item.TivDelivered}) exceeds the TIV of the order ({item.TivOrder}); what was delivered cannot be worth more than the whole order."));
        }
    }

    private sealed class PersonnelRules : AbstractValidator<PersonnelItem>
    {
        public PersonnelRules(IReadOnlySet<PlaceId>? knownPlaces)
        {
            RuleFor(item => item.Count)
                .Must(count => IsWhole(count))
                .WithErrorCode(ErrorCodes.FractionalCount)
                .WithMessage(item => $"'count' ({item.Count}) is not a whole number; people are counted whole.");

            RuleFor(item => item.DeploymentLocation)
                .Must(place => knownPlaces is null || place is not { } p || knownPlaces.Contains(p))
                .WithErrorCode(ErrorCodes.UnknownDeploymentLocation)
                .WithMessage(item => $"'deploymentLocation' ({item.DeploymentLocation}) is not a known place; personnel must be deployed at a place of the gazetteer or the scenario.");
        }
    }
}
