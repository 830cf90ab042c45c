using FluentValidation.TestHelper;
using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Validation;

public class TreatyValidatorTests
{
    private static readonly TreatyValidator Validator = new();

    private static Treaty Build(
        IEnumerable<TreatyParty>? parties = null,
        EntryIntoForceRule? rule = null,
        IEnumerable<Clause>? clauses = null,
        IEnumerable<TreatyId>? supersedes = null,
        Termination? termination = null,
        IEnumerable<Suspension>? suspensions = null,
        Evidence? evidence = null) =>
        new(
            new TreatyId("t"),
            "Test treaty",
            parties ?? [Party(Rus, Day(2024, 6, 19), Day(2024, 11, 9)), Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11))],
            rule ?? new OnExchangeOfInstrumentsRule(Day(2024, 12, 4)),
            evidence ?? Reported,
            clauses: clauses,
            suspensions: suspensions,
            termination: termination,
            supersedes: supersedes);

    [Fact]
    public void Validate_SeedTreaties_NoErrors()
    {
        Treaty[] seed = [RussiaDprk2024(), RussiaDprk2000(), ChinaDprk1961(), UsaKorea1953(), UsaJapan1960()];
        var validator = new TreatyValidator(
            new HashSet<ActorId> { Rus, Prk, Chn, Usa, Kor, Jpn },
            new HashSet<TreatyId>(seed.Select(treaty => treaty.Id)));

        foreach (var treaty in seed)
        {
            validator.TestValidate(treaty).ShouldNotHaveAnyValidationErrors();
        }
    }

    // GM0401, GM0402

    [Fact]
    public void Validate_OneParty_TooFewParties()
    {
        var result = Validator.TestValidate(Build(parties: [Party(Rus, Day(2024, 6, 19))]));

        result.ShouldHaveValidationErrorFor(treaty => treaty.Parties)
            .WithErrorCode(ErrorCodes.TreatyTooFewParties)
            .WithErrorMessage("'parties' has 1 distinct party; a treaty needs at least two.");
    }

    [Fact]
    public void Validate_SamePartyTwice_DuplicateAndTooFewParties()
    {
        var result = Validator.TestValidate(Build(parties: [Party(Rus, Day(2024, 6, 19)), Party(Rus, Day(2024, 6, 19))]));

        result.ShouldHaveValidationErrorFor("Parties[1].Actor").WithErrorCode(ErrorCodes.TreatyDuplicateParty);
        result.ShouldHaveValidationErrorFor(treaty => treaty.Parties).WithErrorCode(ErrorCodes.TreatyTooFewParties);
        Assert.DoesNotContain(result.Errors, error => error.PropertyName == "Parties[0].Actor");
    }

    [Fact]
    public void Validate_TwoDistinctParties_NoPartyCountErrors()
    {
        var result = Validator.TestValidate(Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    // GM0403, GM0404, GM0407, GM0408 through the party validator, with the treaty's path

    [Fact]
    public void Validate_ConsentBeforeSignature_PathNamesThePartyIndex()
    {
        var result = Validator.TestValidate(Build(parties: [Party(Rus, Day(2024, 6, 19), Day(2024, 11, 9)), Party(Prk, Day(2024, 6, 19), Day(2024, 6, 1))], rule: new OnSignatureRule()));

        result.ShouldHaveValidationErrorFor("Parties[1].Consent.Date")
            .WithErrorCode(ErrorCodes.ConsentBeforeSignature)
            .WithErrorMessage("'consent.date' (2024-06-01) is before the signature of PRK (2024-06-19); consent by Ratification cannot come before signature.");
    }

    // GM0405

    [Fact]
    public void Validate_ExchangeBeforeAConsent_EntryIntoForceBeforeConsent()
    {
        var result = Validator.TestValidate(Build(rule: new OnExchangeOfInstrumentsRule(Day(2024, 11, 10))));

        result.ShouldHaveValidationErrorFor("EntryIntoForce.Exchanged")
            .WithErrorCode(ErrorCodes.EntryIntoForceBeforeConsent)
            .WithErrorMessage("'entryIntoForce.exchanged' (2024-11-10) is before the consent of PRK (2024-11-11); instruments cannot be exchanged before they exist.");
    }

    [Theory]
    [InlineData("2024-11-11")]
    [InlineData("2024-11")]
    public void Validate_ExchangeOnOrPossiblyAfterLastConsent_NoError(string exchanged)
    {
        var result = Validator.TestValidate(Build(rule: new OnExchangeOfInstrumentsRule(PartialDate.Parse(exchanged).AsT0)));

        result.ShouldNotHaveValidationErrorFor("EntryIntoForce.Exchanged");
    }

    [Fact]
    public void Validate_ExchangeBeforeLateAccession_NoError()
    {
        var parties = new[]
        {
            Party(Rus, Day(2024, 6, 19), Day(2024, 11, 9)),
            Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11)),
            Party(Chn, consented: Day(2025, 3, 1), kind: ConsentKind.Accession),
        };

        Validator.TestValidate(Build(parties: parties)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_RecordedEntryBeforeSecondConsent_EntryIntoForceBeforeConsent()
    {
        var result = Validator.TestValidate(Build(rule: new RecordedRule(Day(2024, 11, 10))));

        result.ShouldHaveValidationErrorFor("EntryIntoForce.Date").WithErrorCode(ErrorCodes.EntryIntoForceBeforeConsent);
    }

    [Fact]
    public void Validate_FixedDateBeforeAnySignature_EntryIntoForceBeforeConsent()
    {
        var parties = new[] { Party(Rus, Day(2024, 6, 19)), Party(Prk, Day(2024, 6, 19)) };

        var result = Validator.TestValidate(Build(parties: parties, rule: new OnFixedDateRule(new PartialDate(2024, 5))));

        result.ShouldHaveValidationErrorFor("EntryIntoForce.Date").WithErrorCode(ErrorCodes.EntryIntoForceBeforeConsent);
    }

    [Fact]
    public void Validate_RecordedEntryAfterTwoSignaturesWithLaterConsentOfAThird_NoError()
    {
        var parties = new[] { Party(Usa, Day(1953, 10, 1)), Party(Kor, Day(1953, 10, 1)), Party(Jpn, consented: Day(1990, 1, 1), kind: ConsentKind.Accession) };

        var result = Validator.TestValidate(Build(parties: parties, rule: new RecordedRule(Day(1954, 11, 17))));

        result.ShouldNotHaveAnyValidationErrors();
    }

    // GM0406

    [Fact]
    public void Validate_MoreInstrumentsThanParties_InstrumentCountExceedsParties()
    {
        var result = Validator.TestValidate(Build(rule: new AfterInstrumentsRule(3, 30)));

        result.ShouldHaveValidationErrorFor("EntryIntoForce.Count").WithErrorCode(ErrorCodes.InstrumentCountExceedsParties);
    }

    [Fact]
    public void Validate_AsManyInstrumentsAsParties_NoError()
    {
        Validator.TestValidate(Build(rule: new AfterInstrumentsRule(2, 30))).ShouldNotHaveAnyValidationErrors();
    }

    // GM0409, GM0410 through the clause validator, with the treaty's path

    [Fact]
    public void Validate_ClauseGuaranteeingANonParty_PathNamesTheClause()
    {
        var clause = new MutualDefenceClause(new ClauseId("art4"), DefenceTrigger.ArmedAttack, DefenceResponse.Consultation, guarantors: [Rus], beneficiaries: [Ukr]);

        var result = Validator.TestValidate(Build(clauses: [clause]));

        result.ShouldHaveValidationErrorFor("Clauses[0].Beneficiaries[0]")
            .WithErrorCode(ErrorCodes.ClauseNamesNonParty)
            .WithErrorMessage("'beneficiaries' (UKR) is not a party to the treaty (PRK, RUS); a clause's beneficiaries must be parties.");
        result.ShouldNotHaveValidationErrorFor("Clauses[0].Guarantors[0]");
    }

    [Fact]
    public void Validate_ClauseAgainstAParty_ClauseAdversaryIsParty()
    {
        var clause = new ObligationClause(new ClauseId("n"), ClauseKind.Neutrality, new ClauseConditions([Usa, Prk]));

        var result = Validator.TestValidate(Build(clauses: [clause]));

        result.ShouldHaveValidationErrorFor("Clauses[0].Conditions.Adversaries[1]").WithErrorCode(ErrorCodes.ClauseAdversaryIsParty);
        result.ShouldNotHaveValidationErrorFor("Clauses[0].Conditions.Adversaries[0]");
    }

    // GM0411

    [Fact]
    public void Validate_TwoClausesWithOneId_DuplicateClauseId()
    {
        Clause[] clauses = [new ObligationClause(new ClauseId("a"), ClauseKind.Consultation), new ObligationClause(new ClauseId("b"), ClauseKind.EconomicCooperation), new ObligationClause(new ClauseId("a"), ClauseKind.SanctionsOpposition)];

        var result = Validator.TestValidate(Build(clauses: clauses));

        result.ShouldHaveValidationErrorFor("Clauses[2].Id").WithErrorCode(ErrorCodes.DuplicateClauseId);
        result.ShouldNotHaveValidationErrorFor("Clauses[0].Id");
        result.ShouldNotHaveValidationErrorFor("Clauses[1].Id");
    }

    // GM0412, GM0414

    [Fact]
    public void Validate_SupersedesItself_TreatySupersedesItself()
    {
        var result = Validator.TestValidate(Build(supersedes: [new TreatyId("old"), new TreatyId("t")]));

        result.ShouldHaveValidationErrorFor("Supersedes[1]").WithErrorCode(ErrorCodes.TreatySupersedesItself);
        result.ShouldNotHaveValidationErrorFor("Supersedes[0]");
    }

    [Fact]
    public void Validate_SupersedesUnknownTreaty_SupersededTreatyUnknown()
    {
        var validator = new TreatyValidator(knownTreaties: new HashSet<TreatyId> { new("t"), new("old") });

        var result = validator.TestValidate(Build(supersedes: [new TreatyId("old"), new TreatyId("gone")]));

        result.ShouldHaveValidationErrorFor("Supersedes[1]").WithErrorCode(ErrorCodes.SupersededTreatyUnknown);
        result.ShouldNotHaveValidationErrorFor("Supersedes[0]");
    }

    [Fact]
    public void Validate_SupersedesUnknownTreatyWithoutKnownTreaties_NotChecked()
    {
        Validator.TestValidate(Build(supersedes: [new TreatyId("gone")])).ShouldNotHaveAnyValidationErrors();
    }

    // GM0413

    [Fact]
    public void Validate_UnknownPartyAdversaryAndAdministrator_TreatyUnknownActor()
    {
        var validator = new TreatyValidator(new HashSet<ActorId> { Rus, Usa });
        var clause = new MutualDefenceClause(
            new ClauseId("art4"),
            DefenceTrigger.ArmedAttack,
            DefenceResponse.ConstitutionalProcesses,
            new ClauseConditions([Usa, Ukr], new GeographicScope([Jpn])));

        var result = validator.TestValidate(Build(clauses: [clause]));

        result.ShouldHaveValidationErrorFor("Parties[1].Actor").WithErrorCode(ErrorCodes.TreatyUnknownActor);
        result.ShouldHaveValidationErrorFor("Clauses[0].Conditions.Adversaries[1]").WithErrorCode(ErrorCodes.TreatyUnknownActor);
        result.ShouldHaveValidationErrorFor("Clauses[0].Conditions.GeographicScope.AdministeredBy[0]").WithErrorCode(ErrorCodes.TreatyUnknownActor);
        result.ShouldNotHaveValidationErrorFor("Parties[0].Actor");
        result.ShouldNotHaveValidationErrorFor("Clauses[0].Conditions.Adversaries[0]");
    }

    // GM0415

    [Fact]
    public void Validate_TerminationEffectiveBeforeItsDate_TerminationEffectiveBeforeDate()
    {
        var result = Validator.TestValidate(Build(termination: new Termination(TerminationKind.ByNotice, Day(2025, 5, 1), Day(2025, 4, 30), Reported)));

        result.ShouldHaveValidationErrorFor("Termination.Effective").WithErrorCode(ErrorCodes.TerminationEffectiveBeforeDate);
    }

    [Fact]
    public void Validate_TerminationEffectiveOnItsDate_NoError()
    {
        var result = Validator.TestValidate(Build(termination: new Termination(TerminationKind.ByAgreement, Day(2025, 5, 1), Day(2025, 5, 1), Reported)));

        result.ShouldNotHaveAnyValidationErrors();
    }

    // Reused validators

    [Fact]
    public void Validate_ConfirmedFactsWithoutSource_ReportedAtTheirPaths()
    {
        var confirmed = Evidence.Unsourced(Confidence.Confirmed);
        var parties = new[]
        {
            new TreatyParty(Rus, new Signature(Day(2024, 6, 19), confirmed), domesticSteps: [new DomesticStep("Duma", Day(2024, 10, 24), confirmed)]),
            Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11)),
        };

        var result = Validator.TestValidate(Build(parties: parties, rule: new OnSignatureRule(), evidence: confirmed));

        result.ShouldHaveValidationErrorFor("Evidence.Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
        result.ShouldHaveValidationErrorFor("Parties[0].Signature.Evidence.Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
        result.ShouldHaveValidationErrorFor("Parties[0].DomesticSteps[0].Evidence.Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
    }

    [Fact]
    public void Validate_SuspensionEndingBeforeItStarts_PeriodEndsBeforeStart()
    {
        var result = Validator.TestValidate(Build(suspensions: [new Suspension(new DatePeriod(Day(2025, 1, 1), Day(2024, 1, 1)), Reported)]));

        result.ShouldHaveValidationErrorFor("Suspensions[0].Period.End").WithErrorCode(ErrorCodes.PeriodEndsBeforeStart);
    }

    [Fact]
    public void Validate_AsChildOfAnotherValidator_PathsArePrefixed()
    {
        var parent = new InlineValidator<Treaty[]>();
        parent.RuleForEach(treaties => treaties).SetValidator(Validator).OverridePropertyName("Treaties");
        Treaty[] treaties = [Build(), Build(parties: [Party(Rus, Day(2024, 6, 19)), Party(Rus, Day(2024, 6, 19))], rule: new OnExchangeOfInstrumentsRule(Day(2024, 1, 1)))];

        var errors = ModelValidation.Check(parent, treaties);

        Assert.Contains(errors, error => error.Code == ErrorCodes.TreatyDuplicateParty && error.Location.Path?.ToString() == "Treaties[1].Parties[1].Actor");
        Assert.Contains(errors, error => error.Code == ErrorCodes.TreatyTooFewParties && error.Location.Path?.ToString() == "Treaties[1].Parties");
        Assert.DoesNotContain(errors, error => (error.Location.Path?.ToString() ?? string.Empty).StartsWith("Treaties[0]", StringComparison.Ordinal));
    }
}
