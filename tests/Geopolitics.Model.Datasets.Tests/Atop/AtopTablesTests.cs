using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Datasets.Atop;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopTablesTests
{
    private const string StateYearFile = "atop/v5.1/atop5_1sy.csv";

    private readonly AtopData _atop = new();

    private readonly Lazy<AtopImport> _quirks = new(() =>
        AtopImporter.Import(DatasetFiles.Data("atop", "handmade", "quirks-members.csv"), null, AtopImportOptions.ForTables));

    private ImmutableArray<AtopStateYear>? _stateYears51;

    private ImmutableArray<AtopDirectedDyadYear>? _dyadYears51;

    private ImmutableArray<AtopStateYear> StateYears51 => _stateYears51 ??= AtopTables.StateYears(_atop.V51);

    private ImmutableArray<AtopDirectedDyadYear> DyadYears51 => _dyadYears51 ??= AtopTables.DirectedDyadYears(_atop.V51);

    [DatasetFact(StateYearFile)]
    public void StateYears_Atop51Members_EqualOfficialStateYearFileInEveryRowAndColumn()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AtopTables.WriteStateYearsCsv(StateYears51, _atop.V51.Version!.Name, writer);

        var expected = File.ReadAllLines(DatasetFiles.Shared(StateYearFile)!);
        var actual = writer.ToString().Split("\r\n");
        Assert.Equal(11_923, StateYears51.Length);
        Assert.Equal(expected.Length + 1, actual.Length);
        Assert.Equal(string.Empty, actual[^1]);
        var mismatches = Enumerable.Range(0, expected.Length).Where(i => expected[i] != actual[i])
            .Select(i => $"line {i + 1}: expected {expected[i]} but got {actual[i]}").ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} lines differ:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [DatasetFact(StateYearFile)]
    public void WriteStateYearsCsv_Atop51_IsByteForByteTheOfficialFile()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AtopTables.WriteStateYearsCsv(StateYears51, "5.1", writer);

        Assert.Equal(File.ReadAllText(DatasetFiles.Shared(StateYearFile)!), writer.ToString());
    }

    [Theory]
    [InlineData(740, 1905, AtopObligations.Defense | AtopObligations.Consultation)]
    [InlineData(91, 1888, AtopObligations.Defense)]
    public void StateYears_PhaseHandOverYear_CountsOnlyTheLaterPhase(int state, int year, AtopObligations expected)
    {
        var row = StateYears51.Single(r => r.State == state && r.Year == year);

        Assert.Equal(expected, row.Obligations);
        Assert.True(row.Transition);
    }

    [Fact]
    public void StateYears_HandOver_DropsThePhaseThatEnds()
    {
        var usa1960 = AtopTables.StateYears(_quirks.Value).Single(r => r.State == 2 && r.Year == 1960);

        Assert.Equal(AtopObligations.Consultation, usa1960.Obligations);
        Assert.True(usa1960.Transition);
        Assert.Equal([9001], usa1960.AtopIds.ToArray());
    }

    [Fact]
    public void StateYears_BeforeHandOver_CountTheEarlierPhase()
    {
        var usa1959 = AtopTables.StateYears(_quirks.Value).Single(r => r.State == 2 && r.Year == 1959);

        Assert.Equal(AtopObligations.Defense, usa1959.Obligations);
        Assert.False(usa1959.Transition);
    }

    [Fact]
    public void StateYears_MemberThatLeftAndCameBack_HasNoRowsInTheGap()
    {
        var britain = AtopTables.StateYears(_quirks.Value).Where(r => r.State == 200).Select(r => r.Year).ToList();

        Assert.Equal([1855, 1856, .. Enumerable.Range(1970, 6), .. Enumerable.Range(1980, 39)], britain);
    }

    [Fact]
    public void StateYears_TransitionYears_AreStartsAndEndsOfSpellsButNotTheCoverageEnd()
    {
        var britain = AtopTables.StateYears(_quirks.Value).Where(r => r.State == 200 && r.Transition).Select(r => r.Year);

        Assert.Equal([1855, 1856, 1970, 1975, 1980], britain);
    }

    [Fact]
    public void StateYears_OpenMembership_RunsToTheCoverageEndOfTheVersion()
    {
        var scenario = _quirks.Value.Scenario!;

        var to2018 = AtopTables.StateYears(scenario, AtopVersion.V51).Where(r => r.State == 220).Max(r => r.Year);
        var to2016 = AtopTables.StateYears(scenario, AtopVersion.V401).Where(r => r.State == 220).Max(r => r.Year);

        Assert.Equal((2018, 2016), (to2018, to2016));
    }

    [Fact]
    public void StateYears_UnlistedMember_IsLeftOutButItsPartnerKeepsTheAlliance()
    {
        var rows = AtopTables.StateYears(_quirks.Value);

        Assert.DoesNotContain(rows, r => r.State > 999);
        var france1880 = rows.Single(r => r.State == 220 && r.Year == 1880);
        Assert.Equal([9004], france1880.AtopIds.ToArray());
        Assert.Equal(AtopObligations.Defense, france1880.Obligations);
    }

    [Fact]
    public void StateYears_StateThatOnlyReceivesPromises_AppearsWithNoObligation()
    {
        var scenario = AtopImporter.Import(DatasetFiles.Data("atop", "handmade", "codebook-1855.csv")).Scenario!;

        var sweden = AtopTables.StateYears(scenario, AtopVersion.V51).Single(r => r.State == 380 && r.Year == 1855);

        Assert.Equal(AtopObligations.Consultation, sweden.Obligations);
        Assert.Equal([1190], sweden.AtopIds.ToArray());
    }

    [Fact]
    public void DirectedDyadYears_CodebookExample1855_BritainAndFranceDefendSwedenAndAllConsult()
    {
        var scenario = AtopImporter.Import(DatasetFiles.Data("atop", "handmade", "codebook-1855.csv")).Scenario!;

        var rows = AtopTables.DirectedDyadYears(scenario, AtopVersion.V51).Where(r => r.Year == 1855).ToDictionary(r => (r.State1, r.State2), r => r.Obligations);

        const AtopObligations DefendAndConsult = AtopObligations.Defense | AtopObligations.Consultation;
        Assert.Equal(6, rows.Count);
        Assert.Equal(DefendAndConsult, rows[(200, 380)]);
        Assert.Equal(DefendAndConsult, rows[(220, 380)]);
        Assert.Equal(AtopObligations.Consultation, rows[(380, 200)]);
        Assert.Equal(AtopObligations.Consultation, rows[(380, 220)]);
        Assert.Equal(AtopObligations.Consultation, rows[(200, 220)]);
        Assert.Equal(AtopObligations.Consultation, rows[(220, 200)]);
    }

    [Fact]
    public void Tables_AskedFromManyThreadsOfAFreshImport_EqualTheSequentialAnswers()
    {
        // A fresh import, so that the threads race to read its memberships for the first time.
        var scenario = AtopImporter.Import(AtopData.MembersV51, AtopData.AlliancesV51, AtopImportOptions.ForTables).Scenario!;
        var answers = new (ImmutableArray<AtopStateYear> States, ImmutableArray<AtopDirectedDyadYear> Dyads)[8];

        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = answers.Length }, i =>
        {
            // Half the threads ask for the dyads first, half for the states.
            if (i % 2 == 0)
            {
                var states = AtopTables.StateYears(scenario, AtopVersion.V51);
                answers[i] = (states, AtopTables.DirectedDyadYears(scenario, AtopVersion.V51));
            }
            else
            {
                var dyads = AtopTables.DirectedDyadYears(scenario, AtopVersion.V51);
                answers[i] = (AtopTables.StateYears(scenario, AtopVersion.V51), dyads);
            }
        });

        Assert.All(answers, answer =>
        {
            Assert.Equal<AtopStateYear>(StateYears51, answer.States.AsEnumerable());
            Assert.Equal<AtopDirectedDyadYear>(DyadYears51, answer.Dyads.AsEnumerable());
        });
    }

    [Fact]
    public void DirectedDyadYears_Atop51_SortedDistinctAndAboutAsManyAsAtopsDirectedFile()
    {
        var rows = DyadYears51;

        Assert.Equal(273_296, rows.Length);
        for (var i = 1; i < rows.Length; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            Assert.True((a.State1, a.State2, a.Year).CompareTo((b.State1, b.State2, b.Year)) < 0, $"{a} is not before {b}");
        }
    }

    [Fact]
    public void DirectedDyadYears_Atop51_EveryPairSharesAnAllianceThatYearInTheMemberFile()
    {
        // Independent of the model: the member file's rows, by alliance, as year ranges.
        var spells = File.ReadLines(AtopData.MembersV51).Skip(1).Select(line => line.Split(','))
            .Where(c => c[3] != "8152")
            .Select(c => (Atop: int.Parse(c[0], CultureInfo.InvariantCulture), State: int.Parse(c[3], CultureInfo.InvariantCulture),
                From: int.Parse(c[5], CultureInfo.InvariantCulture), To: c[8] == "0" ? 2018 : int.Parse(c[8], CultureInfo.InvariantCulture)))
            .ToLookup(s => s.State);
        var missing = DyadYears51
            .Where(r => !spells[r.State1].Any(a => a.From <= r.Year && r.Year <= a.To &&
                spells[r.State2].Any(b => b.Atop == a.Atop && b.From <= r.Year && r.Year <= b.To)))
            .Take(5).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void DirectedDyadYears_Atop51_EveryPairWasInOneAllianceOnTheSameDay()
    {
        // Independent of the model: each member row's days as the member file gives them, an exit being the first day
        // the member is no longer bound; a day the file leaves blank widens the row to the whole month, so that only
        // spells that cannot have overlapped are told apart.
        var rows = File.ReadLines(AtopData.MembersV51).Skip(1).Select(line => line.Split(','))
            .Where(c => c[3] != "8152")
            .Select(c => (Alliance: c[0] + "." + c[13], State: Int(c[3]), Entry: Day(c[5], c[6], c[7], last: false),
                Exit: c[8] == "0" ? (LocalDate?)null : Day(c[8], c[9], c[10], last: true)))
            .ToList();
        var byState = rows.ToLookup(r => r.State);
        bool Overlap(int state1, int state2, int year) => byState[state1].Any(a => byState[state2].Any(b =>
            a.Alliance == b.Alliance && a.Entry.Year <= year && year <= (a.Exit?.Year ?? 2018) && b.Entry.Year <= year && year <= (b.Exit?.Year ?? 2018) &&
            (a.Exit is not { } exitA || b.Entry < exitA) && (b.Exit is not { } exitB || a.Entry < exitB)));

        var neverOnTheSameDay = DyadYears51.Where(r => !Overlap(r.State1, r.State2, r.Year)).Take(5).ToList();

        Assert.Empty(neverOnTheSameDay);

        static int Int(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);
        static LocalDate Day(string year, string month, string day, bool last) =>
            day.Length > 0 ? new LocalDate(Int(year), Int(month), Int(day))
            : last ? new LocalDate(Int(year), Int(month), 1).PlusMonths(1).PlusDays(-1) : new LocalDate(Int(year), Int(month), 1);
    }

    [Theory]
    [InlineData(260, 255, 1990)] // West Germany left on 3 October 1990, the day united Germany (COW 255) took its place
    [InlineData(255, 265, 1990)] // East Germany likewise, in alliance 3740
    [InlineData(678, 679, 1990)] // North Yemen left the Arab League pacts on 22 May 1990, the day Yemen (679) joined
    [InlineData(679, 680, 1990)] // South Yemen likewise
    public void DirectedDyadYears_SuccessorThatJoinedTheDayItsPredecessorLeft_IsNotPaired(int state1, int state2, int year)
    {
        var rows = DyadYears51;

        Assert.DoesNotContain(rows, r => (r.State1, r.State2, r.Year) == (state1, state2, year));
        Assert.DoesNotContain(rows, r => (r.State1, r.State2, r.Year) == (state2, state1, year));
        Assert.Contains(rows, r => r.State1 == state1 && r.Year == year);
        Assert.Contains(rows, r => r.State1 == state2 && r.Year == year);
    }

    [Fact]
    public void DirectedDyadYears_Atop51_OutgoingObligationsAreTheStateYearObligations()
    {
        var outgoing = new Dictionary<(int, int), AtopObligations>();
        foreach (var row in DyadYears51)
        {
            outgoing[(row.State1, row.Year)] = outgoing.GetValueOrDefault((row.State1, row.Year)) | row.Obligations;
        }

        var stateYears = StateYears51;
        var notOwedToAnyPartner = stateYears.Where(s => outgoing.GetValueOrDefault((s.State, s.Year)) != s.Obligations).Select(s => (s.State, s.Year)).ToList();

        // Only France's alliance 1320 with Annam (8152), a partner that is not a COW state, has no dyad to carry its defence.
        Assert.Equal(Enumerable.Range(1874, 10).Select(y => (220, y)), notOwedToAnyPartner);
    }

    [Fact]
    public void DirectedDyadYears_Atop51_NoFlagIsOwedThatTheStateYearLacks()
    {
        var stateYears = StateYears51.ToDictionary(s => (s.State, s.Year), s => s.Obligations);

        var beyond = DyadYears51.Where(d => (d.Obligations & ~stateYears[(d.State1, d.Year)]) != 0).Take(5).ToList();

        Assert.Empty(beyond);
    }

    [Fact]
    public void DirectedDyadYears_MemberThatJoinedAfterTheOtherLeft_IsNotPaired()
    {
        var rows = AtopTables.DirectedDyadYears(_quirks.Value);

        // Britain's first spell in 9002 ended in 1975; West Germany (COW 260) joined in 1972 and left in 1990 while Britain was away until 1980.
        Assert.Contains(rows, r => (r.State1, r.State2, r.Year) == (200, 260, 1973));
        Assert.Contains(rows, r => (r.State1, r.State2, r.Year) == (200, 260, 1985));
        Assert.DoesNotContain(rows, r => (r.State1, r.State2, r.Year) == (200, 260, 1977));
        Assert.DoesNotContain(rows, r => r.State1 == 200 && r.State2 == 260 && r.Year > 1990);
    }

    [Fact]
    public void DirectedDyadYears_SuspensionTowardsOnePartner_ClearsOnlyThatDirectionInTheYearsItCoversWhole()
    {
        var scenario = PactWithPolishSuspension("FRA", new Time.PartialDate(2001, 1, 1), new Time.PartialDate(2003, 6, 30));

        var rows = AtopTables.DirectedDyadYears(scenario, AtopVersion.V51).Where(r => r.Year <= 2004).ToDictionary(r => (r.State1, r.State2, r.Year), r => r.Obligations);

        // Poland is COW 290, France 220, Britain 200; 2003 is covered only to June, so Poland still owes France that year.
        var years = Enumerable.Range(2000, 4).ToList();
        Assert.Equal([AtopObligations.Defense, AtopObligations.None, AtopObligations.None, AtopObligations.Defense], years.Select(y => rows[(290, 220, y)]));
        Assert.All(years, y => Assert.Equal(AtopObligations.Defense, rows[(220, 290, y)]));
        Assert.All(years, y => Assert.Equal(AtopObligations.Defense, rows[(290, 200, y)]));
    }

    [Theory]
    [InlineData("FRA", "2001-07-01", "2003-12-31", "2002 2003")]
    [InlineData("FRA", "2001-01-01", "2001-12-31", "2001")]
    [InlineData("FRA", "2001-01-01", "2002-05-31", "2001")]
    [InlineData("FRA", "2001-03-01", "2002-03-31", "")]
    [InlineData("GBR", "2002-01-01", "2003-12-31", "2002 2003")]
    public void DirectedDyadYears_SuspensionTowardsOnePartner_ClearsTheYearsItCoversWhole(string partner, string from, string to, string cleared)
    {
        var scenario = PactWithPolishSuspension(partner, Time.PartialDate.Parse(from).AsT0, Time.PartialDate.Parse(to).AsT0);
        var cow = partner == "FRA" ? 220 : 200;

        var rows = AtopTables.DirectedDyadYears(scenario, AtopVersion.V51).ToDictionary(r => (r.State1, r.State2, r.Year), r => r.Obligations);

        var years = Enumerable.Range(2000, 5).ToList();
        Assert.Equal(
            cleared.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)),
            years.Where(y => rows[(290, cow, y)] == AtopObligations.None));
        Assert.All(years, y => Assert.Equal(AtopObligations.Defense, rows[(cow, 290, y)]));
    }

    [Fact]
    public void Tables_EveryAllianceTwiceUnderNewIds_SameDyadYearsAndStateYearsWithEachIdTwice()
    {
        // Each copy links the same pairs in the same years with the same obligations, so every dyad-year is made by at
        // least two alliances whose obligations meet in one row.
        static string Twice(string path)
        {
            var lines = File.ReadAllLines(path);
            var copy = lines.Skip(1).Where(line => line.Length > 0).Select(line =>
                (int.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture) + 10_000).ToString(CultureInfo.InvariantCulture) +
                line[line.IndexOf(',', StringComparison.Ordinal)..]);
            return string.Join("\n", lines.Concat(copy)) + "\n";
        }

        var import = AtopImporter.ImportFrom(
            new StringReader(Twice(AtopData.MembersV51)), "twice-m.csv", new StringReader(Twice(AtopData.AlliancesV51)), "twice-a.csv", AtopImportOptions.ForTables);

        Assert.Equal<AtopDirectedDyadYear>(DyadYears51, AtopTables.DirectedDyadYears(import).AsEnumerable());
        var states = AtopTables.StateYears(import);
        Assert.Equal(StateYears51.Length, states.Length);
        Assert.All(StateYears51.Zip(states), pair =>
        {
            var (once, twice) = pair;
            Assert.Equal((once.State, once.Year, once.Obligations, once.Transition), (twice.State, twice.Year, twice.Obligations, twice.Transition));
            Assert.Equal(once.AtopIds.Concat(once.AtopIds.Select(id => id + 10_000)), twice.AtopIds.AsEnumerable());
        });
    }

    [Fact]
    public void DirectedDyadYears_PairAlliedTwiceWithAGap_HasNoRowsInTheGapAndEachAlliancesObligations()
    {
        // Britain (200) and France (220): a defence pact 1900–1905 and a consultation pact 1903–1904 and 1910–1912.
        const string Members = """
            atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,version
            9001,200,1900,1,1,1905,6,1,0,1,0,0,0,0,5.1
            9001,220,1900,1,1,1905,6,1,0,1,0,0,0,0,5.1
            9002,200,1903,1,1,1904,6,1,0,0,0,0,0,1,5.1
            9002,220,1903,1,1,1904,6,1,0,0,0,0,0,1,5.1
            9003,200,1910,1,1,1912,6,1,0,0,0,0,0,1,5.1
            9003,220,1910,1,1,1912,6,1,0,0,0,0,0,1,5.1
            """;
        var import = AtopImporter.ImportFrom(new StringReader(Members), "members.csv", null, null, AtopImportOptions.ForTables);

        var rows = AtopTables.DirectedDyadYears(import);

        var both = AtopObligations.Defense | AtopObligations.Consultation;
        AtopObligations[] expected = [AtopObligations.Defense, AtopObligations.Defense, AtopObligations.Defense, both, both, AtopObligations.Defense];
        Assert.Equal(
            [.. expected.Select((o, i) => new AtopDirectedDyadYear(200, 220, 1900 + i, o)), .. Enumerable.Range(1910, 3).Select(y => new AtopDirectedDyadYear(200, 220, y, AtopObligations.Consultation)),
             .. expected.Select((o, i) => new AtopDirectedDyadYear(220, 200, 1900 + i, o)), .. Enumerable.Range(1910, 3).Select(y => new AtopDirectedDyadYear(220, 200, y, AtopObligations.Consultation))],
            rows.AsEnumerable());
    }

    [Fact]
    public void DirectedDyadYears_UnlistedMember_HasNoDyad()
    {
        var rows = AtopTables.DirectedDyadYears(_quirks.Value);

        Assert.DoesNotContain(rows, r => r.State1 == 220 && r.Year is >= 1874 and <= 1883);
    }

    [Fact]
    public void WriteStateYearsCsv_Rows_WritesEmptyCellsAfterTheLastAtopIdAndTheVersion()
    {
        AtopStateYear[] rows =
        [
            new(2, 1950, AtopObligations.Defense, true, [3000, 3100]),
            new(20, 1950, AtopObligations.Consultation | AtopObligations.NonAggression, false, [3000]),
        ];
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        AtopTables.WriteStateYearsCsv(rows, "5.1", writer);

        Assert.Equal(
            "state,year,atopally,defense,offense,neutral,nonagg,consul,number,transyr,atopid1,atopid2,version\r\n" +
            "2,1950,1,1,0,0,0,0,2,1,3000,3100,5.1\r\n" +
            "20,1950,1,0,0,0,1,1,1,0,3000,,5.1\r\n",
            writer.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("5,1")]
    [InlineData("\"5.1")]
    [InlineData(",5.1")]
    [InlineData("5.1\n")]
    public void WriteStateYearsCsv_VersionThatCannotBeACell_Throws(string version)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        Assert.ThrowsAny<ArgumentException>(() => AtopTables.WriteStateYearsCsv([], version, writer));
    }

    [Fact]
    public void WriteDirectedDyadYearsCsv_Rows_WritesHeaderAndFlags()
    {
        AtopDirectedDyadYear[] rows =
        [
            new(200, 380, 1855, AtopObligations.Defense | AtopObligations.Consultation),
            new(380, 200, 1855, AtopObligations.None),
            new(200, 255, 1856, AtopObligations.Offense),
            new(255, 200, 1856, AtopObligations.Neutral | AtopObligations.NonAggression),
        ];
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        AtopTables.WriteDirectedDyadYearsCsv(rows, writer);

        Assert.Equal(
            "ccode1,ccode2,year,defense,offense,neutral,nonagg,consul\r\n200,380,1855,1,0,0,0,1\r\n380,200,1855,0,0,0,0,0\r\n" +
            "200,255,1856,0,1,0,0,0\r\n255,200,1856,0,0,1,1,0\r\n",
            writer.ToString());
    }

    [Fact]
    public void WriteStateYearsCsv_RowLongerThanTheLineBuffer_IsWrittenWhole()
    {
        var ids = Enumerable.Range(1000, 300).ToImmutableArray();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        AtopTables.WriteStateYearsCsv([new AtopStateYear(2, 1950, AtopObligations.Defense, false, ids)], "5.1", writer);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal(["2", "1950", "1", "1", "0", "0", "0", "0", "300", "0", .. ids.Select(id => id.ToString(CultureInfo.InvariantCulture)), "5.1"], lines[1].Split(','));
        Assert.Equal(311, lines[0].Split(',').Length);
    }

    [Fact]
    public void StateYears_FailedImport_Throws()
    {
        var failed = AtopImporter.Import(DatasetFiles.Data("atop", "handmade", "empty.csv"));

        Assert.Throws<ArgumentException>(() => AtopTables.StateYears(failed));
        Assert.Throws<ArgumentException>(() => AtopTables.DirectedDyadYears(failed));
    }

    [Fact]
    public void StateYears_ScenarioWithoutAtopTreaties_IsEmpty()
    {
        var scenario = Model.BuiltIn.BuiltInScenarios.RussiaDprk2024;

        Assert.Empty(AtopTables.StateYears(scenario, new AtopVersion("test", new LocalDate(2025, 12, 31))));
        Assert.Empty(AtopTables.DirectedDyadYears(scenario, AtopVersion.V51));
    }

    /// <summary>
    /// A defence pact (ATOP 9100) of Britain, Poland and France signed 1999-06-01 and in force from 2000, in which Poland
    /// suspends its obligations towards <paramref name="partner"/> from <paramref name="from"/> to <paramref name="to"/>.
    /// </summary>
    private static Scenarios.Scenario PactWithPolishSuspension(string partner, Time.PartialDate from, Time.PartialDate to)
    {
        var evidence = Provenance.Evidence.Unsourced(Provenance.Confidence.Reported);
        Treaties.TreatyParty Party(string actor) => new(new Actors.ActorId(actor), new Treaties.Signature(new Time.PartialDate(1999, 6, 1), evidence));
        var poland = Party("POL") with
        {
            PartnerSuspensions = [new Treaties.PartnerSuspension(new Actors.ActorId(partner), new Time.DatePeriod(from, to), evidence)],
        };
        var treaty = new Treaties.Treaty(
            new Treaties.TreatyId("pact"), "Pact", [Party("GBR"), poland, Party("FRA")], new Treaties.RecordedRule(new Time.PartialDate(2000, 1, 1)), evidence,
            clauses: [new Treaties.MutualDefenceClause(new Treaties.ClauseId("art1"), Treaties.DefenceTrigger.ArmedAttack, Treaties.DefenceResponse.ImmediateMilitaryAssistance)],
            externalReferences: [new Provenance.ExternalReference("ATOP", "9100")]);
        return new Scenarios.ScenarioBuilder("Pact").AddStates("GBR", "POL", "FRA").AddTreaty(treaty).Build().AsT0;
    }
}
