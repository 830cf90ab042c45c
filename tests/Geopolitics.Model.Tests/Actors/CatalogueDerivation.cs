using System.Globalization;
using Geopolitics.Model.Actors;
using NodaTime;

namespace Geopolitics.Model.Tests.Actors;

/// <summary>
/// Derives the catalogue's embedded tables (<c>countries.tsv</c>, <c>cow-states.tsv</c>) from the raw dataset copies
/// under <c>data/</c>. The rule is the one documented on <see cref="CountryCatalogue"/> and in <c>docs/datasets.md</c>;
/// every assumption it makes about the sources is checked, so a changed source fails loudly instead of drifting.
/// </summary>
internal static class CatalogueDerivation
{
    public const string CountriesComment =
        "# Current states: ISO 3166-1 codes and English names from the codelist of the R package countrycode 1.8.0 " +
        "(Arel-Bundock, Enevoldsen & Yetman 2018, JOSS 3(28):848), paired with Correlates of War state codes from the " +
        "COW State System Membership List v2016 (Correlates of War Project 2017). Generated from the sources by " +
        "tests/Geopolitics.Model.Tests/Actors/CatalogueDerivation.cs; do not edit (see docs/datasets.md).";

    public const string CowStatesComment =
        "# Correlates of War state system membership spells, one row per spell, from the COW State System Membership " +
        "List v2016 (Correlates of War Project 2017, states2016.csv); an empty end means still a member on 2016-12-31. " +
        "Generated from the sources by tests/Geopolitics.Model.Tests/Actors/CatalogueDerivation.cs; do not edit (see docs/datasets.md).";

    /// <summary>The last day of the COW data: spells ending here were still running.</summary>
    public static readonly LocalDate DataEnd = new(2016, 12, 31);

    /// <summary>countrycode leaves Serbia without a COW code, but COW 345 (Yugoslavia) is continued by Serbia.</summary>
    public static readonly (string Iso3, int Cow) SerbiaCorrection = ("SRB", 345);

    /// <summary>Current states COW does not list: the UN General Assembly's non-member observer states.</summary>
    public static readonly string[] ObserverStates = ["PSE", "VAT"];

    /// <summary>Current COW states that ISO 3166-1 does not list.</summary>
    public static readonly int[] CurrentWithoutIso = [347];

    public static IReadOnlyList<string> DeriveCowStates()
    {
        var states = ReadStates();
        return
        [
            CowStatesComment,
            CountryTable.CowStatesHeader,
            .. states.OrderBy(s => s.Code).ThenBy(s => s.Start).Select(s =>
                string.Join('\t', Num(s.Code), s.Abbreviation, s.Name, Date(s.Start), s.End == DataEnd ? string.Empty : Date(s.End))),
        ];
    }

    public static IReadOnlyList<string> DeriveCountries()
    {
        var current = ReadStates().Where(s => s.End == DataEnd).Select(s => s.Code).ToHashSet();
        var codelist = RawCsv.Read("country_codes", "codelist_without_cldr.csv");
        var countries = new List<(string Iso3, string Iso2, int Numeric, int? Cow, string Name)>();
        foreach (var row in codelist.Rows)
        {
            var iso3 = codelist.Get(row, "iso3c");
            if (iso3.Length == 0)
            {
                continue;
            }

            var cownText = codelist.Get(row, "cown");
            int? cow = cownText.Length == 0 ? null : ParseInt(cownText);

            // A code of a state that left the system is not kept: VAT carries 327, the Papal States (gone in 1860).
            if (cow is { } c && !current.Contains(c))
            {
                cow = null;
            }

            if (iso3 == SerbiaCorrection.Iso3)
            {
                Require(cow is null, "countrycode now gives SRB a COW code; revisit the Serbia correction.");
                cow = SerbiaCorrection.Cow;
            }

            if (cow is null && !ObserverStates.Contains(iso3))
            {
                continue; // a territory, or a state COW and the UN observer list both lack
            }

            countries.Add((iso3, codelist.Get(row, "iso2c"), ParseInt(codelist.Get(row, "iso3n")), cow, codelist.Get(row, "country.name.en")));
        }

        Require(countries.Count(c => c.Iso3 == SerbiaCorrection.Iso3) == 1, "countrycode has no SRB row.");
        Require(ObserverStates.All(o => countries.Any(c => c.Iso3 == o)), "countrycode lacks an observer state's ISO row.");
        var mapped = countries.Where(c => c.Cow is not null).GroupBy(c => c.Cow!.Value).ToList();
        Require(mapped.All(g => g.Count() == 1), "two ISO entries carry the same current COW code.");
        var unmapped = current.Except(mapped.Select(g => g.Key)).Order().ToArray();
        Require(unmapped.SequenceEqual(CurrentWithoutIso), $"current COW states without an ISO entry are [{string.Join(", ", unmapped)}], expected [{string.Join(", ", CurrentWithoutIso)}].");

        return
        [
            CountriesComment,
            CountryTable.CountriesHeader,
            .. countries.OrderBy(c => c.Iso3, StringComparer.Ordinal).Select(c =>
                string.Join('\t', c.Iso3, c.Iso2, Num(c.Numeric), c.Cow is { } cow ? Num(cow) : string.Empty, c.Name)),
        ];
    }

    public static List<StateRow> ReadStates()
    {
        var states = RawCsv.Read("cow", "state_system_v2016", "states2016.csv");
        Require(
            states.Header.SequenceEqual(["stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday", "version"]),
            "states2016.csv has an unexpected header.");
        return
        [
            .. states.Rows.Select(r => new StateRow(
                ParseInt(states.Get(r, "ccode")),
                states.Get(r, "stateabb"),
                states.Get(r, "statenme"),
                new LocalDate(ParseInt(states.Get(r, "styear")), ParseInt(states.Get(r, "stmonth")), ParseInt(states.Get(r, "stday"))),
                new LocalDate(ParseInt(states.Get(r, "endyear")), ParseInt(states.Get(r, "endmonth")), ParseInt(states.Get(r, "endday"))))),
        ];
    }

    public static int ParseInt(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"The catalogue derivation no longer fits its sources: {problem}");
        }
    }

    internal sealed record StateRow(int Code, string Abbreviation, string Name, LocalDate Start, LocalDate End);
}
