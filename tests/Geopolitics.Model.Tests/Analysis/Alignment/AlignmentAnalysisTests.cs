using CsCheck;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Partnership.PartnershipExamples;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Alignment;

public class AlignmentAnalysisTests
{
    private const double Precision = 1e-9;
    private readonly AlignmentAnalysis _seed = new(SeedLike());
    private static readonly StanceTarget Issue = new IssueTarget("Kursk offensive");

    private static StanceSimilarity Stances(AlignmentAnalysis analyzer, ActorId first, ActorId second, LocalDate day, Confidence minimum = Confidence.Reported) =>
        Ok(analyzer.CompareStances(first, second, day, minimum));

    /// <summary>The US–Korea pact since 1954, and a US–Japan pact in force from a day of December 2024 not known.</summary>
    internal static Scenario TieInForceFromAMonth() => Build(b => b
        .AddTreaty(Treaty("usa-kor", Usa, Kor, Day(1954, 11, 17), mutualDefence: true))
        .AddTreaty(Treaty("usa-jpn", Usa, Jpn, Day(2024, 1, 1), Month(2024, 12), mutualDefence: true)));

    private static Scenario WithStances(params Stance[] stances) => Build(b =>
    {
        foreach (var stance in stances)
        {
            b.AddStance(stance);
        }
    });

    // --- The seed answer (DOMAIN.md section 4) on the built-in scenario ---

    [Fact]
    public void Blocs_BuiltInSeedAtDefaultMinimum_UsKoreaJapanAndRussiaDprkChinaInNeither()
    {
        var blocs = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Blocs(On(2024, 11, 30));

        Assert.Equal(["{JPN, KOR, USA}", "{PRK, RUS}"], blocs.Blocs.Select(b => b.ToString()));
        Assert.Null(blocs.BlocOf(Chn));
    }

    [Fact]
    public void Blocs_BuiltInSeedAdmittingAssessed_UsKoreaJapanAndRussiaDprkChinaInNeither()
    {
        var blocs = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).Blocs(On(2024, 11, 30), Confidence.Assessed);

