using System.Collections.Immutable;
using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
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
internal sealed class ExchangeValidator : AbstractValidator<Exchange>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownTransfers">
    /// The transfers an exchange may link, or <see langword="null"/> to skip the existence, pair and direction checks.
    /// When two transfers share an id, the first is used.
    /// </param>
    // Not an IEnumerable: a container fills an IEnumerable it was not told about with an empty one, and a validator
    // built by assembly scanning would then refuse every valid fact (DependencyInjection tests).
    public ExchangeValidator(IReadOnlyCollection<Transfer>? knownTransfers = null)
        : this(knownTransfers is null ? null : ById(knownTransfers).GetValueOrDefault)
    {
    }

    /// <summary>Creates the validator with a way to find the known transfers (a scenario's own index, say).</summary>
    /// <param name="findTransfer">
    /// The known transfer of an id, or <see langword="null"/> when none; or <see langword="null"/> itself to skip the
    /// existence, pair and direction checks.
    /// </param>
    internal ExchangeValidator(Func<TransferId, Transfer?>? findTransfer)
    {
        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => DistinctCount(transfers) >= 2)
            .WithErrorCode(ErrorCodes.ExchangeTooFewTransfers)
            .WithMessage(exchange => $"'transfers' links {DistinctCount(exchange.Transfers)} distinct transfer(s); an exchange links at least 2 transfers that pay for each other.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => DistinctCount(transfers) == transfers.Length)
            .WithErrorCode(ErrorCodes.ExchangeDuplicateTransfer)
            .WithMessage(exchange => $"'transfers' lists {string.Join(", ", Duplicates(exchange.Transfers))} more than once; each transfer is one leg of an exchange.");

        RuleFor(exchange => exchange.Evidence).SetValidator(new EvidenceValidator())
            .When(exchange => EvidenceValidator.MayFail(exchange.Evidence));

        if (findTransfer is null)
        {
            return;
        }

        RuleForEach(exchange => exchange.Transfers)
            .Must(id => findTransfer(id) is not null)
            .WithErrorCode(ErrorCodes.ExchangeUnknownTransfer)
            .WithMessage((_, id) => $"'transfers' ({id}) is not a known transfer; an exchange links transfers of the scenario.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => Actors(Legs(transfers, findTransfer)).Count <= 2)
            .When(exchange => Legs(exchange.Transfers, findTransfer).Length >= 2)
            .WithErrorCode(ErrorCodes.ExchangeLegsNotOnePair)
            .WithMessage(exchange => $"'transfers' runs between {string.Join(", ", Actors(Legs(exchange.Transfers, findTransfer)).Order())}; all legs of an exchange run between the same 2 actors.");

        RuleFor(exchange => exchange.Transfers)
            .Must(transfers => Suppliers(Legs(transfers, findTransfer)).Count == 2)
            .When(exchange => Legs(exchange.Transfers, findTransfer) is { Length: >= 2 } legs && Actors(legs).Count == 2)
            .WithErrorCode(ErrorCodes.ExchangeOneWay)
            .WithMessage(exchange => $"Every leg in 'transfers' goes from {Legs(exchange.Transfers, findTransfer)[0].Supplier} to {Legs(exchange.Transfers, findTransfer)[0].Recipient}; an exchange needs at least 1 leg flowing each way.");
    }

    // Plain loops rather than LINQ: these run several times for every exchange of a scenario.

    /// <summary>How many different transfers <paramref name="ids"/> lists.</summary>
    private static int DistinctCount(ImmutableArray<TransferId> ids)
    {
        var count = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (IsFirst(ids, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first transfer of each id.</summary>
    private static Dictionary<TransferId, Transfer> ById(IEnumerable<Transfer> transfers)
    {
        var byId = new Dictionary<TransferId, Transfer>(transfers.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var transfer in transfers)
        {
            byId.TryAdd(transfer.Id, transfer);
        }

        return byId;
    }

    /// <summary>The known transfers among <paramref name="ids"/>, each once, in order.</summary>
    private static ImmutableArray<Transfer> Legs(ImmutableArray<TransferId> ids, Func<TransferId, Transfer?> find)
    {
        var legs = ImmutableArray.CreateBuilder<Transfer>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (find(ids[i]) is { } leg && IsFirst(ids, i))
            {
                legs.Add(leg);
            }
        }

        return legs.DrainToImmutable();
    }

    /// <summary>Whether the id at <paramref name="index"/> is not listed before it.</summary>
    /// <remarks>Quadratic in the legs, of which an exchange has a few; a set would cost more than it saves.</remarks>
    private static bool IsFirst(ImmutableArray<TransferId> ids, int index) => ids.IndexOf(ids[index], 0, index) < 0;

    private static HashSet<ActorId> Actors(ImmutableArray<Transfer> legs)
    {
        var actors = new HashSet<ActorId>();
        foreach (var leg in legs)
        {
            actors.Add(leg.Supplier);
            actors.Add(leg.Recipient);
        }

        return actors;
    }

    private static HashSet<ActorId> Suppliers(ImmutableArray<Transfer> legs)
    {
        var suppliers = new HashSet<ActorId>();
        foreach (var leg in legs)
        {
            suppliers.Add(leg.Supplier);
        }

        return suppliers;
    }

    private static IEnumerable<TransferId> Duplicates(ImmutableArray<TransferId> ids) =>
        ids.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key);
}
