using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Geopolitics.Model.Errors;
using OneOf;

namespace Geopolitics.Model.Transfers;

/// <summary>An ISO 4217 alphabetic currency code (<c>USD</c>, <c>RUB</c>, <c>KPW</c>, <c>EUR</c>).</summary>
/// <remarks>
/// <para>
/// Only the active codes of ISO 4217 list one are accepted, upper-case, from a table built into the library
/// (<see cref="ActiveCodes"/>): national currencies, the supranational ones (<c>EUR</c>, <c>XOF</c>, <c>XAF</c>,
/// <c>XCD</c>), fund codes (<c>BOV</c>, <c>CLF</c>…), precious metals (<c>XAU</c>…) and <c>XDR</c>. Codes still listed
/// during a changeover are kept (<c>ANG</c> and <c>XCG</c>, <c>SLL</c> and <c>SLE</c>, <c>ZWL</c> and <c>ZWG</c>). The
/// testing code <c>XTS</c> and the "no currency" code <c>XXX</c> are refused: neither can pay for anything.
/// The table is built in because the library runs with invariant globalization, where .NET's <c>RegionInfo</c>
/// knows no currencies.
/// </para>
/// <para><c>default(CurrencyCode)</c> has a <see langword="null"/> value and is not a valid code.</para>
/// </remarks>
public readonly record struct CurrencyCode : IComparable<CurrencyCode>
{
    private static readonly FrozenSet<string> Codes = FrozenSet.ToFrozenSet<string>(
    [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
        "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
        "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK",
        "DJF", "DKK", "DOP", "DZD",
        "EGP", "ERN", "ETB", "EUR",
        "FJD", "FKP",
        "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD",
        "HKD", "HNL", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK",
        "JMD", "JOD", "JPY",
        "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
        "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN",
        "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
        "OMR",
        "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG",
        "QAR",
        "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
        "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
        "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS",
        "VED", "VES", "VND", "VUV",
        "WST",
        "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XUA",
        "YER",
        "ZAR", "ZMW", "ZWG", "ZWL",
    ], StringComparer.Ordinal);

    /// <summary>Creates a currency code.</summary>
    /// <param name="value">Three upper-case letters that are an active ISO 4217 code.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an active ISO 4217 code.</exception>
    [JsonConstructor]
    public CurrencyCode(string value) =>
        Value = IsValid(value ?? throw new ArgumentNullException(nameof(value))) ? value : throw new ArgumentException(UnknownMessage(value), nameof(value));

    /// <summary>The three-letter code.</summary>
    public string Value { get; }

    /// <summary>Every code the library accepts, upper-case.</summary>
    public static IReadOnlySet<string> ActiveCodes => Codes;

    /// <summary>The United States dollar.</summary>
    public static CurrencyCode Usd => new("USD");

    /// <summary>The euro.</summary>
    public static CurrencyCode Eur => new("EUR");

    /// <summary>The Russian rouble.</summary>
    public static CurrencyCode Rub => new("RUB");

    /// <summary>The North Korean won.</summary>
    public static CurrencyCode Kpw => new("KPW");

    /// <summary>The Chinese yuan renminbi.</summary>
    public static CurrencyCode Cny => new("CNY");

    /// <summary>Whether <paramref name="value"/> is an active ISO 4217 code, upper-case.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns>Whether the constructor would accept it.</returns>
    public static bool IsValid(string? value) => value is not null && Codes.Contains(value);

    /// <summary>Parses a currency code from untrusted data without throwing.</summary>
    /// <param name="text">The text: three upper-case letters.</param>
    /// <returns>The code, or an error with code <see cref="ErrorCodes.UnknownCurrency"/>.</returns>
    public static OneOf<CurrencyCode, ModelError> Parse(string? text) =>
        IsValid(text) ? new CurrencyCode(text!) : new ModelError(ErrorCodes.UnknownCurrency, UnknownMessage(text), path: null);

    /// <summary>Parses a currency code without throwing.</summary>
    /// <param name="text">The text: three upper-case letters.</param>
    /// <param name="code">The code, when the text is valid.</param>
    /// <returns>Whether the text is an active ISO 4217 code.</returns>
    public static bool TryParse(string? text, out CurrencyCode code)
    {
        code = IsValid(text) ? new CurrencyCode(text!) : default;
        return IsValid(text);
    }

    /// <inheritdoc/>
    public int CompareTo(CurrencyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) >= 0;

    /// <summary>The three-letter code.</summary>
    /// <returns>The code; empty for <c>default(CurrencyCode)</c>.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static string UnknownMessage(string? text) =>
        $"'{text}' is not an active ISO 4217 currency code: expected three upper-case letters such as 'USD', 'EUR' or 'RUB'.";
}
