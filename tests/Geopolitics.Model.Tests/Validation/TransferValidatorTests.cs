using FluentValidation.TestHelper;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Validation;

public class TransferValidatorTests
{
    private static readonly TransferValidator InContext = new(KnownActors, KnownPlaces);

    private static Transfer Make(
        ActorId? supplier = null,
        ActorId? recipient = null,
        DatePeriod? period = null,
        TransferStatus status = TransferStatus.Ongoing,
        TransferItem? item = null,
        Evidence? evidence = null) =>
        new(
            new TransferId("t"),
            supplier ?? Prk,
            recipient ?? Rus,
            period ?? new DatePeriod(new PartialDate(2023, 9)),
            status,
            item ?? new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers")),
            evidence ?? Evidence.Of(Confidence.Reported, Article));

    [Fact]
    public void ArticleFacts_AreValid()
    {
        foreach (var transfer in AllTransfers)
        {
            InContext.TestValidate(transfer).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void SupplierIsRecipient_Triggers()
    {
        var result = InContext.TestValidate(Make(supplier: Rus, recipient: Rus));
        result.ShouldHaveValidationErrorFor(transfer => transfer.Recipient)
            .WithErrorCode(ErrorCodes.TransferSupplierIsRecipient)
            .WithErrorMessage("'recipient' (RUS) is also the supplier; a transfer must go from one actor to a different one.");
    }

    [Fact]
    public void SupplierIsRecipient_DifferentActors_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.TransferSupplierIsRecipient);

    [Fact]
    public void UnknownTransferParty_UnknownSupplierAndRecipient_TriggersForEach()
    {
        var result = InContext.TestValidate(Make(supplier: new ActorId("IRN"), recipient: new ActorId("SYR")));
        result.ShouldHaveValidationErrorFor(transfer => transfer.Supplier).WithErrorCode(ErrorCodes.UnknownTransferParty);
        result.ShouldHaveValidationErrorFor(transfer => transfer.Recipient).WithErrorCode(ErrorCodes.UnknownTransferParty);
    }

    [Fact]
    public void UnknownTransferParty_KnownActors_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.UnknownTransferParty);

