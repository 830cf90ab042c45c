using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

public class MoneyTests
{
    [Fact]
    public void Constructor_NegativeAmount_IsImpossible() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(CurrencyCode.Usd, Estimate.Exactly(-1m)));

    [Fact]
    public void Constructor_DefaultCurrency_Throws() =>
        Assert.Throws<ArgumentException>(() => new Money(default, Estimate.Exactly(1m)));

    [Fact]
    public void Unknown_HasUnknownAmount()
    {
        var cash = Money.Unknown(CurrencyCode.Usd);
        Assert.True(cash.Amount.IsUnknown);
        Assert.Equal(CurrencyCode.Usd, cash.Currency);
    }

    [Fact]
    public void Add_SameCurrency_AddsAmounts() =>
        Assert.Equal(
            new Money(CurrencyCode.Usd, Estimate.AtLeast(1_000_000m)),
            Money.Unknown(CurrencyCode.Usd) + new Money(CurrencyCode.Usd, Estimate.Exactly(1_000_000m)));

    [Fact]
    public void Add_DifferentCurrencies_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            new Money(CurrencyCode.Usd, Estimate.Exactly(1m)).Add(new Money(CurrencyCode.Rub, Estimate.Exactly(1m))));

    [Fact]
    public void ToString_UnknownAmount_SaysSo() =>
        Assert.Equal("unknown amount of USD", Money.Unknown(CurrencyCode.Usd).ToString());

    [Fact]
    public void ToString_KnownAmount_PutsCurrencyAfterFigure() =>
        Assert.Equal("over 1,000,000 RUB", new Money(CurrencyCode.Rub, Estimate.Over(1_000_000m)).ToString());
}
