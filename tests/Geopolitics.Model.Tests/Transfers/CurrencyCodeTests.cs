using Geopolitics.Model.Errors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

public class CurrencyCodeTests
{
    [Theory]
    [InlineData("XYZ")]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("")]
    [InlineData("XTS")]
    [InlineData("XXX")]
    [InlineData("DEM")]
    public void Constructor_NotAnActiveCode_Throws(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new CurrencyCode(value));
        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("RUB")]
    [InlineData("KPW")]
    [InlineData("KRW")]
    [InlineData("EUR")]
    [InlineData("CNY")]
    [InlineData("XDR")]
    public void Constructor_ActiveCode_Accepts(string value) => Assert.Equal(value, new CurrencyCode(value).Value);

    [Fact]
    public void ActiveCodes_AreThreeUpperCaseLetters() =>
        Assert.All(CurrencyCode.ActiveCodes, code => Assert.Matches("^[A-Z]{3}$", code));

    [Fact]
    public void Parse_UnknownCode_ReturnsUnknownCurrencyError()
    {
        var result = CurrencyCode.Parse("XYZ");
        Assert.True(result.IsT1);
        Assert.Equal(ErrorCodes.UnknownCurrency, result.AsT1.Code);
        Assert.Contains("'XYZ'", result.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KnownCode_ReturnsCode() => Assert.Equal(CurrencyCode.Rub, CurrencyCode.Parse("RUB").AsT0);

    [Fact]
    public void TryParse_NullOrUnknown_ReturnsFalse()
    {
        Assert.False(CurrencyCode.TryParse(null, out _));
        Assert.False(CurrencyCode.TryParse("XYZ", out var code));
        Assert.Equal(default, code);
        Assert.True(CurrencyCode.TryParse("KPW", out code));
        Assert.Equal(CurrencyCode.Kpw, code);
    }

    [Fact]
    public void Equality_IsByValue() => Assert.Equal(new CurrencyCode("USD"), CurrencyCode.Usd);

    [Fact]
    public void CompareTo_IsOrdinal() => Assert.True(CurrencyCode.Eur < CurrencyCode.Usd);
}
