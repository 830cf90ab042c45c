using System.Collections.Immutable;
using FluentValidation.TestHelper;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Time;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Validation;

public class SanctionsRegimeValidatorTests
{
    private static readonly SanctionsRegimeValidator InContext = new(KnownActors);

    private static SanctionsRegime Make(
        ActorId? authority = null,
        ActorId? target = null,
        ImmutableArray<LegalInstrument> legalBasis = default,
        DatePeriod? period = null,
        ImmutableArray<SanctionsMeasure>? measures = null,
        Evidence? evidence = null) =>
        new(new SanctionsRegimeId("r"), authority ?? Usa, target ?? Prk, legalBasis, period ?? new DatePeriod(new PartialDate(2016, 3)),
            measures ?? [new ArmsEmbargo(EmbargoDirection.Both)], SanctionsBinding.AuthorityOnly, evidence ?? Evidence.Unsourced(Confidence.Reported));

    [Fact]
    public void UnDprkSanctions_AreValid() => InContext.TestValidate(UnDprkSanctions).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void SanctionsAuthorityIsTarget_Triggers() =>
        InContext.TestValidate(Make(authority: Prk, target: Prk))
            .ShouldHaveValidationErrorFor(regime => regime.Target)
            .WithErrorCode(ErrorCodes.SanctionsAuthorityIsTarget)
            .WithErrorMessage("'target' (PRK) is also the authority; a sanctions regime targets an actor other than the one imposing it.");

    [Fact]
    public void SanctionsAuthorityIsTarget_DifferentActors_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.SanctionsAuthorityIsTarget);

    [Fact]
    public void SanctionsRegimeWithoutMeasures_Triggers() =>
        InContext.TestValidate(Make(measures: []))
            .ShouldHaveValidationErrorFor(regime => regime.Measures)
            .WithErrorCode(ErrorCodes.SanctionsRegimeWithoutMeasures)
            .WithErrorMessage("'measures' is empty; a sanctions regime imposes at least 1 measure.");

    [Fact]
    public void SanctionsRegimeWithoutMeasures_OneMeasure_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.SanctionsRegimeWithoutMeasures);

    [Fact]
    public void UnknownSanctionsActor_UnknownAuthorityAndTarget_TriggersForEach()
    {
        var result = InContext.TestValidate(Make(authority: new ActorId("EU"), target: new ActorId("IRN")));
        result.ShouldHaveValidationErrorFor(regime => regime.Authority).WithErrorCode(ErrorCodes.UnknownSanctionsActor);
        result.ShouldHaveValidationErrorFor(regime => regime.Target).WithErrorCode(ErrorCodes.UnknownSanctionsActor);
    }

    [Fact]
    public void UnknownSanctionsActor_KnownOrNotChecked_DoesNotTrigger()
    {
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.UnknownSanctionsActor);
        new SanctionsRegimeValidator().TestValidate(Make(authority: new ActorId("EU"))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void DuplicateSanctionsMeasure_Triggers() =>
        InContext.TestValidate(Make(measures: [new WorkerBan(), new ArmsEmbargo(EmbargoDirection.Both), new WorkerBan()]))
            .ShouldHaveValidationErrorFor(regime => regime.Measures)
            .WithErrorCode(ErrorCodes.DuplicateSanctionsMeasure)
            .WithErrorMessage("'measures' lists worker ban more than once; each measure is listed at most once.");

    [Fact]
    public void DuplicateSanctionsMeasure_SameKindDifferentContent_DoesNotTrigger() =>
        InContext.TestValidate(Make(measures: [new FinancialMeasure(FinancialMeasureKind.BulkCash), new FinancialMeasure(FinancialMeasureKind.AssetFreeze)]))
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void SanctionsRegimeBeforeLegalBasis_Triggers() =>
        InContext.TestValidate(Make(
                legalBasis: [new LegalInstrument("UNSCR 2270 (2016)", new PartialDate(2016, 3, 2)), new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006, 10, 14))],
                period: new DatePeriod(new PartialDate(2006, 9))))
            .ShouldHaveValidationErrorFor("Period.Start")
            .WithErrorCode(ErrorCodes.SanctionsRegimeBeforeLegalBasis)
            .WithErrorMessage("'period.start' (2006-09) is before the earliest instrument of the legal basis was adopted (2006-10-14); a regime cannot apply before the law it rests on.");

    [Theory]
    [InlineData(2006, 10)]
    [InlineData(2007, 1)]
    public void SanctionsRegimeBeforeLegalBasis_StartOnOrAfterAdoption_DoesNotTrigger(int year, int month) =>
        InContext.TestValidate(Make(
                legalBasis: [new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006, 10, 14))],
                period: new DatePeriod(new PartialDate(year, month))))
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void SanctionsRegimeBeforeLegalBasis_NoAdoptionDates_IsNotChecked() =>
        InContext.TestValidate(Make(legalBasis: [new LegalInstrument("Executive Order 13722")], period: new DatePeriod(new PartialDate(1950))))
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void PeriodEndsBeforeStart_IsReportedUnderPeriod() =>
        InContext.TestValidate(Make(period: new DatePeriod(new PartialDate(2016), new PartialDate(2015))))
            .ShouldHaveValidationErrorFor("Period.End")
            .WithErrorCode(ErrorCodes.PeriodEndsBeforeStart);

    [Fact]
    public void ConfirmedWithoutSource_IsReportedUnderEvidence() =>
        InContext.TestValidate(Make(evidence: Evidence.Unsourced(Confidence.Confirmed)))
            .ShouldHaveValidationErrorFor("Evidence.Sources")
            .WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
}
