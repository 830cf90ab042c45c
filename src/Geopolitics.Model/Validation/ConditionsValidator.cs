using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks the <see cref="ClauseConditions"/> of a clause, or of a party's understanding of one, against the parties of
/// the treaty: adversaries must not be parties (<see cref="ErrorCodes.ClauseAdversaryIsParty"/>); when known actors
/// are given, adversaries and administering actors must be known (<see cref="ErrorCodes.TreatyUnknownActor"/>); when
/// places are given, every region and place of the geographic scope must be one (<see cref="ErrorCodes.UnknownPlace"/>,
/// with the nearest places suggested), since a misspelled one would silently rule the obligation out.
/// </summary>
internal sealed class ConditionsValidator : AbstractValidator<ClauseConditions>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="parties">The parties of the treaty.</param>
    /// <param name="knownActors">The ids of the actors that exist, or <see langword="null"/> to skip that check.</param>
    /// <param name="places">The places that exist, or <see langword="null"/> to skip that check.</param>
    public ConditionsValidator(IReadOnlySet<ActorId> parties, IReadOnlySet<ActorId>? knownActors, Gazetteer? places)
    {
        RuleForEach(conditions => conditions.Adversaries)
            .Must(actor => !parties.Contains(actor))
            .WithErrorCode(ErrorCodes.ClauseAdversaryIsParty)
            .WithMessage((_, actor) => $"'conditions.adversaries' ({actor}) is a party to the treaty; an adversary named by a clause must not be a party.");

        if (knownActors is not null)
        {
            RuleForEach(conditions => conditions.Adversaries)
                .Must(knownActors.Contains)
                .WithErrorCode(ErrorCodes.TreatyUnknownActor)
                .WithMessage((_, actor) => $"'conditions.adversaries' ({actor}) is not a known actor; every adversary must be an actor of the scenario.");

            RuleForEach(conditions => conditions.GeographicScope!.AdministeredBy)
                .Must(knownActors.Contains)
                .When(conditions => conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.TreatyUnknownActor)
                .WithMessage((_, actor) => $"'conditions.geographicScope.administeredBy' ({actor}) is not a known actor; every administering actor must be an actor of the scenario.");
        }

        if (places is not null)
        {
            RuleForEach(conditions => conditions.GeographicScope!.Regions)
                .Must(region => places.Find(region) is not null)
                .When(conditions => conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.UnknownPlace)
                .WithMessage((_, region) => $"'conditions.geographicScope.regions' ({region}) is not a place of the gazetteer or the scenario, so the clause could apply nowhere.{places.Hint(region.Value)}");

            RuleForEach(conditions => conditions.GeographicScope!.Places)
                .Must(place => places.Find(place) is not null)
                .When(conditions => conditions.GeographicScope is not null)
                .WithErrorCode(ErrorCodes.UnknownPlace)
                .WithMessage((_, place) => $"'conditions.geographicScope.places' ({place}) is not a place of the gazetteer or the scenario, so the clause would never apply there.{places.Hint(place.Value)}");
        }
    }
}