        Assert.Equal(["{JPN, KOR, USA}", "{PRK, RUS}"], blocs.Blocs.Select(b => b.ToString()));
        Assert.Null(blocs.BlocOf(Chn));
        Assert.Equal(Truth.False, blocs.LinkBetween(Chn, Prk)!.Linked);
        Assert.Equal(Truth.True, blocs.LinkBetween(Chn, Jpn)!.Conflict);
    }

    [Theory]
    [InlineData(2024, 11, 30)]
    [InlineData(2025, 1, 1)]
    public void Blocs_Seed_UsKoreaJapanAndRussiaDprkChinaInNeither(int year, int month, int day)
    {
        var blocs = _seed.Blocs(On(year, month, day));

        Assert.Equal(2, blocs.Blocs.Length);
        Assert.Equal<ActorId>([Jpn, Kor, Usa], blocs.Blocs[0].Members);
        Assert.Equal<ActorId>([Prk, Rus], blocs.Blocs[1].Members);
        Assert.Null(blocs.BlocOf(Chn));
        Assert.Contains(Chn, blocs.Unaligned);
        Assert.True(blocs.Blocs.All(b => b.IsClique));
        Assert.Equal($"Blocs on {year:D4}-{month:D2}-{day:D2} (threshold 0.5): {{JPN, KOR, USA}} {{PRK, RUS}}", blocs.ToString());
    }

    [Fact]
    public void Blocs_Seed_ChinaAndDprkTiedButStanceDisagreementOutweighs()
    {
        var link = _seed.Blocs(On(2024, 11, 30)).LinkBetween(Prk, Chn)!;

        Assert.Equal(AlignmentBasis.Stances, link.Basis);
        Assert.Equal(-1.0 / 3.0, link.Score!.Value, Precision);
        Assert.Equal(Truth.False, link.Linked);
        Assert.Equal(1.0, Ok(_seed.ComparePortfolios(Chn, Prk, On(2024, 11, 30))).Score!.Value, Precision);
    }

    [Fact]
    public void Blocs_Seed_ChinaAndJapanAgreeButChinaDefendsWhatJapanOpposes()
    {
        var link = _seed.Blocs(On(2024, 11, 30)).LinkBetween(Chn, Jpn)!;

        Assert.Equal(1.0, link.Score!.Value, Precision);
        Assert.Equal(Truth.True, link.Conflict);
        Assert.Equal(Truth.False, link.Linked);
        Assert.EndsWith(
            "conflict: CHN is tied to PRK (chn-prk-1961) and JPN is negative on actors PRK+RUS, treaty rus-prk-2024, transfer prk-rus-shells",
            link.Reason,
            StringComparison.Ordinal);
        Assert.Contains(link.Facts, f => f.Id == "chn-prk-1961/art2");
        Assert.Contains(link.Facts, f => f.Id == "jpn-concerned-rus-prk");
    }

    [Fact]
    public void Blocs_Seed_ListsLinkFacts()
    {
        var blocs = _seed.Blocs(On(2024, 11, 30));

        var usaKor = blocs.LinkBetween(Usa, Kor)!;
        Assert.Equal(Truth.True, usaKor.Linked);
        Assert.Equal(["kor-condemns-shells", "kor-condemns-treaty", "usa-condemns-shells", "usa-condemns-treaty"], Ids(usaKor.Facts).Order());
        Assert.Contains(blocs.Facts, f => f.Kind == FactKind.Stance && f.Id == "rus-endorses-partnership");
        Assert.Null(blocs.LinkBetween(Chn, Usa));
        Assert.Empty(blocs.PossibleLinks);
    }

    [Fact]
    public void Blocs_HigherThreshold_BlocThroughAMemberIsNotAClique()
    {
        var blocs = _seed.Blocs(On(2024, 11, 30), threshold: 0.8);

        var bloc = blocs.BlocOf(Usa)!;
        Assert.Equal<ActorId>([Jpn, Kor, Usa], bloc.Members);
        Assert.False(bloc.IsClique);
        Assert.Equal(Truth.False, blocs.LinkBetween(Jpn, Kor)!.Linked);
        Assert.Equal(1.0, bloc.WeakestScore, Precision);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1.01)]
    [InlineData(double.NaN)]
    public void Blocs_ThresholdOutsideScoreRange_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _seed.Blocs(On(2024, 11, 30), threshold: threshold));
    }

    // --- BlocMembers: the members of Blocs' blocs, decided by the same rule ---

    [Fact]
    public void BlocMembers_BuiltInScenarioOn20241130_UsKoreaJapanAndRussiaDprk()
    {
        var members = new AlignmentAnalysis(BuiltInScenarios.RussiaDprk2024).BlocMembers(On(2024, 11, 30));

        Assert.Equal(2, members.Length);
        Assert.Equal<ActorId>([Jpn, Kor, Usa], members[0]);
        Assert.Equal<ActorId>([Prk, Rus], members[1]);
    }

    [Fact]
    public void BlocMembers_HigherThreshold_SameMembersAsBlocs()
    {
        var members = _seed.BlocMembers(On(2024, 11, 30), threshold: 0.8);

        Assert.Equal<ActorId>([Jpn, Kor, Usa], Assert.Single(members, m => m.Contains(Usa)));
        Assert.Equal(_seed.Blocs(On(2024, 11, 30), threshold: 0.8).Blocs.Select(b => b.Members), members);
    }

    [Fact]
    public void BlocMembers_TieKnownOnlyToTheMonth_OnlyCertainLinksJoin()
    {
        var members = new AlignmentAnalysis(TieInForceFromAMonth()).BlocMembers(On(2024, 12, 15));

        Assert.Equal<ActorId>([Kor, Usa], Assert.Single(members));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void BlocMembers_ThresholdOutsideScoreRange_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _seed.BlocMembers(On(2024, 11, 30), threshold: threshold));
    }

    [Fact]
    public void BlocMembers_RandomScenarios_MembersOfBlocs() =>
        Gen.Select(ModelGen.Scenarios, ModelGen.ScenarioDays, ModelGen.MinimumConfidences, Thresholds).Sample(AssertSameMembers, iter: 100);

    [Fact]
    public void BlocMembers_RandomStancesAndPacts_MembersOfBlocs() =>
        Gen.Select(ModelGen.ScenarioSeed.Select(StancesAndPacts), Gen.Int[0, 60].Select(days => On(2020, 1, 1).PlusMonths(days)), ModelGen.MinimumConfidences, Thresholds)
            .Sample(AssertSameMembers, iter: 200);

    [Fact]
    public void Blocs_RandomStancesAndPacts_LinksReadFromManyThreadsEqualLink() =>
        Gen.Select(ModelGen.ScenarioSeed.Select(StancesAndPacts), Gen.Int[0, 60].Select(days => On(2020, 1, 1).PlusMonths(days)), ModelGen.MinimumConfidences, Thresholds)
            .Sample(AssertLinksAsLink, iter: 60);

    /// <summary>
    /// Each link of a bloc answer, its reason and facts read first from many threads at once (made when first read), equals
    /// the link <see cref="AlignmentAnalysis.Link"/> of another analyzer gives for the same pair: score, conflict, answer,
    /// reason and facts.
    /// </summary>
    private static void AssertLinksAsLink(Scenario scenario, LocalDate day, Confidence minimum, double threshold)
    {
        var links = new AlignmentAnalysis(scenario).Blocs(day, minimum, threshold).Links;
        var alone = new AlignmentAnalysis(scenario);
        var expected = links.Select(l => Ok(alone.Link(l.First, l.Second, day, minimum, threshold))).ToList();

        var read = new (string Reason, FactReference[] Facts)[links.Length * 4];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var link = links[links.Length - 1 - (i % links.Length)];
            read[i] = (link.Reason, [.. link.Facts]);
        });

        for (var i = 0; i < read.Length; i++)
        {
            var k = links.Length - 1 - (i % links.Length);
            Assert.Equal(expected[k].Reason, read[i].Reason);
            Assert.Equal(expected[k].Facts, read[i].Facts);
        }

        Assert.Equal(expected, links);
    }

    private static Gen<double> Thresholds { get; } = Gen.Frequency(
        (3, Gen.Double[-1.0, 1.0]),
        (2, ModelGen.OneOf(-1.0, 0.0, AlignmentAnalysis.DefaultThreshold, 1.0 / 3.0, 1.0)));

    private static void AssertSameMembers(Scenario scenario, LocalDate day, Confidence minimum, double threshold)
    {
        var analyzer = new AlignmentAnalysis(scenario);

        var expected = analyzer.Blocs(day, minimum, threshold).Blocs.Select(b => b.Members);

        Assert.Equal(expected, analyzer.BlocMembers(day, minimum, threshold));
    }

    /// <summary>
    /// A scenario dense in what alignment reads: up to 40 stances of the seed states and two agencies (on states, pairs,
    /// issues and treaties; dated to the day, month or year around 2020–2025; of every confidence) and up to three
    /// mutual-defence treaties, some entering into force on a date known only to the month.
    /// </summary>
    private static Scenario StancesAndPacts(int seed)
    {
        var random = new Random(seed);
        ActorId[] states = [Rus, Prk, Kor, Jpn, Chn, Usa, Ukr];
        ActorId[] holders = [.. states, KorNis, UsaDod];
        StanceTarget[] issues = [new IssueTarget("Kursk offensive"), new IssueTarget("Sanctions on the DPRK")];
        PartialDate Date() => random.Next(3) switch
        {
            0 => new PartialDate(random.Next(2019, 2026)),
            1 => Month(random.Next(2019, 2026), random.Next(1, 13)),
            _ => Day(random.Next(2019, 2026), random.Next(1, 13), random.Next(1, 29)),
        };

        return Build(b =>
        {
            var treaties = new List<TreatyId>();
            for (var i = 0; i < random.Next(4); i++)
            {
                var first = states[random.Next(states.Length)];
                var second = states.Where(s => s != first).ElementAt(random.Next(states.Length - 1));
                var signed = Date();
                b.AddTreaty(Treaty($"pact-{i}", first, second, signed, random.Next(2) == 0 ? signed : Month(signed.Year + 1, random.Next(1, 13)), mutualDefence: true));
                treaties.Add(new TreatyId($"pact-{i}"));
            }

            for (var i = 0; i < random.Next(41); i++)
            {
                var holder = holders[random.Next(holders.Length)];
                var others = states.Where(s => s != holder).ToArray();
                var named = others[random.Next(others.Length)];
                var alsoNamed = states.Where(s => s != named).ElementAt(random.Next(states.Length - 1));
                StanceTarget target = random.Next(5) switch
                {
                    0 or 1 => TargetActor(named),
                    2 => Pair(named, alsoNamed),
                    3 when treaties.Count > 0 => TargetTreaty(treaties[random.Next(treaties.Count)]),
                    _ => issues[random.Next(issues.Length)],
                };
                b.AddStance(Stance($"s{i}", holder, target, (StancePosition)random.Next(-3, 4), Date(), (Confidence)random.Next(1, 6)));
            }
        });
    }

    // --- Stance similarity ---

    [Fact]
    public void CompareStances_SamePositionsOnSameTargets_ScoreOne()
    {
        var similarity = Stances(_seed, Usa, Kor, On(2024, 11, 30));

        Assert.Equal(1.0, similarity.Score!.Value, Precision);
        Assert.Equal(2, similarity.CommonTargets);
    }

    [Fact]
    public void CompareStances_CondemnsAgainstEndorses_ScoreMinusOne()
    {
        var similarity = Stances(_seed, Usa, Rus, On(2024, 11, 30));

        var comparison = Assert.Single(similarity.Comparisons);
        Assert.Equal(new TreatyTarget(RusPrkTreaty), comparison.Target);
        Assert.Equal(6, comparison.Distance);
        Assert.Equal(-1.0, similarity.Score!.Value, Precision);
        Assert.Equal("treaty rus-prk-2024: -3 vs +3", comparison.ToString());
    }

    [Fact]
    public void CompareStances_KoreaJapan_SignorinoRitterOverThreeTargets()
    {
        var similarity = Stances(_seed, Kor, Jpn, On(2024, 11, 30));

        // |−3 − (−1)| = 2 on the collaboration, 0 on the treaty and the shells: 1 − 2·2/(6·3).
        Assert.Equal(1.0 - (4.0 / 18.0), similarity.Score!.Value, Precision);
        Assert.Equal(3, similarity.CommonTargets);
    }

    [Fact]
    public void CompareStances_NoCommonTarget_NoScore()
    {
        var similarity = Stances(_seed, Chn, Usa, On(2024, 11, 30));

        Assert.Null(similarity.Score);
        Assert.Empty(similarity.Comparisons);
        Assert.Equal("CHN–USA stances on 2024-11-30: no common target", similarity.ToString());
    }

    [Fact]
    public void CompareStances_BeforeAnyStance_NoCommonTarget()
    {
        Assert.Null(Stances(_seed, Usa, Kor, On(2024, 6, 23)).Score);
    }

    [Fact]
    public void CompareStances_SeveralStancesOnATarget_LatestUpToTheDayCounts()
    {
        var scenario = WithStances(
            Stance("kor-1", Kor, Issue, StancePosition.Supports, Day(2020, 1, 1)),
            Stance("kor-2", Kor, Issue, StancePosition.Opposes, Day(2021, 1, 1)),
            Stance("kor-3", Kor, Issue, StancePosition.Endorses, Day(2030, 1, 1)),
            Stance("jpn-1", Jpn, Issue, StancePosition.Opposes, Day(2019, 1, 1)));
        var analyzer = new AlignmentAnalysis(scenario);

        var early = Stances(analyzer, Kor, Jpn, On(2020, 6, 1));
        var late = Stances(analyzer, Kor, Jpn, On(2022, 6, 1));

        Assert.Equal(1.0 - (2.0 * 4 / 6), early.Score!.Value, Precision);
        Assert.Equal("kor-1", early.Comparisons[0].FirstStance.Id);
        Assert.Equal(1.0, late.Score!.Value, Precision);
        Assert.Equal("kor-2", late.Comparisons[0].FirstStance.Id);
    }

    [Fact]
    public void CompareStances_GroupTargetInEitherOrder_SameTarget()
    {
        var scenario = WithStances(
            Stance("a", Kor, new ActorsTarget([Rus, Prk]), StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("b", Jpn, new ActorsTarget([Prk, Rus]), StancePosition.Opposes, Day(2024, 1, 1)));

        var similarity = Stances(new AlignmentAnalysis(scenario), Kor, Jpn, On(2024, 2, 1));

        Assert.Equal(1.0 - (2.0 / 6.0), similarity.Score!.Value, Precision);
    }

    [Fact]
    public void CompareStances_GroupAndItsMember_DifferentTargets()
    {
        var scenario = WithStances(
            Stance("a", Kor, new ActorsTarget([Rus, Prk]), StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("b", Jpn, new ActorTarget(Prk), StancePosition.Condemns, Day(2024, 1, 1)));

        Assert.Null(Stances(new AlignmentAnalysis(scenario), Kor, Jpn, On(2024, 2, 1)).Score);
    }

    [Fact]
    public void CompareStances_StanceKnownToTheMonth_UndecidedWithinIt()
    {
        var scenario = WithStances(
            Stance("a", Kor, Issue, StancePosition.Condemns, Month(2024, 6)),
            Stance("b", Jpn, Issue, StancePosition.Condemns, Day(2024, 1, 1)));
        var analyzer = new AlignmentAnalysis(scenario);

        var within = Stances(analyzer, Kor, Jpn, On(2024, 6, 15));
        var after = Stances(analyzer, Kor, Jpn, On(2024, 6, 30));

        Assert.Null(within.Score);
        Assert.Equal<StanceTarget>([Issue], within.UndecidedTargets);
        Assert.Equal(1.0, after.Score!.Value, Precision);
        Assert.Empty(after.UndecidedTargets);
    }

    [Fact]
    public void CompareStances_LaterStanceKnownOnlyToTheMonth_UndecidedUntilTheMonthEnds()
    {
        var scenario = WithStances(
            Stance("a1", Kor, Issue, StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("a2", Kor, Issue, StancePosition.Supports, Month(2024, 6)),
            Stance("b", Jpn, Issue, StancePosition.Condemns, Day(2024, 1, 1)));
        var analyzer = new AlignmentAnalysis(scenario);

        Assert.Equal<StanceTarget>([Issue], Stances(analyzer, Kor, Jpn, On(2024, 6, 10)).UndecidedTargets);
        Assert.Equal(1.0 - (2.0 * 5 / 6), Stances(analyzer, Kor, Jpn, On(2024, 7, 1)).Score!.Value, Precision);
    }

    [Theory]
    [InlineData(StancePosition.Condemns, true)]
    [InlineData(StancePosition.Supports, false)]
    public void CompareStances_TwoStancesOnTheSameDay_DecidedOnlyWhenTheyAgree(StancePosition second, bool decided)
    {
        var scenario = WithStances(
            Stance("a1", Kor, Issue, StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("a2", Kor, Issue, second, Day(2024, 1, 1)),
            Stance("b", Jpn, Issue, StancePosition.Condemns, Day(2024, 1, 1)));

        var similarity = Stances(new AlignmentAnalysis(scenario), Kor, Jpn, On(2024, 2, 1));

        Assert.Equal(decided, similarity.Score is not null);
        Assert.Equal(!decided, similarity.UndecidedTargets.Contains(Issue));
    }

    [Fact]
    public void CompareStances_AllegedStance_IgnoredUnlessAdmitted()
    {
        var scenario = WithStances(
            Stance("a", Kor, Issue, StancePosition.Condemns, Day(2024, 1, 1), Confidence.Alleged),
            Stance("b", Jpn, Issue, StancePosition.Condemns, Day(2024, 1, 1)));
        var analyzer = new AlignmentAnalysis(scenario);

        var strict = Stances(analyzer, Kor, Jpn, On(2024, 2, 1));
        var loose = Stances(analyzer, Kor, Jpn, On(2024, 2, 1), Confidence.Alleged);

        Assert.Null(strict.Score);
        Assert.Equal(["a"], Ids(strict.IgnoredFacts));
        Assert.Equal(1.0, loose.Score!.Value, Precision);
        Assert.Empty(loose.IgnoredFacts);
    }

    [Fact]
    public void CompareStances_AgencyHolderAndAgencyInQuery_CountAsPrincipal()
    {
        var similarity = Stances(_seed, KorNis, Jpn, On(2024, 11, 30));

        Assert.Equal(Kor, similarity.First);
        Assert.Contains(similarity.Comparisons, c => c.FirstStance.Id == "kor-condemns-rus-prk");
    }

    [Fact]
    public void CompareStances_AgencyAndItsPrincipal_ReturnsSameActorError()
    {
        var result = _seed.CompareStances(KorNis, Kor, On(2024, 11, 30));

        Assert.Equal(ErrorCodes.AlignmentSameActor, Assert.IsType<ModelError>(result.Value).Code);
    }

    [Fact]
    public void CompareStances_UnknownActor_ReturnsUnknownActorError()
    {
        var result = _seed.CompareStances(Kor, new ActorId("IRN"), On(2024, 11, 30));

        var error = Assert.IsType<ModelError>(result.Value);
        Assert.Equal(ErrorCodes.AlignmentUnknownActor, error.Code);
        Assert.Equal("second", error.Location.Path?.ToString());
    }

    [Fact]
    public void CompareStances_TwoKnownActors_NoError()
    {
        Assert.IsType<StanceSimilarity>(_seed.CompareStances(Kor, Jpn, On(2024, 11, 30)).Value);
    }

    // --- Defence-tie portfolios ---

    [Fact]
    public void ComparePortfolios_UsaKorea_OneDifferenceOverEightActors()
    {
        var similarity = Ok(_seed.ComparePortfolios(Usa, Kor, On(2024, 11, 30)));

        Assert.Equal(8, similarity.Entries.Length);
        Assert.Equal(1.0 - (2.0 / 8.0), similarity.Score!.Value, Precision);
        var japan = Assert.Single(similarity.Entries, e => e.Differs.IsTrue);
        Assert.Equal("JPN: 1/0", japan.ToString());
        Assert.Contains(similarity.Facts, f => f.Id == "usa-kor-1953/art3");
        Assert.Equal("USA–KOR defence ties on 2024-11-30: S = 0.750 over 8 actors", similarity.ToString());
    }

    [Fact]
    public void ComparePortfolios_RussiaDprkBeforeAndAfterEntryIntoForce_TieCounts()
    {
        var before = Ok(_seed.ComparePortfolios(Rus, Prk, On(2024, 12, 3)));
        var after = Ok(_seed.ComparePortfolios(Rus, Prk, On(2024, 12, 4)));

        // Before: RUS's vector has itself only; PRK's has itself and CHN. After, each has the other too.
        Assert.Equal(1.0 - (2.0 * 3 / 8), before.Score!.Value, Precision);
        Assert.Equal(1.0 - (2.0 * 1 / 8), after.Score!.Value, Precision);
    }

    [Fact]
    public void ComparePortfolios_EntryIntoForceKnownToTheMonth_ScoreIsARange()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Usa, Kor, Day(2024, 1, 1), Month(2024, 6), mutualDefence: true)));

        var similarity = Ok(new AlignmentAnalysis(scenario).ComparePortfolios(Usa, Kor, On(2024, 6, 15)));

        Assert.False(similarity.IsCertain);
        Assert.Null(similarity.Score);
        Assert.Equal(1.0 - (2.0 * 2 / 8), similarity.Low, Precision);
        Assert.Equal(1.0, similarity.High, Precision);
    }

    [Fact]
    public void ComparePortfolios_UnknownActor_ReturnsError()
    {
        Assert.Equal(ErrorCodes.AlignmentUnknownActor, Assert.IsType<ModelError>(_seed.ComparePortfolios(new ActorId("IRN"), Kor, On(2024, 11, 30)).Value).Code);
    }

    // --- Links on portfolios ---

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(0.6, false)]
    public void Link_NoCommonTargetButSharedAlly_PortfolioDecides(double threshold, bool linked)
    {
        var scenario = Build(b => b
            .AddTreaty(Treaty("usa-kor", Usa, Kor, Day(1954, 11, 17), mutualDefence: true))
            .AddTreaty(Treaty("usa-jpn", Usa, Jpn, Day(1960, 6, 23), mutualDefence: true)));

        var link = Ok(new AlignmentAnalysis(scenario).Link(Kor, Jpn, On(2024, 1, 1), threshold: threshold));

        Assert.Equal(AlignmentBasis.Portfolio, link.Basis);
        Assert.Equal(0.5, link.Score!.Value, Precision);
        Assert.Equal(Truth.From(linked), link.Linked);
    }

    [Fact]
    public void Link_AgreeOnAnIssueButOneOpposesTheOther_Conflict()
    {
        var scenario = WithStances(
            Stance("a", Kor, Issue, StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("b", Jpn, Issue, StancePosition.Condemns, Day(2024, 1, 1)),
            Stance("c", Jpn, TargetActor(Kor), StancePosition.Concerned, Day(2024, 1, 1)));

        var link = Ok(new AlignmentAnalysis(scenario).Link(Kor, Jpn, On(2024, 2, 1)));

        Assert.Equal(1.0, link.Score!.Value, Precision);
        Assert.Equal(Truth.True, link.Conflict);
        Assert.Equal(Truth.False, link.Linked);
        Assert.EndsWith("conflict: JPN is negative on actor KOR, naming KOR", link.Reason, StringComparison.Ordinal);
        Assert.Contains("c", Ids(link.Facts));
    }

    [Fact]
    public void Link_AlliesOneConcernedAboutTheOther_TieDoesNotLinkThem()
    {
        var scenario = Build(b => b
            .AddTreaty(Treaty("chn-prk", Chn, Prk, Day(1961, 9, 10), mutualDefence: true))
            .AddStance(Stance("chn-uneasy", Chn, TargetActor(Prk), StancePosition.Concerned, new PartialDate(2024))));

        var link = Ok(new AlignmentAnalysis(scenario).Link(Chn, Prk, On(2024, 12, 31)));

        Assert.Equal(AlignmentBasis.Portfolio, link.Basis);
        Assert.Equal(1.0, link.Score!.Value, Precision);
        Assert.Equal(Truth.True, link.Conflict);
        Assert.Equal(Truth.False, link.Linked);
    }

    [Fact]
    public void Link_OppositionKnownOnlyToTheYear_LinkUnknownWithinIt()
    {
        var scenario = Build(b => b
            .AddTreaty(Treaty("chn-prk", Chn, Prk, Day(1961, 9, 10), mutualDefence: true))
            .AddStance(Stance("chn-uneasy", Chn, TargetActor(Prk), StancePosition.Concerned, new PartialDate(2024))));

        var link = Ok(new AlignmentAnalysis(scenario).Link(Chn, Prk, On(2024, 6, 1)));

        Assert.Equal(Truth.Unknown, link.Conflict);
        Assert.Equal(Truth.Unknown, link.Linked);
        Assert.Contains("possible conflict", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_NothingShared_NoBasis()
    {
        var link = Ok(_seed.Link(Ukr, Unsc, On(2024, 11, 30)));

        Assert.Equal(AlignmentBasis.None, link.Basis);
        Assert.Null(link.Score);
        Assert.Equal(Truth.False, link.Linked);
    }

    [Fact]
    public void Blocs_TieKnownOnlyToTheMonth_PossibleLinksListed()
    {
        var blocs = new AlignmentAnalysis(TieInForceFromAMonth()).Blocs(On(2024, 12, 15));

        Assert.Equal<ActorId>([Kor, Usa], Assert.Single(blocs.Blocs).Members);
        Assert.Contains(blocs.PossibleLinks, l => l.First == Jpn && l.Second == Usa);
        Assert.Equal(Truth.Unknown, blocs.LinkBetween(Jpn, Usa)!.Linked);
    }
}
