using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Geopolitics.Model.Actors;
using NodaTime;

namespace Geopolitics.Model.Tests.Actors;

/// <summary>
/// Checks the built-in catalogue against the raw dataset copies under <c>data/</c>: the shipped tables are exactly
/// what <see cref="CatalogueDerivation"/> makes of them, and the sources agree with each other where they overlap.
/// </summary>
public class CountryCatalogueSourcesTests
{
    private const string RegenerateVariable = "GEOPOLITICS_REGENERATE_CATALOGUE";

    public static TheoryData<string, string> RawFiles => new()
    {
        // Blob ids from the PROVENANCE.md files: the copies are byte-for-byte the published files.
        { "country_codes/codelist_without_cldr.csv", "69377de4e4776fdac2cce2a1d1ac267da63588b3" },
        { "country_codes/data_cow.csv", "9bb7e1296a6f8fa87d22b6e89ee82ee4b1464fca" },
        { "cow/state_system_v2016/states2016.csv", "ff6095ff4f365796a3631a313434a4057cd8252d" },
    };

    [Theory]
    [MemberData(nameof(RawFiles))]
    [SuppressMessage("Security", "CA5350", Justification = "Git names a blob by its SHA-1; the hash identifies the file, it protects nothing.")]
    public void RawFile_GitBlobId_MatchesProvenance(string path, string blob)
    {
        var bytes = File.ReadAllBytes(RawCsv.DataPath(path.Split('/')));
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");

        var id = Convert.ToHexString(SHA1.HashData([.. header, .. bytes])).ToLowerInvariant();

        Assert.Equal(blob, id);
    }

    [Theory]
    [InlineData(CountryTable.CountriesResource, "countries.tsv")]
    [InlineData(CountryTable.CowStatesResource, "cow-states.tsv")]
    public void ShippedTable_RederivedFromRawSources_EqualsRowForRow(string resource, string file)
    {
        var derived = file == "countries.tsv" ? CatalogueDerivation.DeriveCountries() : CatalogueDerivation.DeriveCowStates();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            var target = Path.Combine(Repository.Root, "src", "Geopolitics.Model", "Actors", file);
            File.WriteAllText(target, string.Join('\n', derived) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        using var reader = CountryTable.OpenEmbedded(resource);
        var shipped = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            shipped.Add(line);
        }

        Assert.Equal(derived, shipped);
    }

    [Fact]
    public void CurrentStates_ListedByBothSources_Agree()
    {
        var codelist = RawCsv.Read("country_codes", "codelist_without_cldr.csv");
        var current = CatalogueDerivation.ReadStates().Where(s => s.End == CatalogueDerivation.DataEnd).ToList();
        var compared = 0;
        foreach (var row in codelist.Rows)
        {
            var cown = codelist.Get(row, "cown");
            var iso3 = codelist.Get(row, "iso3c");
            var state = current.SingleOrDefault(s => cown.Length > 0 && s.Code == CatalogueDerivation.ParseInt(cown));
            if (state is null || iso3.Length == 0)
            {
                continue;
            }

            compared++;
            Assert.Equal(state.Abbreviation, codelist.Get(row, "cowc"));
            Assert.Equal(state.Name, codelist.Get(row, "cow.name"));
            var country = CountryCatalogue.Default.FindByAlpha3(iso3);
            Assert.NotNull(country);
            Assert.Equal(codelist.Get(row, "iso2c"), country.Alpha2);
            Assert.Equal(CatalogueDerivation.ParseInt(codelist.Get(row, "iso3n")), country.Numeric);
            Assert.Equal(state.Code, country.CowCode);
            Assert.Equal(state.Abbreviation, country.CowAbbreviation);
            Assert.Same(country, CountryCatalogue.Default.FindCowState(state.Code)!.Country);
        }

        // 195 current COW states, less Yugoslavia/Serbia (345) and Kosovo (347), which countrycode lists without ISO codes.
        Assert.Equal(193, compared);
    }

    [Fact]
    public void CurrentStates_InCountrycodeCowDictionaryFor2016_AgreeWithCatalogue()
    {
        var dataCow = RawCsv.Read("country_codes", "data_cow.csv");
        var in2016 = dataCow.Rows.Where(r => dataCow.Get(r, "year") == "2016")
            .Select(r => (CatalogueDerivation.ParseInt(dataCow.Get(r, "cown")), dataCow.Get(r, "cowc"), dataCow.Get(r, "cow.name")))
            .Order()
            .ToList();
        var current = CountryCatalogue.Default.CowStates.Where(s => s.IsCurrent).Select(s => (s.Code, s.Abbreviation, s.Name)).ToList();

        Assert.Equal(in2016, current);
    }

    [Fact]
    public void CowStates_YearsInCountrycodeCowDictionary_MatchSpells()
    {
        var dataCow = RawCsv.Read("country_codes", "data_cow.csv");
        var years = dataCow.Rows
            .GroupBy(r => CatalogueDerivation.ParseInt(dataCow.Get(r, "cown")))
            .ToDictionary(g => g.Key, g => g.Select(r => CatalogueDerivation.ParseInt(dataCow.Get(r, "year"))).Order().ToList());

        Assert.Equal(years.Keys.Order(), CountryCatalogue.Default.CowStates.Select(s => s.Code));
        foreach (var state in CountryCatalogue.Default.CowStates)
        {
            var fromSpells = state.Spells
                .SelectMany(s => Enumerable.Range(s.Start.Year, (s.End?.Year ?? CountryCatalogue.CowDataEnd.Year) - s.Start.Year + 1))
                .Distinct()
                .Order()
                .ToList();

            // countrycode drops GFR's 1990 so that Germany is not counted twice in that year (its get_cow.R).
            if (state.Code == 260)
            {
                fromSpells.Remove(1990);
            }

            Assert.True(years[state.Code].SequenceEqual(fromSpells), $"COW {state.Code}: the years differ from its spells.");
        }
    }

    [Fact]
    public void Countries_EveryUnMemberInCodelist_IsListed()
    {
        var codelist = RawCsv.Read("country_codes", "codelist_without_cldr.csv");
        var members = codelist.Rows.Where(r => codelist.Get(r, "un.name.en").Length > 0).Select(r => codelist.Get(r, "iso3c")).ToList();

        Assert.Equal(193, members.Count);
        Assert.All(members, iso3 => Assert.NotNull(CountryCatalogue.Default.FindByAlpha3(iso3)));
    }

    [Fact]
    public void CowStates_SpellsFromStates2016_RunToDataEndOnlyWhenOpen()
    {
        var rows = CatalogueDerivation.ReadStates();
        var spells = CountryCatalogue.Default.CowStates.SelectMany(s => s.Spells.Select(p => (s.Code, p))).ToList();

        Assert.Equal(rows.Count, spells.Count);
        Assert.All(rows.OrderBy(r => r.Code).ThenBy(r => r.Start).Zip(spells), pair =>
        {
            var (row, (code, period)) = pair;
            Assert.Equal(row.Code, code);
            Assert.Equal(row.Start, period.Start.Start);
            Assert.Equal(row.End == CatalogueDerivation.DataEnd ? null : row.End, period.End?.End);
        });
    }
}
