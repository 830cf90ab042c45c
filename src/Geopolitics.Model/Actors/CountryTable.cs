using System.Globalization;
using Geopolitics.Model.Time;
using NodaTime.Text;
using NodaTime;

namespace Geopolitics.Model.Actors;

/// <summary>
/// Reads the two tab-separated tables behind <see cref="CountryCatalogue.Default"/>, embedded in this assembly:
/// <c>countries.tsv</c> (one row per current ISO state) and <c>cow-states.tsv</c> (one row per COW membership spell).
/// </summary>
/// <remarks>
/// Both tables are derived from their sources by the test project (see <c>docs/datasets.md</c>), so a malformed row is
/// a build defect, not bad user data: it throws <see cref="InvalidDataException"/> naming the table and line.
/// Lines starting with <c>#</c> are comments; the first other line is the header; fields hold no tabs and no quoting.
/// An empty <c>end</c> means the spell was still running on the last day of the COW data.
/// </remarks>
internal static class CountryTable
{
    /// <summary>The manifest name of the countries table.</summary>
    public const string CountriesResource = "Geopolitics.Model.Actors.countries.tsv";

    /// <summary>The manifest name of the COW states table.</summary>
    public const string CowStatesResource = "Geopolitics.Model.Actors.cow-states.tsv";

    /// <summary>The header of the countries table.</summary>
    public const string CountriesHeader = "alpha3\talpha2\tnumeric\tcow_code\tname";

    /// <summary>The header of the COW states table.</summary>
    public const string CowStatesHeader = "cow_code\tcow_abbreviation\tname\tstart\tend";

    /// <summary>Parses the embedded tables into a catalogue.</summary>
    public static CountryCatalogue LoadEmbedded()
    {
        using var countries = OpenEmbedded(CountriesResource);
        using var cowStates = OpenEmbedded(CowStatesResource);
        return Parse(countries, cowStates);
    }

    /// <summary>Opens an embedded table as UTF-8 text.</summary>
    public static StreamReader OpenEmbedded(string resource)
    {
        var stream = typeof(CountryTable).Assembly.GetManifestResourceStream(resource)
                     ?? throw new InvalidOperationException($"The embedded table '{resource}' is missing from the assembly.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    /// <summary>Parses the two tables into a catalogue.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, or the tables contradict each other.</exception>
    public static CountryCatalogue Parse(TextReader countries, TextReader cowStates)
    {
        var spells = new List<SpellRow>();
        foreach (var (line, fields) in Rows(cowStates, "cow-states.tsv", CowStatesHeader))
        {
            var code = ParseCode(fields[0], "cow-states.tsv", line);
            var start = ParseDate(fields[3], "cow-states.tsv", line);
            LocalDate? end = fields[4].Length == 0 ? null : ParseDate(fields[4], "cow-states.tsv", line);
            spells.Add(new SpellRow(line, code, fields[1], fields[2], new DatePeriod(start, end)));
        }

        var abbreviations = new Dictionary<int, string>();
        foreach (var spell in spells)
        {
            abbreviations.TryAdd(spell.Code, spell.Abbreviation);
        }

        var countryList = new List<Country>();
        foreach (var (line, fields) in Rows(countries, "countries.tsv", CountriesHeader))
        {
            var numeric = ParseCode(fields[2], "countries.tsv", line);
            int? cowCode = fields[3].Length == 0 ? null : ParseCode(fields[3], "countries.tsv", line);
            string? cowAbbreviation = null;
            if (cowCode is { } code && !abbreviations.TryGetValue(code, out cowAbbreviation))
            {
                throw Malformed("countries.tsv", line, $"COW code {code} is not in cow-states.tsv.");
            }

            countryList.Add(Build("countries.tsv", line, () => new Country(fields[1], fields[0], numeric, fields[4], cowCode, cowAbbreviation)));
        }

        var countryByCow = countryList.Where(c => c.CowCode is not null).ToDictionary(c => c.CowCode!.Value);
        var states = new List<CowState>();
        foreach (var group in spells.GroupBy(s => s.Code))
        {
            var first = group.First();
            if (group.Any(s => s.Abbreviation != first.Abbreviation || s.Name != first.Name))
            {
                throw Malformed("cow-states.tsv", first.Line, $"the rows of COW code {first.Code} disagree on its abbreviation or name.");
            }

            var country = countryByCow.GetValueOrDefault(first.Code);
            states.Add(Build("cow-states.tsv", first.Line, () => new CowState(first.Code, first.Abbreviation, first.Name, group.Select(s => s.Period), country)));
        }

        try
        {
            return new CountryCatalogue(countryList, states);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The country tables contradict each other: {e.Message}", e);
        }
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader, string table, string header)
    {
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.StartsWith('#'))
            {
                continue;
            }

            if (!sawHeader)
            {
                if (text != header)
                {
                    throw Malformed(table, lineNumber, $"the header must be '{header.Replace('\t', ' ')}'.");
                }

                sawHeader = true;
                continue;
            }

            var fields = text.Split('\t');
            if (fields.Length != 5)
            {
                throw Malformed(table, lineNumber, string.Create(CultureInfo.InvariantCulture, $"expected 5 tab-separated fields, found {fields.Length}."));
            }

            yield return (lineNumber, fields);
        }

        if (!sawHeader)
        {
            throw Malformed(table, lineNumber, "the table has no header.");
        }
    }

    private static int ParseCode(string text, string table, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(table, line, $"'{text}' is not a whole number.");

    private static LocalDate ParseDate(string text, string table, int line)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Malformed(table, line, $"'{text}' is not an ISO 8601 date (yyyy-MM-dd).");
    }

    private static T Build<T>(string table, int line, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw Malformed(table, line, e.Message);
        }
    }

    private static InvalidDataException Malformed(string table, int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{table}, line {line}: {problem}"));

    private sealed record SpellRow(int Line, int Code, string Abbreviation, string Name, DatePeriod Period);
}
