using FluentValidation.TestHelper;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Validation;

public class TreatyPartyValidatorTests
{
    private static readonly TreatyPartyValidator Validator = new();

    // GM0403

    [Fact]
    public void Validate_RatificationBeforeSignature_ConsentBeforeSignature()
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2024, 6, 18)));

        result.ShouldHaveValidationErrorFor("Consent.Date").WithErrorCode(ErrorCodes.ConsentBeforeSignature);
    }

    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19", "2024-06")]
    [InlineData("2024-06", "2024-06-01")]
    [InlineData("2024-06-19", "2024-11-11")]
    public void Validate_ConsentOnOrPossiblyAfterSignature_NoError(string signature, string consent)
    {
        var result = Validator.TestValidate(Party(Prk, PartialDate.Parse(signature).AsT0, PartialDate.Parse(consent).AsT0));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(ConsentKind.Accession)]
    [InlineData(ConsentKind.Succession)]
    public void Validate_AccessionOrSuccessionBeforeAnEarlierRecordedSignature_NoError(ConsentKind kind)
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2020, 1, 1), kind));

        result.ShouldNotHaveValidationErrorFor("Consent.Date");
    }

    // GM0404

    [Fact]
    public void Validate_RatificationWithoutSignature_RatificationWithoutSignature()
    {
        var result = Validator.TestValidate(Party(Prk, consented: Day(2024, 11, 11)));

        result.ShouldHaveValidationErrorFor("Consent.Kind").WithErrorCode(ErrorCodes.RatificationWithoutSignature);
    }

    [Theory]
    [InlineData(ConsentKind.Accession)]
    [InlineData(ConsentKind.Succession)]
    [InlineData(ConsentKind.Acceptance)]
    [InlineData(ConsentKind.Approval)]
    [InlineData(ConsentKind.DefinitiveSignature)]
    public void Validate_OtherConsentWithoutSignature_NoError(ConsentKind kind)
    {
        Validator.TestValidate(Party(Prk, consented: Day(2024, 11, 11), kind: kind)).ShouldNotHaveAnyValidationErrors();
    }

    // GM0407

    [Fact]
    public void Validate_WithdrawalNotifiedBeforeConsent_WithdrawalBeforeConsent()
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11), withdrawal: new Withdrawal(Day(2024, 10, 1), null, Reported)));

        result.ShouldHaveValidationErrorFor("Withdrawal.Notified")
            .WithErrorCode(ErrorCodes.WithdrawalBeforeConsent)
            .WithErrorMessage("'withdrawal.notified' (2024-10-01) is before PRK's consent (2024-11-11); a party can only withdraw after it has consented.");
    }

    [Fact]
    public void Validate_WithdrawalWithoutConsentOrSignature_WithdrawalBeforeConsent()
    {
        var result = Validator.TestValidate(new TreatyParty(Prk, withdrawal: new Withdrawal(Day(2024, 10, 1), null, Reported)));

        result.ShouldHaveValidationErrorFor("Withdrawal.Notified").WithErrorCode(ErrorCodes.WithdrawalBeforeConsent);
    }

    [Fact]
    public void Validate_WithdrawalAfterConsent_NoError()
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11), withdrawal: new Withdrawal(Day(2025, 1, 1), null, Reported)));

        result.ShouldNotHaveAnyValidationErrors();
    }

    // GM0408

    [Fact]
    public void Validate_WithdrawalEffectiveBeforeNotice_WithdrawalEffectiveBeforeNotice()
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11), withdrawal: new Withdrawal(Day(2025, 1, 1), Day(2024, 12, 31), Reported)));

        result.ShouldHaveValidationErrorFor("Withdrawal.Effective").WithErrorCode(ErrorCodes.WithdrawalEffectiveBeforeNotice);
    }

    [Fact]
    public void Validate_WithdrawalEffectiveAfterNotice_NoError()
    {
        var result = Validator.TestValidate(Party(Prk, Day(2024, 6, 19), Day(2024, 11, 11), withdrawal: new Withdrawal(Day(2025, 1, 1), Day(2026, 1, 1), Reported)));

        result.ShouldNotHaveValidationErrorFor("Withdrawal.Effective");
    }

    // GM0413

    [Fact]
    public void Validate_UnknownActor_TreatyUnknownActor()
    {
        var validator = new TreatyPartyValidator(new HashSet<ActorId> { Rus });

        validator.TestValidate(Party(Prk, Day(2024, 6, 19))).ShouldHaveValidationErrorFor(party => party.Actor).WithErrorCode(ErrorCodes.TreatyUnknownActor);
        validator.TestValidate(Party(Rus, Day(2024, 6, 19))).ShouldNotHaveAnyValidationErrors();
    }

    // Reused validators

    [Fact]
    public void Validate_BadEvidenceAndPeriods_ReportedAtTheirPaths()
    {
        var confirmed = Evidence.Unsourced(Confidence.Confirmed);
        var party = new TreatyParty(
            Prk,
            new Signature(Day(2024, 6, 19), Reported),
            new Consent(ConsentKind.Ratification, Day(2024, 11, 11), confirmed),
            withdrawal: new Withdrawal(Day(2025, 1, 1), null, confirmed),
            suspensions: [new Suspension(new DatePeriod(Day(2025, 1, 1), new PartialDate(2024)), Reported)]);

        var result = Validator.TestValidate(party);

        result.ShouldHaveValidationErrorFor("Consent.Evidence.Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
        result.ShouldHaveValidationErrorFor("Withdrawal.Evidence.Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
        result.ShouldHaveValidationErrorFor("Suspensions[0].Period.End").WithErrorCode(ErrorCodes.PeriodEndsBeforeStart);
    }
}
