using FluentValidation.TestHelper;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Validation;

public class ClauseValidatorTests
{
    private static readonly ClauseValidator Validator = new([Usa, Kor]);

    // GM0409

    [Fact]
    public void Validate_GuarantorNotAParty_ClauseNamesNonParty()
    {
        var clause = new MutualDefenceClause(new ClauseId("a"), DefenceTrigger.ArmedAttack, DefenceResponse.ConstitutionalProcesses, guarantors: [Jpn], beneficiaries: [Kor]);

        var result = Validator.TestValidate(clause);

        result.ShouldHaveValidationErrorFor("Guarantors[0]").WithErrorCode(ErrorCodes.ClauseNamesNonParty);
        result.ShouldNotHaveValidationErrorFor("Beneficiaries[0]");
    }

    [Fact]
    public void Validate_OneWayBetweenParties_NoError()
    {
        var clause = new TechnologyTransferClause(new ClauseId("a"), guarantors: [Usa], beneficiaries: [Kor]);

        Validator.TestValidate(clause).ShouldNotHaveAnyValidationErrors();
    }

    // GM0410

    [Fact]
    public void Validate_AdversaryIsAParty_ClauseAdversaryIsParty()
    {
        var clause = new ObligationClause(new ClauseId("a"), ClauseKind.NonAggression, new ClauseConditions([Kor]));

        Validator.TestValidate(clause).ShouldHaveValidationErrorFor("Conditions.Adversaries[0]").WithErrorCode(ErrorCodes.ClauseAdversaryIsParty);
    }

    [Fact]
    public void Validate_AdversaryIsAThirdState_NoError()
    {
        var clause = new ObligationClause(new ClauseId("a"), ClauseKind.NonAggression, new ClauseConditions([Prk]));

        Validator.TestValidate(clause).ShouldNotHaveAnyValidationErrors();
    }

    // GM0413

    [Fact]
    public void Validate_UnknownAdversaryOrAdministrator_TreatyUnknownActor()
    {
        var validator = new ClauseValidator([Usa, Kor], new HashSet<ActorId> { Usa, Kor });
        var clause = new MutualDefenceClause(
            new ClauseId("a"),
            DefenceTrigger.ArmedAttack,
            DefenceResponse.ConstitutionalProcesses,
            new ClauseConditions([Prk], new GeographicScope([Usa, Jpn], [Pacific])));

        var result = validator.TestValidate(clause);

        result.ShouldHaveValidationErrorFor("Conditions.Adversaries[0]").WithErrorCode(ErrorCodes.TreatyUnknownActor);
        result.ShouldHaveValidationErrorFor("Conditions.GeographicScope.AdministeredBy[1]").WithErrorCode(ErrorCodes.TreatyUnknownActor);
        result.ShouldNotHaveValidationErrorFor("Conditions.GeographicScope.AdministeredBy[0]");
    }

    [Fact]
    public void Validate_UsKorea1953Clause_NoError()
    {
        var validator = new ClauseValidator([Usa, Kor], new HashSet<ActorId> { Usa, Kor });

        validator.TestValidate(UsaKorea1953().Clauses[0]).ShouldNotHaveAnyValidationErrors();
    }
}
