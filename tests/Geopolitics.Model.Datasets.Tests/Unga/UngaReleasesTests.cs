using System.IO.Compression;
using Geopolitics.Model.Analysis.Votes;
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

    private readonly Lazy<UngaImport> _voeten2016 = new(() => UngaImporter.Import(DatasetFiles.Shared(Voeten)));
    private readonly Lazy<UngaImport> _unvotes2021 = new(() => UngaImporter.Import(DatasetFiles.Shared(Unvotes)));

    [DatasetFact(Voeten)]
    public void Import_Voeten2016_AccountsForEveryRow()
    {
        var import = _voeten2016.Value;
        // PROVENANCE.md: 1,066,613 rows; votes 1/2/3/8/9 = 588,800 / 95,099 / 54,865 / 73,328 / 254,521; 5,429 roll calls.
        // Roll call 4592 (session 59) has no date, no symbol and no issue on any of its 197 rows: they are rejected.
        var undated = CountRows(line => line.StartsWith("4592,", StringComparison.Ordinal));
        Assert.True(import.Succeeded);
        Assert.Equal(197, import.Rows.Rejected);
        Assert.All(import.Rejected, e => Assert.Equal((DatasetErrorCodes.UngaInvalidDate, "date"), (e.Code, e.Location.Path?.ToString())));
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
        var import = _unvotes2021.Value;

        // PROVENANCE.md: 870,109 votes, 6,203 roll calls, 5,745 issue rows.
        Assert.True(import.Succeeded);
        Assert.Equal(
            [(870_109, 870_109, 0), (6_203, 6_203, 0), (5_745, 5_745, 0)],
            import.Files.Select(f => (f.Read, f.Imported, f.Rejected)));
        Assert.Empty(import.Rejected);
        // 2,151 votes have a blank code and the name "Federal Republic of Germany": 84 of them, in session 45 after
        // unification (1990-10-03), are Germany's (255), as the 2016 release and COW code them.
        Assert.Equal(2_151 - 84, import.Votes.Count(v => v.State == 260));
        Assert.DoesNotContain(import.Votes, v => v.State == 260 && import.FindRollCall(v.RollCall)!.Date >= new NodaTime.LocalDate(1990, 10, 3));
        Assert.Equal(3_291, import.Votes.Count(v => v.State == 678));
        Assert.Equal(2, import.Votes.Count(v => v.State == 511));
    }

    [DatasetFact(Voeten)]
    public void DyadYears_IndiaPakistan1975_EqualsACountFromTheFile() => AssertHandCount(_voeten2016.Value, 750, 770, 1975);

    [DatasetFact(Voeten)]
    public void DyadYears_BrazilArgentina1990_EqualsACountFromTheFile() => AssertHandCount(_voeten2016.Value, 140, 160, 1990);

    [DatasetFact(Voeten)]
    public void DyadYears_UsaUssr1985_EqualsACountFromTheFile() => AssertHandCount(_voeten2016.Value, 2, 365, 1985);

    [DatasetFact(Voeten, Unvotes, RollCalls, Issues)]
    public void Releases_OnSharedRollCalls_ListDifferingVotesAndAgreeOnTheSimilarityOfUnchangedDyadYears()
    {
        var (old, @new) = (_voeten2016.Value, _unvotes2021.Value);
        var shared = old.RollCalls.Select(r => r.RollCall).Intersect(@new.RollCalls.Select(r => r.RollCall)).ToHashSet();
        var movedYear = shared.Where(rc => old.FindRollCall(rc)!.Date.Year != @new.FindRollCall(rc)!.Date.Year).ToHashSet();
        var oldVotes = old.Votes.Where(v => shared.Contains(v.RollCall)).ToDictionary(v => (v.RollCall, v.State), v => v.Vote);
        var newVotes = @new.Votes.Where(v => shared.Contains(v.RollCall)).ToDictionary(v => (v.RollCall, v.State), v => v.Vote);

        // A vote differs when the releases give different votes, or one gives a vote and the other none.
        var differing = oldVotes.Keys.Union(newVotes.Keys)
            .Where(key => oldVotes.GetValueOrDefault(key) != newVotes.GetValueOrDefault(key))
            .Select(key => (key.RollCall, key.State, Old: oldVotes.TryGetValue(key, out var o) ? o.ToString() : "-", New: newVotes.TryGetValue(key, out var n) ? n.ToString() : "-"))
            .OrderBy(d => d.RollCall).ThenBy(d => d.State)
            .ToList();
        output.WriteLine($"roll calls: 2016 {old.RollCalls.Length}, 2021 {@new.RollCalls.Length}, shared {shared.Count}, in another year {movedYear.Count}; votes on shared roll calls: 2016 {oldVotes.Count}, 2021 {newVotes.Count}; differing {differing.Count}");
        output.WriteLine($"  changed vote {differing.Count(d => d.Old != "-" && d.New != "-")}, only in 2016 {differing.Count(d => d.New == "-")}, only in 2021 {differing.Count(d => d.Old == "-")}");
        foreach (var session in differing.GroupBy(d => old.FindRollCall(d.RollCall)!.Session).OrderBy(g => g.Key))
        {
            output.WriteLine($"  session {session.Key}: {session.Count()} ({string.Join(", ", session.GroupBy(d => d.State).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key}×{g.Count()}"))})");
        }

        foreach (var d in differing.Take(20))
        {
            output.WriteLine($"  rc {d.RollCall} state {d.State}: 2016 {d.Old}, 2021 {d.New}");
        }

        // Dyad-years over the shared roll calls, from each release; a dyad-year is unchanged when neither state has a
        // differing vote in that year and no roll call of the year moved to another year between the releases.
        var touched = differing.Select(d => (d.State, Year: old.FindRollCall(d.RollCall)!.Date.Year))
            .Concat(differing.Select(d => (d.State, Year: @new.FindRollCall(d.RollCall)!.Date.Year)))
            .ToHashSet();
        var yearsMoved = movedYear.SelectMany(rc => new[] { old.FindRollCall(rc)!.Date.Year, @new.FindRollCall(rc)!.Date.Year }).ToHashSet();
        var oldRows = VoteSimilarities.DyadYears(old.Votes.Where(v => shared.Contains(v.RollCall))).ToDictionary(r => (r.First, r.Second, r.Year), r => r.Similarity);
        var newRows = VoteSimilarities.DyadYears(@new.Votes.Where(v => shared.Contains(v.RollCall))).ToDictionary(r => (r.First, r.Second, r.Year), r => r.Similarity);
        var unchanged = oldRows.Keys.Where(k => !touched.Contains((k.First, k.Year)) && !touched.Contains((k.Second, k.Year)) && !yearsMoved.Contains(k.Year)).ToList();
        var differ = unchanged.Count(k => !newRows.TryGetValue(k, out var s) || s != oldRows[k]);
        output.WriteLine($"dyad-years over shared roll calls: 2016 {oldRows.Count}, 2021 {newRows.Count}; unchanged {unchanged.Count}, of which with a different similarity {differ}; changed {oldRows.Count - unchanged.Count}");

        // Every roll call of 2016 but the undated 4592 is in 2021, on the same day; not one vote differs once the 2021
        // "Federal Republic of Germany" after unification reads as Germany; so every dyad-year is the same from both.
        Assert.Equal(old.RollCalls.Length, shared.Count);
        Assert.Empty(movedYear);
        Assert.Empty(differing);
        Assert.Equal(oldRows.Count, unchanged.Count);
        Assert.Equal(oldRows.Count, newRows.Count);
        Assert.Equal(0, differ);
        Assert.All(unchanged, k => Assert.Equal(oldRows[k], newRows[k]));
    }

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
