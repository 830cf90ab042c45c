using System.Globalization;
using System.Text;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Tests.Fuzzing;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>
/// Bounded cost on dataset files (issue "Reliability, round two", item 8): a directed dyad-year table larger than the
/// limit is refused before it is computed, and dates before the state system are rejected rows with their own code.
/// </summary>
public sealed class AtopTablesBoundsTests
{
    private const string AtopHeader = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,version";

    // COW codes of 20 states of the state system (United States to Poland).
    private static readonly int[] States = [2, 20, 40, 70, 90, 91, 92, 93, 94, 95, 100, 101, 130, 135, 140, 145, 150, 155, 160, 200];

    /// <summary>One ATOP alliance of every state in <see cref="States"/>, from <paramref name="year"/> to the end of ATOP 5.1's coverage.</summary>
    private static byte[] Alliance(int year)
    {
        var text = new StringBuilder(AtopHeader).Append('\n');
        foreach (var state in States)
        {
            text.Append(CultureInfo.InvariantCulture, $"9001,{state},{year},1,1,0,0,0,0,1,0,0,0,0,5.1\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static AtopImport Import(byte[] members) =>
        AtopImporter.ImportFrom(new StreamReader(new MemoryStream(members)), DatasetLoaders.FileName, null, null, AtopImportOptions.ForTables);

    [Fact]
    public void DirectedDyadYears_WithinTheLimit_TheSameRowsAsWithout()
    {
        var import = Import(Alliance(1990));

        var rows = AtopTables.DirectedDyadYears(import, AtopTables.DefaultMaxDyadYearFacts).AsT0;

        // 20·19 directed pairs, 1990–2018.
        Assert.Equal(20 * 19 * 29, rows.Length);
        Assert.Equal(AtopTables.DirectedDyadYears(import).ToArray(), rows.ToArray());
    }

    [Fact]
    public void DirectedDyadYears_AsManyFactsAsTheLimit_AreComputed()
    {
        var import = Import(Alliance(1990));

        Assert.Equal(20 * 19 * 29, AtopTables.DirectedDyadYears(import, 20 * 19 * 29).AsT0.Length);
    }

    [Fact]
    public void DirectedDyadYears_MoreFactsThanTheLimit_RefusedWithTheCount()
    {
        var import = Import(Alliance(1990));

        var error = AtopTables.DirectedDyadYears(import, (20 * 19 * 29) - 1).AsT1;

        Assert.Equal(DatasetErrorCodes.AtopTableTooLarge, error.Code);
        Assert.Equal(DatasetLoaders.FileName, error.Location.File);
        Assert.Contains("11,020 facts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectedDyadYears_NegativeLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AtopTables.DirectedDyadYears(Import(Alliance(1990)), -1));
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(1814, 20)]
    [InlineData(1815, 0)]
    public void Import_AtopEntryBefore1815_RowsRejectedWithTheirCode(int year, int rejected)
    {
        var import = Import(Alliance(year));

        Assert.Equal(rejected, import.Rejected.Count(e => e.Code == DatasetErrorCodes.AtopDateBeforeCoverage));
        Assert.All(import.Rejected.Where(e => e.Code == DatasetErrorCodes.AtopDateBeforeCoverage), e => Assert.Equal("yrent", e.Location.Path?.ToString()));
    }

    [Theory]
    [InlineData(1386, 1816, null)]
    [InlineData(1386, 1815, DatasetErrorCodes.CowDateBeforeCoverage)]
    [InlineData(1815, 1, DatasetErrorCodes.CowDateBeforeCoverage)]
    public void Import_CowMembershipBefore1816_RowRejected_AllianceStartMayBeEarlier(int allianceYear, int memberYear, string? expected)
    {
        const string Header = "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version";
        var text = $"{Header}\n" +
                   $"901,200,\"United Kingdom\",9,5,{allianceYear},,,,\"Type I: Defense Pact\",1,1,{memberYear},,,,1,1,1,0,1,0,4.1\n" +
                   $"901,235,\"Portugal\",9,5,{allianceYear},,,,\"Type I: Defense Pact\",1,1,1816,,,,1,1,1,0,1,0,4.1\n";

        var import = CowAllianceImporter.ImportFrom(new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text))), DatasetLoaders.FileName, null);

        var error = import.Rejected.FirstOrDefault(e => e.Code == DatasetErrorCodes.CowDateBeforeCoverage);
        Assert.Equal(expected, error?.Code);
        if (error is not null)
        {
            Assert.Equal("mem_st_year", error.Location.Path?.ToString());
        }
    }
}
