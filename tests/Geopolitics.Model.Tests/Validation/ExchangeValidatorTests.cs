using System.Collections.Immutable;
using FluentValidation.TestHelper;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Validation;

public class ExchangeValidatorTests
{
    private static readonly ExchangeValidator InContext = new(AllTransfers);

    private static Exchange Make(params TransferId[] legs) =>
        new(new ExchangeId("x"), [.. legs], Evidence.Of(Confidence.Assessed, Article));

    private static Transfer Leg(string id, Model.Actors.ActorId supplier, Model.Actors.ActorId recipient) =>
        new(new TransferId(id), supplier, recipient, new DatePeriod(new PartialDate(2024)), TransferStatus.Ongoing,
            new MoneyItem(Money.Unknown(CurrencyCode.Usd)), Evidence.Unsourced(Confidence.Reported));

    [Fact]
    public void ArticleExchange_IsValid() => InContext.TestValidate(MunitionsForTechnologyAndCash).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void ExchangeTooFewTransfers_OneLeg_Triggers() =>
        InContext.TestValidate(Make(Shells.Id))
            .ShouldHaveValidationErrorFor(exchange => exchange.Transfers)
            .WithErrorCode(ErrorCodes.ExchangeTooFewTransfers)
            .WithErrorMessage("'transfers' links 1 distinct transfer(s); an exchange links at least 2 transfers that pay for each other.");

    [Fact]
    public void ExchangeTooFewTransfers_TwoLegs_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make(Shells.Id, Cash.Id)).Errors, error => error.ErrorCode == ErrorCodes.ExchangeTooFewTransfers);

    [Fact]
    public void ExchangeDuplicateTransfer_SameLegTwice_Triggers() =>
        InContext.TestValidate(Make(Shells.Id, Cash.Id, Shells.Id))
            .ShouldHaveValidationErrorFor(exchange => exchange.Transfers)
            .WithErrorCode(ErrorCodes.ExchangeDuplicateTransfer)
            .WithErrorMessage("'transfers' lists prk-rus-shells more than once; each transfer is one leg of an exchange.");

    [Fact]
    public void ExchangeDuplicateTransfer_DistinctLegs_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(Make(Shells.Id, Cash.Id)).Errors, error => error.ErrorCode == ErrorCodes.ExchangeDuplicateTransfer);

    [Fact]
    public void ExchangeUnknownTransfer_Triggers() =>
        InContext.TestValidate(Make(Shells.Id, new TransferId("rus-prk-oil")))
            .ShouldHaveValidationErrorFor("Transfers[1]")
            .WithErrorCode(ErrorCodes.ExchangeUnknownTransfer);

    [Fact]
    public void ExchangeUnknownTransfer_NoTransfersGiven_IsNotChecked() =>
        new ExchangeValidator().TestValidate(Make(Shells.Id, new TransferId("rus-prk-oil"))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void ExchangeLegsNotOnePair_ThreeActors_Triggers()
    {
        var validator = new ExchangeValidator([Leg("a", Prk, Rus), Leg("b", Rus, Prk), Leg("c", Chn, Prk)]);
        validator.TestValidate(Make(new("a"), new("b"), new("c")))
            .ShouldHaveValidationErrorFor(exchange => exchange.Transfers)
            .WithErrorCode(ErrorCodes.ExchangeLegsNotOnePair)
            .WithErrorMessage("'transfers' runs between CHN, PRK, RUS; all legs of an exchange run between the same 2 actors.");
    }

    [Fact]
    public void ExchangeLegsNotOnePair_TwoLegsBetweenFourActors_Triggers()
    {
        // Two legs are the fewest an exchange has, and already enough to run between two different pairs.
        var validator = new ExchangeValidator([Leg("a", Prk, Rus), Leg("b", Chn, Kor)]);
        validator.TestValidate(Make(new("a"), new("b")))
            .ShouldHaveValidationErrorFor(exchange => exchange.Transfers)
            .WithErrorCode(ErrorCodes.ExchangeLegsNotOnePair)
            .WithErrorMessage("'transfers' runs between CHN, KOR, PRK, RUS; all legs of an exchange run between the same 2 actors.");
    }

    [Fact]
    public void ExchangeLegsNotOnePair_OnePair_DoesNotTrigger() =>
        Assert.DoesNotContain(InContext.TestValidate(MunitionsForTechnologyAndCash).Errors, error => error.ErrorCode == ErrorCodes.ExchangeLegsNotOnePair);

    [Fact]
    public void ExchangeOneWay_AllLegsSameDirection_Triggers() =>
        InContext.TestValidate(Make(Shells.Id, Troops.Id))
            .ShouldHaveValidationErrorFor(exchange => exchange.Transfers)
            .WithErrorCode(ErrorCodes.ExchangeOneWay)
            .WithErrorMessage("Every leg in 'transfers' goes from PRK to RUS; an exchange needs at least 1 leg flowing each way.");

    [Fact]
    public void ExchangeOneWay_BothDirectionsOrNotOnePair_DoesNotTrigger()
    {
        Assert.DoesNotContain(InContext.TestValidate(Make(Shells.Id, Cash.Id)).Errors, error => error.ErrorCode == ErrorCodes.ExchangeOneWay);
        var validator = new ExchangeValidator([Leg("a", Prk, Rus), Leg("c", Chn, Prk)]);
        Assert.DoesNotContain(validator.TestValidate(Make(new("a"), new("c"))).Errors, error => error.ErrorCode == ErrorCodes.ExchangeOneWay);
    }

    [Fact]
    public void Evidence_ConfirmedWithoutSource_IsReported() =>
        InContext.TestValidate(new Exchange(new ExchangeId("x"), ImmutableArray.Create(Shells.Id, Cash.Id), Evidence.Unsourced(Confidence.Confirmed)))
            .ShouldHaveValidationErrorFor("Evidence.Sources")
            .WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
}
