using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="Clause"/> against the parties of its treaty: guarantors and beneficiaries must be parties
/// (<see cref="ErrorCodes.ClauseNamesNonParty"/>), adversaries must not be
/// (<see cref="ErrorCodes.ClauseAdversaryIsParty"/>), and when known actors are given, adversaries and administering
/// actors must be known (<see cref="ErrorCodes.TreatyUnknownActor"/>).
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

        RuleForEach(clause => clause.Conditions.Adversaries)
            .Must(actor => !members.Contains(actor))
            .WithErrorCode(ErrorCodes.ClauseAdversaryIsParty)
            .WithMessage((_, actor) => $"'conditions.adversaries' ({actor}) is a party to the treaty; an adversary named by a clause must not be a party.");

        if (knownActors is not null)
        {
            RuleForEach(clause => clause.Conditions.Adversaries)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.TreatyUnknownActor)
                .WithMessage((_, actor) => $"'conditions.adversaries' ({actor}) is not a known actor; every adversary must be an actor of the scenario.");

            RuleForEach(clause => clause.Conditions.GeographicScope!.AdministeredBy)
                .Must(knownActors.Contains)
                .When(clause => clause.Conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.TreatyUnknownActor)
                .WithMessage((_, actor) => $"'conditions.geographicScope.administeredBy' ({actor}) is not a known actor; every administering actor must be an actor of the scenario.");
        }

        if (places is not null)
        {
            // A misspelled region would silently rule the clause out wherever an attack happens.
            RuleForEach(clause => clause.Conditions.GeographicScope!.Regions)
                .Must(region => places.Find(region) is not null)
                .When(clause => clause.Conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.UnknownPlace)
                .WithMessage((_, region) => $"'conditions.geographicScope.regions' ({region}) is not a place of the gazetteer or the scenario, so the clause could apply nowhere.{places.Hint(region.Value)}");

            RuleForEach(clause => clause.Conditions.GeographicScope!.Places)
                .Must(place => places.Find(place) is not null)
                .When(clause => clause.Conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.UnknownPlace)
                .WithMessage((_, place) => $"'conditions.geographicScope.places' ({place}) is not a place of the gazetteer or the scenario, so the clause would never apply there.{places.Hint(place.Value)}");
        }
    }
}
