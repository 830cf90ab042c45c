using System.Globalization;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Datasets.Tests.Unga;

/// <summary>
/// The dyad-year similarity table as CSV (<see cref="UngaTables.WriteSimilarityCsv"/>): its text compared whole with
/// values worked out by hand from the definitions in <see cref="VoteSimilarity"/>, under a culture whose decimal
/// separator is a comma and whose minus sign is U+2212.
/// </summary>
public sealed class UngaTablesTests
{
    [Fact]
    public void WriteSimilarityCsv_VotesOfThreeStates_WritesEachDyadYearWithTheMeasuresWorkedOutByHand()
    {
        // 2 and 365 over four roll calls of 2000: (Y,Y) (Y,N) (A,Y) (N,N): agree 2/4; distances 0+2+1+0 = 3, so
        // S = 1 − 2·3/(4·2) = 0.25; own shares Y2 A1 N1 and Y2 N2 give p_e = (4 + 0 + 2)/16, κ = (0.5 − 0.375)/0.625 = 0.2;
        // pooled shares Y4 A1 N3 of 8 give p_e = 0.40625, π = 0.09375/0.59375 = 0.157894…; one roll call of 2001 (N,Y).
        // 700 voted only on the first roll call, as both others did: every measure is 1 or undefined (empty cells).
        var votes = new List<RecordedVote>
        {
            new(1, 2000, 2, VoteChoice.Yes), new(1, 2000, 365, VoteChoice.Yes), new(1, 2000, 700, VoteChoice.Yes),
            new(2, 2000, 2, VoteChoice.Yes), new(2, 2000, 365, VoteChoice.No),
            new(3, 2000, 2, VoteChoice.Abstain), new(3, 2000, 365, VoteChoice.Yes),
            new(4, 2000, 2, VoteChoice.No), new(4, 2000, 365, VoteChoice.No),
            new(5, 2001, 2, VoteChoice.No), new(5, 2001, 365, VoteChoice.Yes),
        };

        var csv = WriteUnderCommaCulture(VoteSimilarities.DyadYears(votes));

        Assert.Equal(
            """
            ccode1,ccode2,year,n,agree,s,kappa,pi
            2,365,2000,4,0.500000,0.250000,0.200000,0.157895
            2,365,2001,1,0.000000,-1.000000,0.000000,-1.000000
            2,700,2000,1,1.000000,1.000000,,
            365,700,2000,1,1.000000,1.000000,,

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            csv);
    }

    [Fact]
    public void WriteSimilarityCsv_Voeten2016Quirks_WritesTheImportedVotesDyadYears()
    {
        // The quirks file's votes: roll call 3 (1946) the United States yes, Canada no, the Federal Republic abstaining;
        // 900 (1975) yes and no; 901 (dated 1949, session year 1948) yes and abstain. One roll call per dyad-year.
        var import = UngaImporter.Import(DatasetFiles.Data("unga", "voeten-quirks.csv"));

        var csv = WriteUnderCommaCulture(VoteSimilarities.DyadYears(import.Votes));

        Assert.Equal(
            """
            ccode1,ccode2,year,n,agree,s,kappa,pi
            2,20,1946,1,0.000000,-1.000000,0.000000,-1.000000
            2,20,1949,1,0.000000,0.000000,0.000000,-1.000000
            2,20,1975,1,0.000000,-1.000000,0.000000,-1.000000
            2,260,1946,1,0.000000,0.000000,0.000000,-1.000000
            20,260,1946,1,0.000000,0.000000,0.000000,-1.000000

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            csv);
    }

    [Fact]
    public void WriteSimilarityCsv_NoRows_WritesTheHeaderOnly()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        UngaTables.WriteSimilarityCsv([], writer);

        Assert.Equal(UngaTables.SimilarityHeader + "\n", writer.ToString());
    }

    private static string WriteUnderCommaCulture(IEnumerable<DyadYearVoteSimilarity> rows)
    {
        var culture = CultureInfo.CurrentCulture;
        // The tests run in globalization-invariant mode, so the comma culture is made rather than looked up.
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NegativeSign = "\u2212";
        CultureInfo.CurrentCulture = comma;
        try
        {
            using var writer = new StringWriter(CultureInfo.CurrentCulture);
            UngaTables.WriteSimilarityCsv(rows, writer);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