    [Fact]
    public void UnknownTransferParty_NoActorsGiven_IsNotChecked() =>
        new TransferValidator().TestValidate(Make(supplier: new ActorId("IRN"))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void PeriodEndsBeforeStart_IsReportedUnderPeriod() =>
        InContext.TestValidate(Make(period: new DatePeriod(new PartialDate(2024), new PartialDate(2023))))
            .ShouldHaveValidationErrorFor("Period.End")
            .WithErrorCode(ErrorCodes.PeriodEndsBeforeStart);

    [Fact]
    public void DeliveredTransferWithoutEnd_OpenPeriod_Triggers() =>
        InContext.TestValidate(Make(status: TransferStatus.Delivered))
            .ShouldHaveValidationErrorFor(transfer => transfer.Period.End)
            .WithErrorCode(ErrorCodes.DeliveredTransferWithoutEnd);

    [Theory]
    [InlineData(TransferStatus.Delivered, true)]
    [InlineData(TransferStatus.Ongoing, false)]
    [InlineData(TransferStatus.Planned, false)]
    public void DeliveredTransferWithoutEnd_ClosedPeriodOrNotDelivered_DoesNotTrigger(TransferStatus status, bool closed)
    {
        var period = closed ? new DatePeriod(new PartialDate(2023, 9), new PartialDate(2024)) : new DatePeriod(new PartialDate(2023, 9));
        Assert.DoesNotContain(InContext.TestValidate(Make(period: period, status: status)).Errors, error => error.ErrorCode == ErrorCodes.DeliveredTransferWithoutEnd);
    }

    [Fact]
    public void ConfirmedWithoutSource_IsReportedUnderEvidence() =>
        InContext.TestValidate(Make(evidence: Evidence.Unsourced(Confidence.Confirmed)))
            .ShouldHaveValidationErrorFor("Evidence.Sources")
            .WithErrorCode(ErrorCodes.ConfirmedWithoutSource);

    public static TheoryData<Estimate, Estimate> DeliveredBeyondOrdered => new()
    {
        { Estimate.Exactly(12m), Estimate.Exactly(10m) },
        { Estimate.Over(10m), Estimate.Exactly(10m) },
        { Estimate.Exactly(10m), Estimate.Under(10m) },
        { Estimate.AtLeast(30m), Estimate.Between(10m, 20m) },
    };

    [Theory]
    [MemberData(nameof(DeliveredBeyondOrdered))]
    public void WeaponsDeliveredExceedOrdered_CertainlyMore_Triggers(Estimate delivered, Estimate ordered) =>
        InContext.TestValidate(Make(item: new WeaponSystemsItem("T-72", numberOrdered: ordered, numberDelivered: delivered)))
            .ShouldHaveValidationErrorFor("Item.NumberDelivered")
            .WithErrorCode(ErrorCodes.WeaponsDeliveredExceedOrdered);

    public static TheoryData<Estimate?, Estimate?> DeliveredWithinOrdered => new()
    {
        { Estimate.Exactly(10m), Estimate.Exactly(10m) },
        { Estimate.Exactly(5m), Estimate.Exactly(10m) },
        { Estimate.About(12m), Estimate.Exactly(10m) },
        { Estimate.Thousands, Estimate.Exactly(10m) },
        { Estimate.Exactly(12m), Estimate.Over(10m) },
        { Estimate.Exactly(12m), null },
        { null, Estimate.Exactly(10m) },
    };

    [Theory]
    [MemberData(nameof(DeliveredWithinOrdered))]
    public void WeaponsDeliveredExceedOrdered_NotCertainlyMore_DoesNotTrigger(Estimate? delivered, Estimate? ordered) =>
        Assert.DoesNotContain(
            InContext.TestValidate(Make(item: new WeaponSystemsItem("T-72", numberOrdered: ordered, numberDelivered: delivered))).Errors,
            error => error.ErrorCode == ErrorCodes.WeaponsDeliveredExceedOrdered);

    [Fact]
    public void WeaponsTivDeliveredExceedsOrder_Triggers() =>
        InContext.TestValidate(Make(item: new WeaponSystemsItem("T-72", tivOrder: 4m, tivDelivered: 5.5m)))
            .ShouldHaveValidationErrorFor("Item.TivDelivered")
            .WithErrorCode(ErrorCodes.WeaponsTivDeliveredExceedsOrder)
            .WithErrorMessage("'tivDelivered' (5.5) exceeds the TIV of the order (4); what was delivered cannot be worth more than the whole order.");

    [Theory]
    [InlineData(4.0, 4.0)]
    [InlineData(4.0, 2.0)]
    [InlineData(null, 2.0)]
    public void WeaponsTivDeliveredExceedsOrder_WithinOrder_DoesNotTrigger(double? order, double delivered) =>
        Assert.DoesNotContain(
            InContext.TestValidate(Make(item: new WeaponSystemsItem("T-72", tivOrder: (decimal?)order, tivDelivered: (decimal)delivered))).Errors,
            error => error.ErrorCode == ErrorCodes.WeaponsTivDeliveredExceedsOrder);

    [Fact]
    public void UnknownDeploymentLocation_Triggers() =>
        InContext.TestValidate(Make(item: new PersonnelItem(Estimate.Exactly(100m), PersonnelRole.MilitaryEngineers, new PlaceId("DONETSK"))))
            .ShouldHaveValidationErrorFor("Item.DeploymentLocation")
            .WithErrorCode(ErrorCodes.UnknownDeploymentLocation)
            .WithErrorMessage("'deploymentLocation' (DONETSK) is not a known place; personnel must be deployed at a place of the gazetteer or the scenario.");

    [Fact]
    public void UnknownDeploymentLocation_KnownOrMissingPlaceOrNoPlacesGiven_DoesNotTrigger()
    {
        InContext.TestValidate(Make(item: new PersonnelItem(Estimate.Exactly(100m), PersonnelRole.MilitaryEngineers, Kursk))).ShouldNotHaveAnyValidationErrors();
        InContext.TestValidate(Make(item: new PersonnelItem(Estimate.Exactly(100m), PersonnelRole.MilitaryEngineers))).ShouldNotHaveAnyValidationErrors();
        new TransferValidator(KnownActors).TestValidate(Make(item: new PersonnelItem(Estimate.Exactly(100m), PersonnelRole.Workers, new PlaceId("DONETSK"))))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void ModelValidation_ReportsAllErrorsWithPrefixedPaths()
    {
        var errors = ModelValidation.Check(InContext, Make(supplier: Rus, recipient: Rus, status: TransferStatus.Delivered), TestPaths.Graph("Transfers", 3));
        Assert.Equal(
            [(ErrorCodes.TransferSupplierIsRecipient, "Transfers[3].Recipient"), (ErrorCodes.DeliveredTransferWithoutEnd, "Transfers[3].Period.End")],
            errors.Select(error => (error.Code, error.Location.Path?.ToString())));
    }
}
