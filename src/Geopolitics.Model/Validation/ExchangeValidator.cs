using System.Collections.Immutable;
using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks an <see cref="Exchange"/>: it links at least two distinct transfers
/// (<see cref="ErrorCodes.ExchangeTooFewTransfers"/>), none twice (<see cref="ErrorCodes.ExchangeDuplicateTransfer"/>),
/// and its evidence holds (<see cref="EvidenceValidator"/>). Given the known transfers, it also checks that each leg
/// exists (<see cref="ErrorCodes.ExchangeUnknownTransfer"/>), that all legs run between the same two actors
/// (<see cref="ErrorCodes.ExchangeLegsNotOnePair"/>) and that they flow both ways
/// (<see cref="ErrorCodes.ExchangeOneWay"/>).
/// </summary>
/// <remarks>
/// An exchange is a bargain between two actors: each side's transfers pay for the other's. A three-cornered deal
/// (A supplies B, B supplies C, C pays A) is recorded as separate transfers, not as one exchange. The pair and
/// direction checks look only at the legs that are known, and only when at least two are.
/// </remarks>
public sealed class ExchangeValidator : AbstractValidator<Exchange>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownTransfers">
    /// The transfers an exchange may link, or <see langword="null"/> to skip the existence, pair and direction checks.
    /// When two transfers share an id, the first is used.
    /// </param>
    public ExchangeValidator(IEnumerable<Transfer>? knownTransfers = null)
    {
        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => transfers.Distinct().Count() >= 2)
            .WithErrorCode(ErrorCodes.ExchangeTooFewTransfers)
            .WithMessage(exchange => $"'{{PropertyPath}}' links {exchange.Transfers.Distinct().Count()} distinct transfer(s); an exchange links at least 2 transfers that pay for each other.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => transfers.Distinct().Count() == transfers.Length)
            .WithErrorCode(ErrorCodes.ExchangeDuplicateTransfer)
            .WithMessage(exchange => $"'{{PropertyPath}}' lists {string.Join(", ", Duplicates(exchange.Transfers))} more than once; each transfer is one leg of an exchange.");

        RuleFor(exchange => exchange.Evidence).SetValidator(new EvidenceValidator());

        if (knownTransfers is null)
        {
            return;
        }

        var byId = new Dictionary<TransferId, Transfer>();
        foreach (var transfer in knownTransfers)
        {
            byId.TryAdd(transfer.Id, transfer);
        }

        RuleForEach(exchange => exchange.Transfers)
            .Must(byId.ContainsKey)
            .WithErrorCode(ErrorCodes.ExchangeUnknownTransfer)
            .WithMessage((_, id) => $"'{{PropertyPath}}' ({id}) is not a known transfer; an exchange links transfers of the scenario.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => Actors(Legs(transfers, byId)).Count <= 2)
            .When(exchange => Legs(exchange.Transfers, byId).Length >= 2)
            .WithErrorCode(ErrorCodes.ExchangeLegsNotOnePair)
            .WithMessage(exchange => $"'{{PropertyPath}}' runs between {string.Join(", ", Actors(Legs(exchange.Transfers, byId)).Order())}; all legs of an exchange run between the same 2 actors.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => Legs(transfers, byId).Select(leg => leg.Supplier).Distinct().Count() == 2)
            .When(exchange => Legs(exchange.Transfers, byId) is { Length: >= 2 } legs && Actors(legs).Count == 2)
            .WithErrorCode(ErrorCodes.ExchangeOneWay)
            .WithMessage(exchange => $"Every leg in '{{PropertyPath}}' goes from {Legs(exchange.Transfers, byId)[0].Supplier} to {Legs(exchange.Transfers, byId)[0].Recipient}; an exchange needs at least 1 leg flowing each way.");
    }

    private static ImmutableArray<Transfer> Legs(ImmutableArray<TransferId> ids, Dictionary<TransferId, Transfer> byId) =>
        [.. ids.Distinct().Where(byId.ContainsKey).Select(id => byId[id])];

    private static HashSet<ActorId> Actors(ImmutableArray<Transfer> legs) =>
        [.. legs.SelectMany(leg => new[] { leg.Supplier, leg.Recipient })];

    private static IEnumerable<TransferId> Duplicates(ImmutableArray<TransferId> ids) =>
        ids.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key);
}
