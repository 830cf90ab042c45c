using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Actors;

/// <summary>
/// A member of the Correlates of War (COW) state system, present or past: its COW code, abbreviation and name, the
/// spells during which it was a member, and the ISO 3166-1 <see cref="Actors.Country"/> it is today, if it is still a
/// member. Equality compares every member, <see cref="Spells"/> in order.
/// </summary>
/// <remarks>
/// <para>
/// A state that left the system and came back has several spells (Germany, 255: 1816-01-01 to 1945-05-08 and from
/// 1990-10-03). Both ends of a spell are included. A spell still running at the end of the COW data
/// (<see cref="CountryCatalogue.CowDataEnd"/>) has an open end, so <see cref="IsMemberOn"/> answers true for later days:
/// the catalogue assumes that states in the system at the end of 2016 still are.
/// </para>
/// <para>
/// COW abbreviations are not ISO codes: COW <c>AUS</c> (305) is Austria, whose ISO alpha-3 code is <c>AUT</c>.
/// </para>
/// </remarks>
public sealed record CowState
{
    /// <summary>Creates a COW state.</summary>
    /// <param name="code">The COW state code, 1 to 999 (Russia: 365).</param>
    /// <param name="abbreviation">The COW abbreviation, three upper-case ASCII letters (Russia: <c>RUS</c>).</param>
    /// <param name="name">The COW state name (for example <c>Bavaria</c>).</param>
    /// <param name="spells">The membership spells, in order, not overlapping; only the last may be open.</param>
    /// <param name="country">The ISO 3166-1 country this state is today; only for a current state (last spell open), with the same COW code and abbreviation.</param>
    /// <exception cref="ArgumentException">
    /// The abbreviation does not have its shape, the name is blank, there is no spell, a spell ends before it starts, spells overlap
    /// or are out of order, a spell other than the last is open, or <paramref name="country"/> is given for a state that is
    /// not current or carries another COW code or abbreviation.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 1 to 999.</exception>
    public CowState(int code, string abbreviation, string name, IEnumerable<DatePeriod> spells, Country? country = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(code, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 999);
        ArgumentNullException.ThrowIfNull(abbreviation);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(spells);
        if (abbreviation.Length != 3 || !abbreviation.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"A COW abbreviation must be 3 upper-case ASCII letters; '{abbreviation}' is not.", nameof(abbreviation));
        }

        ImmutableArray<DatePeriod> periods = [.. spells];
        CheckSpells(periods, nameof(spells));
        if (country is not null)
        {
            if (periods[^1].IsOpen is false)
            {
                throw new ArgumentException($"COW state {code} left the system, so it has no current country; '{country.Alpha3}' was given.", nameof(country));
            }

            if (country.CowCode != code || country.CowAbbreviation != abbreviation)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Country '{country.Alpha3}' carries COW {country.CowCode} {country.CowAbbreviation}, not {code} {abbreviation}."),
                    nameof(country));
            }
        }

        Code = code;
        Abbreviation = abbreviation;
        Name = name;
        Spells = periods;
        Country = country;
    }

    /// <summary>The COW state code (Russia: 365).</summary>
    public int Code { get; }

    /// <summary>The COW abbreviation (Russia: <c>RUS</c>; South Korea: <c>ROK</c>). Not an ISO code.</summary>
    public string Abbreviation { get; }

    /// <summary>The COW state name.</summary>
    public string Name { get; }

    /// <summary>The membership spells, in order; both ends included; only the last may be open (still a member).</summary>
    public ImmutableArray<DatePeriod> Spells { get; }

    /// <summary>Whether the state is still in the system: its last spell is open.</summary>
    /// <remarks>In <see cref="CountryCatalogue.Default"/> this means in the system on the last day of the COW data, <see cref="CountryCatalogue.CowDataEnd"/>.</remarks>
    public bool IsCurrent => Spells[^1].IsOpen;

    /// <summary>The ISO 3166-1 country this state is today, or <see langword="null"/> for a state that left the system or has no ISO code (Kosovo, 347).</summary>
    public Country? Country { get; }

    /// <summary>Whether the state was a system member on <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>True when a spell contains the day, false when none does, unknown when the precision of a spell's end decides.</returns>
    public Truth IsMemberOn(LocalDate day) => Truth.Any(Spells.Select(spell => spell.Contains(day)));

    /// <inheritdoc/>
    public bool Equals(CowState? other) =>
        other is not null && Code == other.Code && Abbreviation == other.Abbreviation && Name == other.Name &&
        Spells.SequenceEqual(other.Spells) && Equals(Country, other.Country);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Abbreviation, Name, Spells.Length, Country);

    /// <summary>The code, abbreviation and name, for diagnostics.</summary>
    /// <returns>For example <c>COW 245 BAV Bavaria (1816-01-01/1871-01-18)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"COW {Code} {Abbreviation} {Name} ({string.Join(", ", Spells)})");

    private static void CheckSpells(ImmutableArray<DatePeriod> spells, string paramName)
    {
        if (spells.IsEmpty)
        {
            throw new ArgumentException("A COW state has at least one membership spell.", paramName);
        }

        for (var i = 0; i < spells.Length; i++)
        {
            var spell = spells[i];
            if (spell.End is { } end && end.End < spell.Start.Start)
            {
                throw new ArgumentException($"Spell {spell} ends before it starts.", paramName);
            }

            if (i == 0)
            {
                continue;
            }

            if (spells[i - 1].End is not { } previousEnd)
            {
                throw new ArgumentException($"Spell {spells[i - 1]} is open but is followed by {spell}; only the last spell may be open.", paramName);
            }

            if (previousEnd.End >= spell.Start.Start)
            {
                throw new ArgumentException($"Spell {spell} does not start after the end of the spell before it, {spells[i - 1]}.", paramName);
            }
        }
    }
}
