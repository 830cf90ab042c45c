using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="Clause"/> against the parties of its treaty: guarantors and beneficiaries must be parties
/// (<see cref="ErrorCodes.ClauseNamesNonParty"/>), and its conditions must name actors and places that exist
/// (<see cref="ConditionsValidator"/>).
/// </summary>
internal sealed class ClauseValidator : AbstractValidator<Clause>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="parties">The parties of the clause's treaty.</param>
    /// <param name="knownActors">The ids of the actors that exist, or <see langword="null"/> to skip that check.</param>
    /// <param name="places">The places that exist, or <see langword="null"/> to skip that check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    // Not an IEnumerable: a container fills an IEnumerable it was not told about with an empty one, and a validator
    // built by assembly scanning would then refuse every valid fact (DependencyInjection tests).
    public ClauseValidator(IReadOnlyCollection<ActorId> parties, IReadOnlySet<ActorId>? knownActors = null, Gazetteer? places = null)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var members = parties.ToHashSet();
        var list = string.Join(", ", members.Order());

        RuleForEach(clause => clause.Guarantors)
            .Must(members.Contains)
            .WithErrorCode(ErrorCodes.ClauseNamesNonParty)
            .WithMessage((_, actor) => $"'guarantors' ({actor}) is not a party to the treaty ({list}); a clause's guarantors must be parties.");

        RuleForEach(clause => clause.Beneficiaries)
            .Must(members.Contains)
            .WithErrorCode(ErrorCodes.ClauseNamesNonParty)
            .WithMessage((_, actor) => $"'beneficiaries' ({actor}) is not a party to the treaty ({list}); a clause's beneficiaries must be parties.");

        RuleFor(clause => clause.Conditions).SetValidator(new ConditionsValidator(members, knownActors, places));
    }
}
