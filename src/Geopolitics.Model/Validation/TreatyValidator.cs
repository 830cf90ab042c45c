using FluentValidation.Results;
using FluentValidation;
using FluentValidation.Internal;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Validation;

/// <summary>
/// Checks a <see cref="Treaty"/>: two or more distinct parties (<see cref="ErrorCodes.TreatyTooFewParties"/>,
/// <see cref="ErrorCodes.TreatyDuplicateParty"/>); each party (<see cref="TreatyPartyValidator"/>); entry into force
/// not before the consents it depends on (<see cref="ErrorCodes.EntryIntoForceBeforeConsent"/>,
/// <see cref="ErrorCodes.InstrumentCountExceedsParties"/>); each clause against the parties
/// (<see cref="ClauseValidator"/>) and unique clause ids (<see cref="ErrorCodes.DuplicateClauseId"/>); no
/// supersession of itself (<see cref="ErrorCodes.TreatySupersedesItself"/>); a termination not effective before its
/// date (<see cref="ErrorCodes.TerminationEffectiveBeforeDate"/>); a notice of non-renewal only under a renewing fixed
/// term (<see cref="ErrorCodes.NonRenewalWithoutRenewingTerm"/>); the evidence of the treaty and its termination,
/// and the suspension periods; each party's directed facts: a suspension towards one partner names another party
/// (<see cref="ErrorCodes.PartnerSuspensionPartnerNotParty"/>, <see cref="ErrorCodes.PartnerSuspensionOfItself"/>) and
/// does not overlap another towards the same partner (<see cref="ErrorCodes.PartnerSuspensionsOverlap"/>); an
/// understanding names a clause of the treaty (<see cref="ErrorCodes.UnderstandingUnknownClause"/>) that the party
/// owes (<see cref="ErrorCodes.UnderstandingNotOwed"/>), and its conditions name actors and places that exist, as a
/// clause's must (<see cref="ConditionsValidator"/>). Messages name the path, for example <c>Parties[1].Consent.Date</c>.
/// </summary>
/// <remarks>
/// Scenario context is optional: with <c>knownActors</c> every party, adversary and administering actor must be
/// known (<see cref="ErrorCodes.TreatyUnknownActor"/>); with <c>knownTreaties</c> every superseded treaty must be
/// known (<see cref="ErrorCodes.SupersededTreatyUnknown"/>). Partial dates are compared by the days they cover: a
/// rule is broken only when it is broken whatever the exact days.
/// </remarks>
internal sealed class TreatyValidator : AbstractValidator<Treaty>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="knownActors">The ids of the actors that exist, or <see langword="null"/> to skip that check.</param>
    /// <param name="knownTreaties">The ids of the treaties that exist, or <see langword="null"/> to skip that check.</param>
    /// <param name="places">The places that exist (a clause's scope names them), or <see langword="null"/> to skip that check.</param>
    public TreatyValidator(IReadOnlySet<ActorId>? knownActors = null, IReadOnlySet<TreatyId>? knownTreaties = null, Gazetteer? places = null)
    {
        RuleFor(treaty => treaty.Parties)
            .Must(parties => parties.Select(party => party.Actor).Distinct().Count() >= 2)
            .WithErrorCode(ErrorCodes.TreatyTooFewParties)
            .WithMessage(treaty => $"'parties' has {treaty.Parties.Select(party => party.Actor).Distinct().Count()} distinct part{(treaty.Parties.Select(party => party.Actor).Distinct().Count() == 1 ? "y" : "ies")}; a treaty needs at least two.");

        RuleFor(treaty => treaty.Parties).Custom((parties, context) =>
        {
            var seen = new Dictionary<ActorId, int>();
            for (var i = 0; i < parties.Length; i++)
            {
                if (!seen.TryAdd(parties[i].Actor, i))
                {
                    context.AddFailure(Failure(
                        context,
                        $"Parties[{i}].Actor",
                        ErrorCodes.TreatyDuplicateParty,
                        $"'actor' ({parties[i].Actor}) is already a party, listed earlier in the treaty; each party is listed once."));
                }
            }
        });

        RuleForEach(treaty => treaty.Parties).SetValidator(new TreatyPartyValidator(knownActors));

        RuleFor(treaty => treaty.Parties).Custom((_, context) =>
        {
            var treaty = context.InstanceToValidate;
            var members = treaty.PartyActors.ToHashSet();
            for (var i = 0; i < treaty.Parties.Length; i++)
            {
                var party = treaty.Parties[i];
                for (var j = 0; j < party.PartnerSuspensions.Length; j++)
                {
                    var suspension = party.PartnerSuspensions[j];
                    var path = $"Parties[{i}].PartnerSuspensions[{j}]";
                    if (suspension.Partner == party.Actor)
                    {
                        context.AddFailure(Failure(context, path + ".Partner", ErrorCodes.PartnerSuspensionOfItself,
                            $"'partner' ({suspension.Partner}) is {party.Actor} itself; a party suspends its obligations towards another party."));
                    }
                    else if (!members.Contains(suspension.Partner))
                    {
                        context.AddFailure(Failure(context, path + ".Partner", ErrorCodes.PartnerSuspensionPartnerNotParty,
                            $"'partner' ({suspension.Partner}) is not a party to {treaty.Id} (parties: {string.Join(", ", members.Order())}); {party.Actor} owes obligations under the treaty only to its parties."));
                    }

                    for (var k = 0; k < j; k++)
                    {
                        var earlier = party.PartnerSuspensions[k];
                        if (earlier.Partner == suspension.Partner && Overlap(earlier.Period, suspension.Period))
                        {
                            context.AddFailure(Failure(context, path + ".Period", ErrorCodes.PartnerSuspensionsOverlap,
                                $"'period' ({suspension.Period}) overlaps the earlier suspension of {party.Actor}'s obligations towards {suspension.Partner} (PartnerSuspensions[{k}], {earlier.Period}); list each suspension once, ending one before the next starts."));
                        }
                    }
                }

                for (var j = 0; j < party.Understandings.Length; j++)
                {
                    var understanding = party.Understandings[j];
                    var path = $"Parties[{i}].Understandings[{j}].Clause";
                    var clause = treaty.Clauses.FirstOrDefault(c => c.Id == understanding.Clause);
                    if (clause is null)
                    {
                        context.AddFailure(Failure(context, path, ErrorCodes.UnderstandingUnknownClause,
                            $"'clause' ({understanding.Clause}) is not a clause of {treaty.Id} (clauses: {(treaty.Clauses.IsEmpty ? "none" : string.Join(", ", treaty.Clauses.Select(c => c.Id)))}); an understanding narrows one of the treaty's clauses."));
                    }
                    else if (!clause.Guarantors.IsEmpty && !clause.Guarantors.Contains(party.Actor))
                    {
                        context.AddFailure(Failure(context, path, ErrorCodes.UnderstandingNotOwed,
                            $"'clause' ({understanding.Clause}) is owed only by {string.Join(", ", clause.Guarantors)}, not by {party.Actor}; an understanding narrows the party's own obligation."));
                    }
                }
            }
        });

        RuleFor(treaty => treaty.EntryIntoForce).Custom((rule, context) =>
        {
            var treaty = context.InstanceToValidate;
            switch (rule)
            {
                case OnExchangeOfInstrumentsRule { Exchanged: { } exchanged }:
                    for (var i = 0; i < treaty.Parties.Length; i++)
                    {
                        if (treaty.Parties[i].Consent is { } consent && !consent.Kind.JoinsWithoutSignature() && exchanged.End < consent.Date.Start)
                        {
                            context.AddFailure(Failure(
                                context,
                                "EntryIntoForce.Exchanged",
                                ErrorCodes.EntryIntoForceBeforeConsent,
                                $"'entryIntoForce.exchanged' ({exchanged}) is before the consent of {treaty.Parties[i].Actor} ({consent.Date}); instruments cannot be exchanged before they exist."));
                        }
                    }

                    break;

                case OnFixedDateRule or RecordedRule:
                    var date = rule is OnFixedDateRule fixedDate ? fixedDate.Date : ((RecordedRule)rule).Date;
                    var acts = treaty.Parties
                        .Select(party => party.Consent?.Date ?? party.Signature?.Date)
                        .OfType<PartialDate>()
                        .Select(act => act.Start)
                        .Order()
                        .ToList();
                    if (acts.Count >= 2 && date.End < acts[1])
                    {
                        context.AddFailure(Failure(
                            context,
                            "EntryIntoForce.Date",
                            ErrorCodes.EntryIntoForceBeforeConsent,
                            $"'entryIntoForce.date' ({date}) is before a second party consented (the second consent, or signature where no consent is recorded, is on {PartialDate.FromLocalDate(acts[1])} at the earliest); a treaty enters into force only between two parties that have consented."));
                    }

                    break;

                case AfterInstrumentsRule after when after.Count > treaty.Parties.Length:
                    context.AddFailure(Failure(
                        context,
                        "EntryIntoForce.Count",
                        ErrorCodes.InstrumentCountExceedsParties,
                        $"'entryIntoForce.count' ({after.Count}) is more than the number of parties ({treaty.Parties.Length}); the treaty could never enter into force."));
                    break;
            }
        });

        RuleForEach(treaty => treaty.Clauses).SetValidator((treaty, _) => new ClauseValidator([.. treaty.PartyActors], knownActors, places));

        // A party's understanding adds conditions to its own promise: they name actors and places as a clause's do.
        RuleForEach(treaty => treaty.Parties)
            .SetValidator((treaty, _) =>
            {
                var conditions = new ConditionsValidator(treaty.PartyActors.ToHashSet(), knownActors, places);
                var understandings = new InlineValidator<TreatyParty>();
                understandings.RuleForEach(party => party.Understandings).ChildRules(understanding => understanding.RuleFor(u => u.Conditions).SetValidator(conditions));
                return understandings;
            })
            .When(treaty => treaty.Parties.Any(party => !party.Understandings.IsEmpty));

        RuleFor(treaty => treaty.Clauses).Custom((clauses, context) =>
        {
            var seen = new Dictionary<ClauseId, int>();
            for (var i = 0; i < clauses.Length; i++)
            {
                if (!seen.TryAdd(clauses[i].Id, i))
                {
                    context.AddFailure(Failure(
                        context,
                        $"Clauses[{i}].Id",
                        ErrorCodes.DuplicateClauseId,
                        $"'id' ({clauses[i].Id}) is already the id of an earlier clause; clause ids are unique within a treaty."));
                }
            }
        });

        RuleForEach(treaty => treaty.Supersedes)
            .Must((treaty, superseded) => superseded != treaty.Id)
            .WithErrorCode(ErrorCodes.TreatySupersedesItself)
            .WithMessage(treaty => $"'supersedes' is the treaty's own id ({treaty.Id}); a treaty cannot supersede itself.");

        if (knownTreaties is not null)
        {
            RuleForEach(treaty => treaty.Supersedes)
                .Must((treaty, superseded) => superseded == treaty.Id || knownTreaties.Contains(superseded))
                .WithErrorCode(ErrorCodes.SupersededTreatyUnknown)
                .WithMessage((_, superseded) => $"'supersedes' ({superseded}) is not a known treaty; a superseded treaty must be in the scenario.");
        }

        RuleFor(treaty => treaty.Termination!.Effective)
            .Must((treaty, effective) => effective is not { } e || e.End >= treaty.Termination!.Date.Start)
            .When(treaty => treaty.Termination is not null)
            .WithErrorCode(ErrorCodes.TerminationEffectiveBeforeDate)
            .WithMessage(treaty => $"'termination.effective' ({treaty.Termination!.Effective}) is before the termination's date ({treaty.Termination.Date}); a termination takes effect on or after it.");

        RuleFor(treaty => treaty.Termination!.Date)
            .Must((treaty, date) => FirstSignature(treaty) is not { } first || date.End >= first.Start)
            .When(treaty => treaty.Termination is not null)
            .WithErrorCode(ErrorCodes.TerminationBeforeSignature)
            .WithMessage(treaty => $"'termination.date' ({treaty.Termination!.Date}) is before the first signature of the treaty ({FirstSignature(treaty)}); a treaty cannot end before it was signed.");

        RuleFor(treaty => treaty.Termination!.Kind)
            .Must((treaty, _) => treaty.Duration is FixedTermDuration { RenewsAutomatically: true })
            .When(treaty => treaty.Termination is { Kind: TerminationKind.ByNonRenewal })
            .WithErrorCode(ErrorCodes.NonRenewalWithoutRenewingTerm)
            .WithMessage(treaty => $"'termination.kind' is byNonRenewal but the treaty's duration ({treaty.Duration}) does not renew automatically; only a renewing fixed term can be ended by notice of non-renewal (use byNotice otherwise).");

        var evidence = new EvidenceValidator();
        RuleFor(treaty => treaty.Evidence).SetValidator(evidence);
        RuleFor(treaty => treaty.Termination!.Evidence).SetValidator(evidence).When(treaty => treaty.Termination is not null);
        RuleForEach(treaty => treaty.Suspensions).ChildRules(suspension =>
        {
            suspension.RuleFor(s => s.Period).SetValidator(new DatePeriodValidator());
            suspension.RuleFor(s => s.Evidence).SetValidator(evidence);
        });
    }

    /// <summary>Whether two periods may share a day (partial dates compared by the days they cover; an open end runs forever).</summary>
    private static bool Overlap(DatePeriod a, DatePeriod b) =>
        (a.End is not { } endA || b.Start.Start <= endA.End) && (b.End is not { } endB || a.Start.Start <= endB.End);

    /// <summary>The earliest signature of the parties (a party without one counts by its consent), or <see langword="null"/> when none is dated.</summary>
    private static Time.PartialDate? FirstSignature(Treaty treaty) =>
        treaty.Parties
            .Select(party => party.Signature?.Date ?? party.Consent?.Date)
            .Where(date => date is not null)
            .Min();

    private static ValidationFailure Failure(ValidationContext<Treaty> context, string path, string code, string message)
    {
        // The path below the chain, as PropertyChain.BuildPropertyName (FluentValidation 11) and BuildPropertyPath (12)
        // make it, from members both versions have: the package runs with either (docs/quality.md, "Targets and dependency floors").
        var chain = new PropertyChain(context.PropertyChain);
        chain.Add(path);
        return new(chain.ToString(), message) { ErrorCode = code };
    }
}
