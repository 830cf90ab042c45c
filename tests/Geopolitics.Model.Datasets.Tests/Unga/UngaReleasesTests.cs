using System.IO.Compression;
using Geopolitics.Model.Analysis;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Stances;
using Xunit.Abstractions;

namespace Geopolitics.Model.Datasets.Tests.Unga;

/// <summary>The two real releases in <c>../shared/datasets/unga</c>: every row accounted for, hand-checked dyad-years, and the releases compared.</summary>
public sealed class UngaReleasesTests(ITestOutputHelper output)
{
    private const string Voeten = "unga/voeten_2016/UNVotesPublished.csv.gz";
    private const string Unvotes = "unga/unvotes_2021/un_votes.csv.gz";
    private const string RollCalls = "unga/unvotes_2021/un_roll_calls.csv";
    private const string Issues = "unga/unvotes_2021/un_roll_call_issues.csv";

    private static readonly Lazy<UngaImport> Voeten2016 = new(() => UngaImporter.Import(DatasetFiles.Shared(Voeten)));
    private static readonly Lazy<UngaImport> Unvotes2021 = new(() => UngaImporter.Import(DatasetFiles.Shared(Unvotes)));

    [DatasetFact(Voeten)]
    public void Import_Voeten2016_AccountsForEveryRow()
    {
        var import = Voeten2016.Value;
        // PROVENANCE.md: 1,066,613 rows; votes 1/2/3/8/9 = 588,800 / 95,099 / 54,865 / 73,328 / 254,521; 5,429 roll calls.
        // Roll call 4592 (session 59) has no date, no symbol and no issue on any of its 197 rows: they are rejected.
        var undated = CountRows(line => line.StartsWith("4592,", StringComparison.Ordinal));
        Assert.True(import.Succeeded);
        Assert.Equal(197, import.Rows.Rejected);
        Assert.All(import.Rejected, e => Assert.Equal((DatasetErrorCodes.UngaInvalidDate, "date"), (e.Code, e.Location.Path)));
        Assert.Equal(undated.Total, import.Rows.Rejected);
        Assert.Equal(1_066_613, import.Rows.Read);
        Assert.Equal(import.Rows.Read, import.Rows.Imported + import.Rows.Rejected + import.Absent + import.NotMember);
        Assert.Equal((73_328 - undated.Absent, 254_521 - undated.NotMember), (import.Absent, import.NotMember));
        Assert.Equal(5_429 - 1, import.RollCalls.Length);
        Assert.Equal(588_800 + 95_099 + 54_865 - undated.Votes, import.Rows.Imported);

        // The 'year' column is the session's opening year for 238 roll calls, and one roll call's 'ec' is 0\".
        Assert.Equal(238, import.Notes.Count(n => n.Code == DatasetErrorCodes.UngaYearNotCalendarYear));
        Assert.Equal(1, import.Notes.Count(n => n.Code == DatasetErrorCodes.UngaStrayCharacters));
        Assert.DoesNotContain(import.Votes, v => v.Year == 1964);
    }

    [DatasetFact(Unvotes, RollCalls, Issues)]
    public void Import_Unvotes2021_AccountsForEveryRowOfTheThreeFiles()
    {
        var import = Unvotes2021.Value;

        // PROVENANCE.md: 870,109 votes, 6,203 roll calls, 5,745 issue rows.
        Assert.True(import.Succeeded);
        Assert.Equal(
            [(870_109, 870_109, 0), (6_203, 6_203, 0), (5_745, 5_745, 0)],
            import.Files.Select(f => (f.Read, f.Imported, f.Rejected)));
        Assert.Empty(import.Rejected);
        Assert.Equal(2_151, import.Votes.Count(v => v.State == 260));
        Assert.Equal(3_291, import.Votes.Count(v => v.State == 678));
        Assert.Equal(2, import.Votes.Count(v => v.State == 511));
    }

    [DatasetFact(Voeten)]
    public void DyadYears_IndiaPakistan1975_EqualsACountFromTheFile() => AssertHandCount(Voeten2016.Value, 750, 770, 1975);

    [DatasetFact(Voeten)]
    public void DyadYears_BrazilArgentina1990_EqualsACountFromTheFile() => AssertHandCount(Voeten2016.Value, 140, 160, 1990);

    [DatasetFact(Voeten)]
    public void DyadYears_UsaUssr1985_EqualsACountFromTheFile() => AssertHandCount(Voeten2016.Value, 2, 365, 1985);

    /// <summary>Counts the rows of the 2016 file that match, by vote code, straight from the text.</summary>
    private static (int Total, int Votes, int Absent, int NotMember) CountRows(Func<string, bool> match)
    {
        var (total, votes, absent, notMember) = (0, 0, 0, 0);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(DatasetFiles.Shared(Voeten)), CompressionMode.Decompress));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (match(line))
            {
                total++;
                switch (line.Split(',')[2])
                {
                    case "8": absent++; break;
                    case "9": notMember++; break;
                    default: votes++; break;
                }
            }
        }

        return (total, votes, absent, notMember);
    }

    private void AssertHandCount(UngaImport import, int first, int second, int year)
    {
        // The 3×3 table counted straight from the gzipped text, without the importer: rcid, vote and ccode are the first,
        // third and fourth fields, none of them quoted, and the date ("m/d/yyyy") the seventh; the year is the date's.
        var votes = new Dictionary<(int State, int RollCall), int>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(DatasetFiles.Shared(Voeten)), CompressionMode.Decompress)))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split(',', 8);
                var (rollCall, vote, state) = (int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
                if ((state == first || state == second) && vote is >= 1 and <= 3 && fields[6].Trim('"').EndsWith("/" + year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                {
                    votes[(state, rollCall)] = vote;
                }
            }
        }

        var table = new int[4, 4];
        var n = 0;
        foreach (var ((state, rollCall), vote) in votes.Where(v => v.Key.State == first))
        {
            if (votes.TryGetValue((second, rollCall), out var other))
            {
                table[vote, other]++;
                n++;
            }
        }

        // The spreadsheet: shares, distances, expected agreements.
        double same = 0, distance = 0, byOwn = 0, pooled = 0;
        for (var i = 1; i <= 3; i++)
        {
            same += table[i, i];
            double row = 0, column = 0;
            for (var j = 1; j <= 3; j++)
            {
                distance += table[i, j] * Math.Abs(i - j);
                row += table[i, j];
                column += table[j, i];
            }

            byOwn += row / n * (column / n);
            pooled += Math.Pow((row + column) / (2.0 * n), 2);
        }

        var agree = same / n;
        output.WriteLine($"{first}-{second} {year}: n={n}; table yes/abstain/no by row: {table[1, 1]} {table[1, 2]} {table[1, 3]} / {table[2, 1]} {table[2, 2]} {table[2, 3]} / {table[3, 1]} {table[3, 2]} {table[3, 3]}");
        var computed = Assert.Single(VoteSimilarities.DyadYears(import.Votes, year, year, (first, second))).Similarity;
        output.WriteLine(computed.ToString());

        Assert.True(n > 10, $"Expected a real year of votes, got {n}.");
        Assert.Equal(n, computed.N);
        Assert.Equal(agree, computed.Agree!.Value, 12);
        Assert.Equal(1 - (2 * distance / (n * 2)), computed.S!.Value, 12);
        Assert.Equal((agree - byOwn) / (1 - byOwn), computed.Kappa!.Value, 12);
        Assert.Equal((agree - pooled) / (1 - pooled), computed.Pi!.Value, 12);
    }
}
