using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Geopolitics.Model.Actors;

/// <summary>
/// The built-in catalogue of states: every current state with its ISO 3166-1 codes and Correlates of War (COW) code,
/// and every state the COW state system has ever listed, with lookups by each code.
/// </summary>
/// <remarks>
/// <para>
/// The tables are derived from two datasets and shipped inside the library: the <c>codelist</c> of the R package
/// countrycode 1.8.0 (Arel-Bundock, Enevoldsen and Yetman 2018) for ISO codes and names, and the COW State System
/// Membership List v2016 (Correlates of War Project 2017) for COW codes, names and membership spells. They are parsed
/// once, on first use of <see cref="Default"/>. <c>docs/datasets.md</c> describes the sources and the derivation.
/// </para>
/// <para>
/// <b>Which states are current.</b> A COW state is current when it was in the system on the last day of the COW data,
/// <see cref="CowDataEnd"/> (195 states). Each is paired with the ISO 3166-1 entry that countrycode gives its COW code,
/// with one correction: COW 345 (Yugoslavia, continued by Serbia) is paired with <c>SRB</c>, which countrycode leaves
/// without a COW code. Kosovo (COW 347) has no ISO 3166-1 code and so is a current <see cref="CowState"/> without a
/// <see cref="Country"/>. Two states that COW does not list are added as countries without a COW code, because the UN
/// General Assembly admits them as non-member observer states: Palestine (<c>PSE</c>) and the Holy See (<c>VAT</c>).
/// countrycode pairs <c>VAT</c> with COW 327, the Papal States, which left the system in 1860; that pairing is not
/// kept, because the Papal States are not the Holy See of today. Territories (Guam, Puerto Rico, Hong Kong…) are
/// not states and are not listed.
/// </para>
/// <para>
/// <b>Historical states.</b> Every other COW state (Bavaria 245, the German Federal Republic 260, Czechoslovakia 315,
/// Korea 730…) is a <see cref="CowState"/> that is not current and has no <see cref="Country"/>: COW codes its
/// successors separately (Germany is 255, South Korea 732).
/// </para>
/// <para>
/// <b>Lookups.</b> Alphabetic codes (ISO alpha-2 and alpha-3, COW abbreviations) are matched ignoring ASCII case, so
/// <c>"rus"</c> finds Russia. ISO and COW lookups are kept apart: <see cref="FindByAlpha3"/> takes only ISO codes and
/// <see cref="FindCowStateByAbbreviation"/> only COW ones. The catalogue is immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class CountryCatalogue
{
    private static readonly Lazy<CountryCatalogue> DefaultInstance = new(CountryTable.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Country> _byAlpha3;
    private readonly FrozenDictionary<string, Country> _byAlpha2;
    private readonly FrozenDictionary<int, Country> _byNumeric;
    private readonly FrozenDictionary<int, CowState> _cowByCode;
    private readonly FrozenDictionary<string, CowState> _cowByAbbreviation;

    /// <summary>Creates a catalogue, checking that every code is unique and that countries and COW states agree.</summary>
    /// <param name="countries">The countries.</param>
    /// <param name="cowStates">The COW states, current and historical.</param>
    /// <exception cref="ArgumentException">A code is used twice, or a country's COW code has no COW state naming that country, or a COW state names a country that is not listed.</exception>
    internal CountryCatalogue(IEnumerable<Country> countries, IEnumerable<CowState> cowStates)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(cowStates);
        Countries = [.. countries.OrderBy(c => c.Alpha3, StringComparer.Ordinal)];
        CowStates = [.. cowStates.OrderBy(s => s.Code)];
        _byAlpha3 = Index(Countries, c => c.Alpha3, StringComparer.OrdinalIgnoreCase, "ISO alpha-3 code", nameof(countries));
        _byAlpha2 = Index(Countries, c => c.Alpha2, StringComparer.OrdinalIgnoreCase, "ISO alpha-2 code", nameof(countries));
        _byNumeric = Index(Countries, c => c.Numeric, EqualityComparer<int>.Default, "ISO numeric code", nameof(countries));
        _cowByCode = Index(CowStates, s => s.Code, EqualityComparer<int>.Default, "COW code", nameof(cowStates));
        _cowByAbbreviation = Index(CowStates, s => s.Abbreviation, StringComparer.OrdinalIgnoreCase, "COW abbreviation", nameof(cowStates));

        foreach (var country in Countries)
        {
            if (country.CowCode is { } code && (!_cowByCode.TryGetValue(code, out var state) || state.Country != country))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Country '{country.Alpha3}' carries COW code {code}, but no COW state with that code names it."),
                    nameof(countries));
            }
        }

        foreach (var state in CowStates)
        {
            if (state.Country is { } country && (!_byAlpha3.TryGetValue(country.Alpha3, out var listed) || listed != country))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"COW state {state.Code} names country '{country.Alpha3}', which is not listed."),
                    nameof(cowStates));
            }
        }
    }

    /// <summary>The built-in catalogue, parsed from the embedded tables on first use (thread-safe, once).</summary>
    public static CountryCatalogue Default => DefaultInstance.Value;

    /// <summary>The last day covered by the COW State System Membership data the built-in catalogue uses: 2016-12-31.</summary>
    public static LocalDate CowDataEnd { get; } = new(2016, 12, 31);

    /// <summary>Every current state, sorted by ISO alpha-3 code (ordinal).</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>Every COW state, current and historical, sorted by COW code.</summary>
    public ImmutableArray<CowState> CowStates { get; }

    /// <summary>Finds a country by its ISO 3166-1 alpha-3 code, ignoring ASCII case.</summary>
    /// <param name="alpha3">The alpha-3 code, for example <c>PRK</c>.</param>
    /// <param name="country">The country found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha3"/> is <see langword="null"/>.</exception>
    public bool TryGetByAlpha3(string alpha3, [NotNullWhen(true)] out Country? country)
    {
        ArgumentNullException.ThrowIfNull(alpha3);
        return _byAlpha3.TryGetValue(alpha3, out country);
    }

    /// <summary>Finds a country by its ISO 3166-1 alpha-3 code, ignoring ASCII case.</summary>
    /// <param name="alpha3">The alpha-3 code, for example <c>PRK</c>.</param>
    /// <returns>The country, or <see langword="null"/> when no current state has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha3"/> is <see langword="null"/>.</exception>
    public Country? FindByAlpha3(string alpha3) => TryGetByAlpha3(alpha3, out var country) ? country : null;

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code, ignoring ASCII case.</summary>
    /// <param name="alpha2">The alpha-2 code, for example <c>KP</c>.</param>
    /// <param name="country">The country found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha2"/> is <see langword="null"/>.</exception>
    public bool TryGetByAlpha2(string alpha2, [NotNullWhen(true)] out Country? country)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        return _byAlpha2.TryGetValue(alpha2, out country);
    }

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code, ignoring ASCII case.</summary>
    /// <param name="alpha2">The alpha-2 code, for example <c>KP</c>.</param>
    /// <returns>The country, or <see langword="null"/> when no current state has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha2"/> is <see langword="null"/>.</exception>
    public Country? FindByAlpha2(string alpha2) => TryGetByAlpha2(alpha2, out var country) ? country : null;

    /// <summary>Finds a country by its ISO 3166-1 numeric code.</summary>
    /// <param name="numeric">The numeric code, for example 408.</param>
    /// <param name="country">The country found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetByNumeric(int numeric, [NotNullWhen(true)] out Country? country) => _byNumeric.TryGetValue(numeric, out country);

    /// <summary>Finds a country by its ISO 3166-1 numeric code.</summary>
    /// <param name="numeric">The numeric code, for example 408.</param>
    /// <returns>The country, or <see langword="null"/> when no current state has that code.</returns>
    public Country? FindByNumeric(int numeric) => TryGetByNumeric(numeric, out var country) ? country : null;

    /// <summary>Finds the country whose actor id is <paramref name="id"/> (its alpha-3 code).</summary>
    /// <param name="id">The actor id, for example <c>PRK</c>.</param>
    /// <param name="country">The country found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found; false for <c>default(ActorId)</c> and for ids of actors that are not states.</returns>
    public bool TryGetById(ActorId id, [NotNullWhen(true)] out Country? country)
    {
        if (id.Value is null)
        {
            country = null;
            return false;
        }

        return _byAlpha3.TryGetValue(id.Value, out country);
    }

    /// <summary>Finds the country whose actor id is <paramref name="id"/> (its alpha-3 code).</summary>
    /// <param name="id">The actor id, for example <c>PRK</c>.</param>
    /// <returns>The country, or <see langword="null"/> for <c>default(ActorId)</c> and for ids of actors that are not states.</returns>
    public Country? FindById(ActorId id) => TryGetById(id, out var country) ? country : null;

    /// <summary>Finds the current country with a COW state code.</summary>
    /// <param name="cowCode">The COW code, for example 731.</param>
    /// <param name="country">The country found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found; false for historical COW states and for Kosovo (347), which has no ISO code.</returns>
    public bool TryGetByCowCode(int cowCode, [NotNullWhen(true)] out Country? country)
    {
        country = _cowByCode.TryGetValue(cowCode, out var state) ? state.Country : null;
        return country is not null;
    }

    /// <summary>Finds the current country with a COW state code.</summary>
    /// <param name="cowCode">The COW code, for example 731.</param>
    /// <returns>The country, or <see langword="null"/> for unknown codes, historical COW states and Kosovo (347).</returns>
    public Country? FindByCowCode(int cowCode) => TryGetByCowCode(cowCode, out var country) ? country : null;

    /// <summary>Finds a COW state, current or historical, by its COW code.</summary>
    /// <param name="cowCode">The COW code, for example 245 (Bavaria).</param>
    /// <param name="state">The state found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetCowState(int cowCode, [NotNullWhen(true)] out CowState? state) => _cowByCode.TryGetValue(cowCode, out state);

    /// <summary>Finds a COW state, current or historical, by its COW code.</summary>
    /// <param name="cowCode">The COW code, for example 245 (Bavaria).</param>
    /// <returns>The state, or <see langword="null"/> when COW has no state with that code.</returns>
    public CowState? FindCowState(int cowCode) => TryGetCowState(cowCode, out var state) ? state : null;

    /// <summary>Finds a COW state, current or historical, by its COW abbreviation, ignoring ASCII case.</summary>
    /// <param name="abbreviation">The COW abbreviation, for example <c>AUS</c> (Austria, not Australia).</param>
    /// <param name="state">The state found, or <see langword="null"/>.</param>
    /// <returns>Whether it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="abbreviation"/> is <see langword="null"/>.</exception>
    public bool TryGetCowStateByAbbreviation(string abbreviation, [NotNullWhen(true)] out CowState? state)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        return _cowByAbbreviation.TryGetValue(abbreviation, out state);
    }

    /// <summary>Finds a COW state, current or historical, by its COW abbreviation, ignoring ASCII case.</summary>
    /// <param name="abbreviation">The COW abbreviation, for example <c>AUS</c> (Austria, not Australia).</param>
    /// <returns>The state, or <see langword="null"/> when COW has no state with that abbreviation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="abbreviation"/> is <see langword="null"/>.</exception>
    public CowState? FindCowStateByAbbreviation(string abbreviation) =>
        TryGetCowStateByAbbreviation(abbreviation, out var state) ? state : null;

    /// <summary>The number of countries and COW states, for diagnostics.</summary>
    /// <returns>For example <c>CountryCatalogue: 196 countries, 217 COW states</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CountryCatalogue: {Countries.Length} countries, {CowStates.Length} COW states");

    private static FrozenDictionary<TKey, TValue> Index<TKey, TValue>(
        ImmutableArray<TValue> values, Func<TValue, TKey> key, IEqualityComparer<TKey> comparer, string what, string paramName)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, TValue>(values.Length, comparer);
        foreach (var value in values)
        {
            if (!index.TryAdd(key(value), value))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {what} '{key(value)}' is used twice."), paramName);
            }
        }

        return index.ToFrozenDictionary(comparer);
    }
}
