using System.Globalization;

namespace Geopolitics.Model.Actors;

/// <summary>
/// A state listed in ISO 3166-1, with its alpha-2, alpha-3 and numeric codes and, where the Correlates of War (COW)
/// state system lists it today, its COW state code and abbreviation. Equality compares every member.
/// </summary>
/// <remarks>
/// <para>
/// The ISO codes and the COW codes are separate schemes that happen to share three-letter shapes: COW's <c>AUS</c> is
/// Austria (ISO <c>AUT</c>) and ISO's <c>AUS</c> is Australia (COW <c>AUL</c>, 900). <see cref="Alpha3"/> is always
/// the ISO code and <see cref="CowAbbreviation"/> always the COW one.
/// </para>
/// <para>
/// <see cref="CountryCatalogue.Default"/> holds every current state; see <see cref="CountryCatalogue"/> for how that set
/// is chosen.
/// </para>
/// </remarks>
public sealed record Country
{
    /// <summary>Creates a country.</summary>
    /// <param name="alpha2">The ISO 3166-1 alpha-2 code: two upper-case ASCII letters, for example <c>KP</c>.</param>
    /// <param name="alpha3">The ISO 3166-1 alpha-3 code: three upper-case ASCII letters, for example <c>PRK</c>.</param>
    /// <param name="numeric">The ISO 3166-1 numeric code, 1 to 999, for example 408.</param>
    /// <param name="name">The short English name, for example <c>North Korea</c>.</param>
    /// <param name="cowCode">The COW state code (1 to 999) of the COW system member this country is, or <see langword="null"/> when COW does not list it.</param>
    /// <param name="cowAbbreviation">The COW abbreviation (three upper-case ASCII letters) that goes with <paramref name="cowCode"/>; <see langword="null"/> exactly when <paramref name="cowCode"/> is.</param>
    /// <exception cref="ArgumentException">A code does not have its required shape, the name is blank, or only one of <paramref name="cowCode"/> and <paramref name="cowAbbreviation"/> is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numeric"/> or <paramref name="cowCode"/> is outside 1 to 999.</exception>
    public Country(string alpha2, string alpha3, int numeric, string name, int? cowCode = null, string? cowAbbreviation = null)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        ArgumentNullException.ThrowIfNull(alpha3);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckLetters(alpha2, 2, "An ISO 3166-1 alpha-2 code", nameof(alpha2));
        CheckLetters(alpha3, 3, "An ISO 3166-1 alpha-3 code", nameof(alpha3));
        ArgumentOutOfRangeException.ThrowIfLessThan(numeric, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numeric, 999);
        if (cowCode is { } code)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(code, 1, nameof(cowCode));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 999, nameof(cowCode));
            if (cowAbbreviation is null)
            {
                throw new ArgumentException($"COW code {code} is given without its COW abbreviation.", nameof(cowAbbreviation));
            }

            CheckLetters(cowAbbreviation, 3, "A COW abbreviation", nameof(cowAbbreviation));
        }
        else if (cowAbbreviation is not null)
        {
            throw new ArgumentException($"COW abbreviation '{cowAbbreviation}' is given without a COW code.", nameof(cowAbbreviation));
        }

        Alpha2 = alpha2;
        Alpha3 = alpha3;
        Numeric = numeric;
        Name = name;
        CowCode = cowCode;
        CowAbbreviation = cowAbbreviation;
        Id = new ActorId(alpha3);
    }

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>KP</c>.</summary>
    public string Alpha2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>PRK</c>.</summary>
    public string Alpha3 { get; }

    /// <summary>The ISO 3166-1 numeric code, for example 408 (printed with leading zeros as <c>408</c>, <c>004</c>).</summary>
    public int Numeric { get; }

    /// <summary>The short English name, for example <c>North Korea</c>.</summary>
    public string Name { get; }

    /// <summary>The COW state code of the COW system member this country is (PRK: 731), or <see langword="null"/> when COW does not list it.</summary>
    public int? CowCode { get; }

    /// <summary>The COW abbreviation that goes with <see cref="CowCode"/> (PRK: <c>PRK</c>, KOR: <c>ROK</c>, AUT: <c>AUS</c>), or <see langword="null"/>.</summary>
    /// <remarks>This is not an ISO code: compare it only with other COW abbreviations.</remarks>
    public string? CowAbbreviation { get; }

    /// <summary>The actor id of this state: its alpha-3 code.</summary>
    public ActorId Id { get; }

    /// <summary>The country as a state <see cref="Actor"/> with the same id and name.</summary>
    /// <returns>A new actor of kind <see cref="ActorKind.State"/>.</returns>
    public Actor ToActor() => new(Id, ActorKind.State, Name);

    /// <summary>The codes and name, for diagnostics.</summary>
    /// <returns>For example <c>PRK/KP/408 North Korea (COW 731 PRK)</c>.</returns>
    public override string ToString()
    {
        var numeric = Numeric.ToString("D3", CultureInfo.InvariantCulture);
        var cow = CowCode is { } code ? string.Create(CultureInfo.InvariantCulture, $" (COW {code} {CowAbbreviation})") : string.Empty;
        return $"{Alpha3}/{Alpha2}/{numeric} {Name}{cow}";
    }

    private static void CheckLetters(string value, int length, string what, string paramName)
    {
        if (value.Length != length || !value.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"{what} must be {length} upper-case ASCII letters; '{value}' is not.", paramName);
        }
    }
}
