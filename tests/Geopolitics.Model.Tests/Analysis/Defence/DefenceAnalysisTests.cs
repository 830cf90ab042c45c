using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Defence.DefenceExamples;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Defence;

public class DefenceAnalysisTests
{
    private static readonly LocalDate Day2010 = On(2010, 1, 1);

    private static DefenceObligation Single(IEnumerable<DefenceObligation> obligations, ActorId guarantor) =>
        Assert.Single(obligations, o => o.Guarantor == guarantor);

    // --- The seed answers (DOMAIN.md section 4), on the seed treaties built in code ---

    [Fact]
    public void Defenders_PrkOn20250101_RusAndChn()
    {
        var answer = SeedObligations().Defenders(Prk, On(2025, 1, 1)).Answer();

        Assert.Equal<ActorId>([Chn, Rus], answer.Defenders);
        Assert.Equal<ActorId>([Chn, Rus], answer.CertainDefenders);
        Assert.Empty(answer.RuledOut);
        var russia = Single(answer.Obligations, Rus);
        Assert.Equal(RusPrk2024, russia.Treaty);
        Assert.Equal(new ClauseId("art4"), russia.Clause.Id);
        Assert.Equal(DefenceTrigger.StateOfWar, russia.Trigger);
        Assert.Equal(DefenceResponse.ImmediateMilitaryAssistance, russia.Response);
        Assert.False(russia.IsConditional);
        Assert.Equal(Truth.True, russia.Applies);
        Assert.Equal(DefenceConditionKind.InForce, Assert.Single(russia.Conditions).Kind);
        Assert.Equal(ChnPrk1961, Single(answer.Obligations, Chn).Treaty);
    }

    [Fact]
    public void Defenders_PrkOn20241130_ChnOnlyRussiaRuledOutNotYetInForce()
    {
        var answer = SeedObligations().Defenders(Prk, On(2024, 11, 30)).Answer();

        Assert.Equal<ActorId>([Chn], answer.Defenders);
        var russia = Single(answer.RuledOut, Rus);
        Assert.Equal(Truth.False, russia.Applies);
        var inForce = Assert.Single(russia.FailedConditions);
        Assert.Equal(DefenceConditionKind.InForce, inForce.Kind);
        Assert.Contains("ConsentGiven", inForce.Reason, StringComparison.Ordinal);
        Assert.Contains("2024-12-04", inForce.Reason, StringComparison.Ordinal);
        Assert.Equal(Truth.False, answer.MustDefend(Rus));
        Assert.Equal(Truth.True, answer.MustDefend(Chn));
    }

    [Fact]
    public void Defenders_RusOn20250101_Prk()
    {
        var answer = SeedObligations().Defenders(Rus, On(2025, 1, 1)).Answer();

        Assert.Equal<ActorId>([Prk], answer.Defenders);
        Assert.Equal(new PlaceId("RUS"), answer.Place?.Id);
        Assert.True(answer.PlaceIsHomeTerritory);
    }

    [Fact]
    public void Defenders_Kor_UsaWithScopeHolding()
    {
        var answer = SeedObligations().Defenders(Kor, On(2025, 1, 1)).Answer();

        var usa = Single(answer.Obligations, Usa);
        Assert.Equal<ActorId>([Usa], answer.Defenders);
        Assert.Equal(Truth.True, usa.Applies);
        Assert.True(usa.IsConditional);
        Assert.Equal(Truth.True, usa.Condition(DefenceConditionKind.GeographicScope)?.Holds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Okinawa")]
    [InlineData("JPN")]
    public void Defenders_JapanAttackedOnItsTerritory_Usa(string? location)
    {
        var answer = SeedObligations().Defenders(Jpn, On(2025, 1, 1), location: location).Answer();

        Assert.Equal<ActorId>([Usa], answer.Defenders);
        Assert.Equal<ActorId>([Usa], answer.CertainDefenders);
        Assert.Equal(location is null, answer.PlaceIsHomeTerritory);
    }

    [Fact]
    public void Defenders_UsaAttackedOnGuam_KorNotJpn()
    {
        var answer = SeedObligations().Defenders(Usa, On(2025, 1, 1), location: "Guam").Answer();

        Assert.Equal<ActorId>([Kor], answer.Defenders);
        Assert.Equal(Truth.True, answer.MustDefend(Kor));
        Assert.Equal(Truth.False, answer.MustDefend(Jpn));
        var japan = Single(answer.RuledOut, Jpn);
        Assert.Equal(UsaJpn1960, japan.Treaty);
        var failed = Assert.Single(japan.FailedConditions);
        Assert.Equal(DefenceConditionKind.GeographicScope, failed.Kind);
        Assert.Contains("administered by USA, not by JPN", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(Truth.True, japan.Condition(DefenceConditionKind.InForce)?.Holds);
    }

    [Fact]
    public void Defenders_UsaOnHomeTerritory_KoreaUnknownBecauseUsaLiesPartlyInPacific()
    {
        var answer = SeedObligations().Defenders(Usa, On(2025, 1, 1)).Answer();

        var korea = Single(answer.Obligations, Kor);
        Assert.Equal(Truth.Unknown, korea.Applies);
        Assert.Empty(answer.CertainDefenders);
        var open = Assert.Single(korea.OpenConditions);
        Assert.Equal(DefenceConditionKind.GeographicScope, open.Kind);
        Assert.Contains("partly in PACIFIC", open.Reason, StringComparison.Ordinal);
        Single(answer.RuledOut, Jpn);
    }

    // --- The seed answers against the built-in scenario ---

    public static TheoryData<string, int, int, int, string?, string[], string[]> BuiltInSeedAnswers => new()
    {
        { "PRK", 2025, 1, 1, null, ["CHN", "RUS"], [] },
        { "PRK", 2024, 11, 30, null, ["CHN"], ["RUS"] },
        { "RUS", 2025, 1, 1, null, ["PRK"], [] },
        { "KOR", 2025, 1, 1, null, ["USA"], [] },
        { "JPN", 2025, 1, 1, null, ["USA"], [] },
        { "USA", 2025, 1, 1, "Guam", ["KOR"], ["JPN"] },
    };

    [Theory]
    [MemberData(nameof(BuiltInSeedAnswers))]
    public void Defenders_BuiltInSeedScenario_AnswersOfDomainSection4(string victim, int year, int month, int day, string? location, string[] defenders, string[] ruledOut)
    {
        var answer = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(new ActorId(victim), On(year, month, day), location: location).Answer();

        Assert.Equal(defenders, answer.CertainDefenders.Select(a => a.Value));
        Assert.Equal(defenders, answer.Defenders.Select(a => a.Value));
        Assert.Equal(ruledOut, answer.RuledOut.Select(o => o.Guarantor.Value).Distinct().Order());
        Assert.NotEmpty(answer.Facts);
    }

    // --- Adversary conditions ---

    [Theory]
    [InlineData("CHN", "true")]
    [InlineData("RUS", "false")]
    [InlineData(null, "unknown")]
    public void Defenders_ClauseAgainstOneAdversary_DependsOnAttacker(string? attacker, string expected)
    {
        var clause = Clause(conditions: new ClauseConditions(adversaries: [Chn]));
        var obligations = Analyse(DefenceTreaty("usa-jpn-x", [Usa, Jpn], clause));

        var answer = obligations.Defenders(Jpn, Day2010, attacker is null ? null : new ActorId(attacker)).Answer();

        var usa = Single(answer.Obligations.Concat(answer.RuledOut), Usa);
        Assert.Equal(expected, usa.Applies.ToString());
        Assert.Equal(expected, usa.Condition(DefenceConditionKind.Adversary)?.Holds.ToString());
        Assert.Equal(expected == "false", answer.RuledOut.Contains(usa));
    }

    // --- One-way guarantees and several treaties ---

    [Fact]
    public void Defenders_OneWayGuarantee_OnlyTheBeneficiaryIsDefended()
    {
        var obligations = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], Clause(guarantors: [Gbr], beneficiaries: [Pol])));

        var poland = obligations.Defenders(Pol, Day2010).Answer();
        var britain = obligations.Defenders(Gbr, Day2010).Answer();

        Assert.Equal<ActorId>([Gbr], poland.Defenders);
        Assert.Empty(britain.Obligations);
        Assert.Empty(britain.RuledOut);
        Assert.Equal(Truth.False, britain.MustDefend(Pol));
    }

    [Fact]
    public void Defenders_SameGuarantorUnderTwoTreaties_ListsBothOnce()
    {
        var obligations = Analyse(
            DefenceTreaty("gbr-pol-a", [Gbr, Pol], Clause()),
            DefenceTreaty("gbr-pol-b", [Gbr, Pol], Clause("art2")));

        var answer = obligations.Defenders(Pol, Day2010).Answer();

        Assert.Equal(["gbr-pol-a", "gbr-pol-b"], answer.Obligations.Select(o => o.Treaty.Value));
        Assert.All(answer.Obligations, o => Assert.Equal(Gbr, o.Guarantor));
        Assert.Equal<ActorId>([Gbr], answer.Defenders);
    }

    // --- In force: withdrawal and partial dates ---

    [Theory]
    [InlineData(2020, 6, 1, "true")]
    [InlineData(2021, 1, 14, "true")]
    [InlineData(2021, 1, 15, "false")]
    [InlineData(2022, 1, 1, "false")]
    public void Defenders_GuarantorWithdrawsWithOneYearNotice_RuledOutOnceEffective(int year, int month, int day, string expected)
    {
        var withdrawing = Party(Fra, Day(1999, 6, 1), withdrawal: new Withdrawal(Day(2020, 1, 15), null, Reported));
        var treaty = DefenceTreaty("fra-pol-deu", [Fra, Pol, Deu], Day(2000, 1, 1), Period.FromYears(1), [Clause()], withdrawing);
        var obligations = Analyse(treaty);

        var answer = obligations.Defenders(Pol, On(year, month, day)).Answer();

        var france = Single(answer.Obligations.Concat(answer.RuledOut), Fra);
        Assert.Equal(expected, france.Applies.ToString());
        Assert.Equal(expected, france.Condition(DefenceConditionKind.InForce)?.Holds.ToString());
        Assert.Equal(Truth.True, answer.MustDefend(Deu));
        if (expected == "false")
        {
            Assert.Contains("Withdrawn", Assert.Single(france.FailedConditions).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2024, 5, 31, "false")]
    [InlineData(2024, 6, 1, "unknown")]
    [InlineData(2024, 6, 29, "unknown")]
    [InlineData(2024, 6, 30, "true")] // by the month's last day it has certainly entered into force
    public void Defenders_EntryIntoForceKnownToTheMonth_UnknownWithinThatMonth(int year, int month, int day, string expected)
    {
        var obligations = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], new PartialDate(2024, 6), null, [Clause()]));

        var answer = obligations.Defenders(Pol, On(year, month, day)).Answer();

        Assert.Equal(expected, answer.MustDefend(Gbr).ToString());
        Assert.Equal(expected != "false", answer.Defenders.Contains(Gbr));
        Assert.Equal(expected == "true", answer.CertainDefenders.Contains(Gbr));
    }

    // --- Geographic scope ---

    [Theory]
    [InlineData(null, "unknown")] // the US home territory lies partly in the Pacific area
    [InlineData("Guam", "true")]
    [InlineData("Hawaii", "true")]
    [InlineData("Alaska", "unknown")]
    [InlineData("Kursk", "false")]
    public void Defenders_ScopeIsARegion_ThreeValuedByWhereThePlaceLies(string? location, string expected)
    {
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope(regions: [Pacific])));
        var obligations = Analyse(DefenceTreaty("usa-jpn-x", [Usa, Jpn], clause));

        var answer = obligations.Defenders(Usa, Day2010, location: location).Answer();

        var japan = Single(answer.Obligations.Concat(answer.RuledOut), Jpn);
        Assert.Equal(expected, japan.Condition(DefenceConditionKind.GeographicScope)?.Holds.ToString());
        Assert.Equal(expected, japan.Applies.ToString());
    }

    // A query with no place means the victim's metropolitan territory: true where the region holds it, unknown only
    // where it straddles the region's edge; overseas and outlying territories answer for themselves.
    [Theory]
    [InlineData("FRA", "EUROPE", null, "true")]
    [InlineData("FRA", "EUROPE", "Guadeloupe", "false")]
    [InlineData("FRA", "EUROPE", "Réunion", "false")]
    [InlineData("GBR", "EUROPE", null, "true")]
    [InlineData("GBR", "EUROPE", "Falklands", "false")]
    [InlineData("GBR", "EUROPE", "Gibraltar", "true")]
    [InlineData("RUS", "EUROPE", null, "unknown")] // the Russian mainland runs from Europe into Asia
    [InlineData("RUS", "EUROPE", "Kaliningrad", "true")]
    [InlineData("USA", "NORTH_AMERICA", null, "true")] // the contiguous states; Alaska and Hawaii are places of their own
    [InlineData("USA", "NORTH_AMERICA", "Alaska", "true")]
    [InlineData("USA", "NORTH_AMERICA", "Hawaii", "false")]
    [InlineData("USA", "AMERICAS", "Puerto Rico", "true")]
    public void Defenders_NoPlace_MeansTheMetropolitanTerritory(string victim, string region, string? location, string expected)
    {
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope(regions: [new PlaceId(region)])));
        var obligations = Analyse(DefenceTreaty("x-chn", [new ActorId(victim), Chn], clause));

        var answer = obligations.Defenders(new ActorId(victim), Day2010, location: location).Answer();

        Assert.Equal(expected, Single(answer.Obligations.Concat(answer.RuledOut), Chn).Applies.ToString());
        Assert.Equal(location is null, answer.PlaceIsHomeTerritory);
    }

    // ANZUS-like: the metropolitan territory of a party, or its islands in the Pacific. A scope's places widen it as
    // its regions do: inside when the place is named or lies in a named place or region.
    [Theory]
    [InlineData(null, "true")]
    [InlineData("Guam", "true")]
    [InlineData("Alaska", "unknown")]
    [InlineData("Puerto Rico", "false")]
    [InlineData("Kursk", "false")]
    public void Defenders_ScopeNamesPlacesAndRegions_InsideWhereEitherHolds(string? location, string expected)
    {
        var scope = new GeographicScope(null, [Pacific], [new PlaceId("USA"), new PlaceId("JPN")], "the metropolitan territory of a party, or its island territories in the Pacific");
        var obligations = Analyse(DefenceTreaty("usa-jpn-x", [Usa, Jpn], Clause(conditions: new ClauseConditions(geographicScope: scope))));

        var answer = obligations.Defenders(Usa, Day2010, location: location).Answer();

        var japan = Single(answer.Obligations.Concat(answer.RuledOut), Jpn);
        Assert.Equal(expected, japan.Applies.ToString());
        Assert.Equal(expected, japan.Condition(DefenceConditionKind.GeographicScope)?.Holds.ToString());
    }

    [Fact]
    public void Defenders_ScopeNamesAScenarioRegion_TerritoriesDeclaredInItAreInside()
    {
        var zone = new Place(new PlaceId("SECURITY_ZONE"), "Security zone", PlaceKind.Region);
        var island = new Place(new PlaceId("OUTER_ISLAND"), "Outer island", PlaceKind.Territory, Gbr, [zone.Id]);
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope(regions: [zone.Id])));
        var scenario = new ScenarioBuilder("Zone").AddStates("GBR", "FRA").AddPlace(zone).AddPlace(island)
            .AddTreaty(DefenceTreaty("gbr-fra", [Gbr, Fra], clause)).Build().AsT0;
        var obligations = new DefenceAnalysis(scenario);

        Assert.Equal(Truth.True, obligations.Defenders(Gbr, Day2010, location: "Outer island").Answer().MustDefend(Fra));
        var home = obligations.Defenders(Gbr, Day2010).Answer();
        Assert.Equal(Truth.False, home.MustDefend(Fra));
        var alternative = Assert.Single(Single(home.RuledOut, Fra).PlaceAlternatives);
        Assert.Equal(island, alternative.Place);
        Assert.Equal(Truth.True, alternative.Applies);
    }

    // The answer names the victim's places where it would differ: the US home territory straddles the Pacific area's
    // edge, its Pacific islands lie in it, Puerto Rico does not; Alaska straddles too, so it changes nothing.
    [Fact]
    public void Defenders_UsaOnHomeTerritory_KoreaNamesThePlacesThatDecide()
    {
        var answer = SeedObligations().Defenders(Usa, On(2025, 1, 1)).Answer();

        var korea = Single(answer.Obligations, Kor);
        var byPlace = korea.PlaceAlternatives.ToDictionary(a => a.Place.Id.Value, a => a.Applies.ToString());
        Assert.Equal("true", byPlace["GUAM"]);
        Assert.Equal("true", byPlace["HAWAII"]);
        Assert.Equal("false", byPlace["PUERTO_RICO"]);
        Assert.False(byPlace.ContainsKey("ALASKA"));
        Assert.False(byPlace.ContainsKey("USA"));
        Assert.All(korea.PlaceAlternatives, a => Assert.Equal(Usa, a.Place.AdministeredBy));
        Assert.Contains(answer.Explanation, line => line.StartsWith("  Elsewhere: true at ", StringComparison.Ordinal) && line.Contains("GUAM (Guam)", StringComparison.Ordinal));
        // Japan's clause covers Japan's territories only: no place of the United States changes that.
        Assert.Empty(Single(answer.RuledOut, Jpn).PlaceAlternatives);
    }

    [Fact]
    public void Defenders_UsaOnGuam_KoreaWouldBeOpenAtHomeAndRuledOutInPuertoRico()
    {
        var answer = SeedObligations().Defenders(Usa, On(2025, 1, 1), location: "Guam").Answer();

        var korea = Single(answer.Obligations, Kor);
        Assert.Equal(Truth.True, korea.Applies);
        var home = Assert.Single(korea.PlaceAlternatives, a => a.Place.Id == new PlaceId("USA"));
        Assert.Equal(Truth.Unknown, home.Applies);
        Assert.Contains("partly in PACIFIC", home.Reason, StringComparison.Ordinal);
        Assert.Contains(korea.PlaceAlternatives, a => a.Place.Id == new PlaceId("PUERTO_RICO") && a.Applies == Truth.False);
        Assert.DoesNotContain(korea.PlaceAlternatives, a => a.Place.Id == new PlaceId("HAWAII"));
    }

    [Fact]
    public void Defenders_ClauseWithoutScope_NoPlaceAlternatives()
    {
        var answer = SeedObligations().Defenders(Prk, On(2025, 1, 1)).Answer();

        Assert.All(answer.Obligations, o => Assert.Empty(o.PlaceAlternatives));
        Assert.DoesNotContain(answer.Explanation, line => line.Contains("Elsewhere", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Okinawa", "true")]
    [InlineData("Guam", "false")]
    [InlineData("Pacific", "unknown")] // a region: whose territory in it is not known
    public void Defenders_ScopeIsAdministeredBy_ComparesTheAdministeringActor(string location, string expected)
    {
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope([Jpn])));
        var obligations = Analyse(DefenceTreaty("usa-jpn-x", [Usa, Jpn], clause));

        var answer = obligations.Defenders(Usa, Day2010, location: location).Answer();

        Assert.Equal(expected, answer.MustDefend(Jpn).ToString());
    }

    [Fact]
    public void Defenders_ScopeOnlyInWords_Unknown()
    {
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope(description: "the North Atlantic area")));
        var obligations = Analyse(DefenceTreaty("gbr-fra", [Gbr, Fra], clause));

        var answer = obligations.Defenders(Fra, Day2010).Answer();

        var open = Assert.Single(Single(answer.Obligations, Gbr).OpenConditions);
        Assert.Equal(DefenceConditionKind.GeographicScope, open.Kind);
        Assert.Contains("only in words", open.Reason, StringComparison.Ordinal);
        Assert.Empty(Single(answer.Obligations, Gbr).PlaceAlternatives); // words read the same everywhere: no place decides
    }

    [Fact]
    public void Defenders_VictimWithoutHomeTerritoryAndNoPlace_ScopeUnknown()
    {
        var coalition = new ActorId("COALITION");
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope([Gbr])));
        var scenario = new ScenarioBuilder("Coalition")
            .AddStates("GBR")
            .AddActor(new Actor(coalition, ActorKind.Coalition, "A coalition"))
            .AddTreaty(DefenceTreaty("gbr-coalition", [Gbr, coalition], clause))
            .Build().AsT0;

        var answer = new DefenceAnalysis(scenario).Defenders(coalition, Day2010).Answer();

        Assert.Null(answer.Place);
        Assert.False(answer.PlaceIsHomeTerritory);
        var open = Assert.Single(Single(answer.Obligations, Gbr).OpenConditions);
        Assert.Contains("names no place", open.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_EachOutcome_NamesTheDecidingConditions()
    {
        var clause = Clause(conditions: new ClauseConditions(adversaries: [Rus], nonProvocation: true));
        var obligations = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], clause));

        var applies = Single(obligations.Defenders(Pol, Day2010, attacker: Rus, victimProvoked: false).Answer().Obligations, Gbr);
        var open = Single(obligations.Defenders(Pol, Day2010).Answer().Obligations, Gbr);
        var ruledOut = Single(obligations.Defenders(Pol, Day2010, attacker: Usa).Answer().RuledOut, Gbr);

        Assert.Equal("Every condition holds.", applies.Reason);
        Assert.Equal(2, open.OpenConditions.Length);
        Assert.StartsWith("Open: The clause covers attacks by RUS only, and the query does not name the attacker.", open.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Ruled out: The clause covers attacks by RUS only, and the attacker, USA, is not one of them.", ruledOut.Reason, StringComparison.Ordinal);
        Assert.Equal(Truth.Unknown, ruledOut.Condition(DefenceConditionKind.NonProvocation)?.Holds);
    }

    [Fact]
    public void DefendersAt_PlaceBuiltForTheQuery_UsesItsAdministrator()
    {
        var clause = Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope([Jpn])));
        var obligations = Analyse(DefenceTreaty("usa-jpn-x", [Usa, Jpn], clause));
        var senkaku = new Place(new PlaceId("SENKAKU"), "Senkaku Islands", PlaceKind.Territory, Jpn, [Pacific]);

        var answer = obligations.DefendersAt(Jpn, Day2010, senkaku, attacker: Chn).Answer();

        Assert.Equal<ActorId>([Usa], answer.CertainDefenders);
        Assert.Equal(senkaku, answer.Place);
        Assert.False(answer.PlaceIsHomeTerritory);
        Assert.Contains(answer.Facts, f => f.Kind == FactKind.Place && f.Id == "SENKAKU");
    }

    // --- Non-provocation and the attacker's own standing ---

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData(true, "false")]
    [InlineData(false, "true")]
    public void Defenders_NonProvocationClause_DependsOnWhatTheQuerySays(bool? provoked, string expected)
    {
        var obligations = Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], Clause(conditions: new ClauseConditions(nonProvocation: true))));

        var answer = obligations.Defenders(Pol, Day2010, victimProvoked: provoked).Answer();

        var britain = Single(answer.Obligations.Concat(answer.RuledOut), Gbr);
        Assert.Equal(expected, britain.Condition(DefenceConditionKind.NonProvocation)?.Holds.ToString());
        Assert.Equal(expected, britain.Applies.ToString());
    }

    [Fact]
    public void Defenders_AttackerIsTheGuarantor_RuledOut()
    {
        var answer = SeedObligations().Defenders(Kor, On(2025, 1, 1), attacker: Usa).Answer();

        var usa = Single(answer.RuledOut, Usa);
        Assert.Equal(DefenceConditionKind.AttackerOutsideTreaty, Assert.Single(usa.FailedConditions).Kind);
        Assert.Empty(answer.Defenders);
    }

    [Fact]
    public void Defenders_AttackerIsAFellowParty_Unknown()
    {
        var obligations = Analyse(DefenceTreaty("fra-pol-deu", [Fra, Pol, Deu], Clause()));

        var answer = obligations.Defenders(Pol, Day2010, attacker: Deu).Answer();

        Assert.Equal(Truth.Unknown, answer.MustDefend(Fra));
        Assert.Equal(Truth.False, answer.MustDefend(Deu));
        Assert.Equal(Truth.Unknown, Single(answer.Obligations, Fra).Condition(DefenceConditionKind.AttackerOutsideTreaty)?.Holds);
    }

    [Fact]
    public void Defenders_AttackerOutsideTheTreaty_ConditionHolds()
    {
        var answer = SeedObligations().Defenders(Prk, On(2025, 1, 1), attacker: Usa).Answer();

        Assert.Equal<ActorId>([Chn, Rus], answer.CertainDefenders);
        Assert.All(answer.Obligations, o => Assert.Equal(Truth.True, o.Condition(DefenceConditionKind.AttackerOutsideTreaty)?.Holds));
    }

    // --- Confidence and facts ---

    [Fact]
    public void Defenders_MinimumConfirmed_SetsAsideTreatiesOnReportedEvidence()
    {
        var answer = SeedObligations().Defenders(Prk, On(2025, 1, 1), minimum: Confidence.Confirmed).Answer();

        Assert.Equal<ActorId>([Rus], answer.Defenders);
        Assert.Contains(answer.IgnoredFacts, f => f.Kind == FactKind.Clause && f.Id == "chn-prk-1961/art2");
        Assert.Contains(answer.Explanation, line => line.StartsWith("Set aside: chn-prk-1961", StringComparison.Ordinal));
    }

    [Fact]
    public void Defenders_Facts_NameTheClauseTheStepsAndThePlaceByScenarioPath()
    {
        var scenario = Seed();
        var answer = new DefenceAnalysis(scenario).Defenders(Prk, On(2025, 1, 1)).Answer();
        var index = scenario.Treaties.IndexOf(scenario.FindTreaty(RusPrk2024)!);

        Assert.Contains(answer.Facts, f => f.Kind == FactKind.Clause && f.Id == "rus-prk-2024/art4" && f.Path == $"Treaties[{index}].Clauses[0]");
        Assert.Contains(answer.Facts, f => f.Kind == FactKind.TreatyStep && f.Path == $"Treaties[{index}].Parties[0].Consent" && f.Date == Day(2024, 11, 9));
        Assert.Contains(answer.Facts, f => f.Kind == FactKind.Place && f.Id == "PRK" && f.Path == "Gazetteer[PRK]");
        Assert.Equal(answer.Facts.Length, answer.Facts.Select(f => (f.Kind, f.Path)).Distinct().Count());
    }

    [Fact]
    public void Defenders_Explanation_SaysWhoAndWhy()
    {
        var answer = SeedObligations().Defenders(Usa, On(2025, 1, 1), location: "Guam").Answer();

        Assert.StartsWith("Who must defend USA on 2025-01-01, attacked at GUAM (Guam)", answer.Explanation[0], StringComparison.Ordinal);
        Assert.Equal("Defenders: KOR.", answer.Explanation[1]);
        Assert.Contains(answer.Explanation, line => line.StartsWith("Ruled out: JPN must defend USA under usa-jpn-1960", StringComparison.Ordinal));
        Assert.Equal(string.Join("\n", answer.Explanation), answer.ToString());
    }

    // --- Errors ---

    [Fact]
    public void Defenders_UnknownVictim_Error()
    {
        var error = SeedObligations().Defenders(NotInSeed, On(2025, 1, 1)).AsT1;

        Assert.Equal(ErrorCodes.UnknownDefenceVictim, error.Code);
        Assert.Equal("victim", error.Location.Path?.ToString());
    }

    [Fact]
    public void Defenders_UnknownAttacker_Error()
    {
        var error = SeedObligations().Defenders(Prk, On(2025, 1, 1), attacker: NotInSeed).AsT1;

        Assert.Equal(ErrorCodes.UnknownDefenceAttacker, error.Code);
        Assert.Equal("attacker", error.Location.Path?.ToString());
    }

    [Fact]
    public void Defenders_AttackerIsVictim_Error()
    {
        var error = SeedObligations().Defenders(Prk, On(2025, 1, 1), attacker: Prk).AsT1;

        Assert.Equal(ErrorCodes.AttackerIsVictim, error.Code);
    }

    [Fact]
    public void Defenders_UnknownPlace_ErrorSuggestsNearNames()
    {
        var error = SeedObligations().Defenders(Usa, On(2025, 1, 1), location: "Gaum").AsT1;

        Assert.Equal(ErrorCodes.UnknownPlace, error.Code);
        Assert.Equal("location", error.Location.Path?.ToString());
        Assert.Contains("'Guam'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defenders_UndefinedConfidence_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedObligations().Defenders(Prk, On(2025, 1, 1), minimum: (Confidence)42));

    private static ActorId NotInSeed => new("FRA");
    // --- DefendersOf: the guarantors of Defenders' answer, from the status calendars ---

    [Fact]
    public void DefendersOf_PrkOn20250101_RusAndChn()
    {
        var defenders = SeedObligations().DefendersOf(Prk, On(2025, 1, 1)).AsT0;

        Assert.Equal<ActorId>([Chn, Rus], defenders);
    }

    [Fact]
    public void DefendersOf_PrkOn20241130_ChnOnly()
    {
        Assert.Equal<ActorId>([Chn], SeedObligations().DefendersOf(Prk, On(2024, 11, 30)).AsT0);
    }

    [Fact]
    public void DefendersOf_UnknownVictim_Error()
    {
        var error = SeedObligations().DefendersOf(new ActorId("ATL"), On(2025, 1, 1)).AsT1;

        Assert.Equal(ErrorCodes.UnknownDefenceVictim, error.Code);
    }

    [Fact]
    public void DefendersOf_DayBeforeATreatySignedAndInForceOnOneDay_NoOne()
    {
        // The treaty's first change day is the day it binds: the stretch before it must not borrow that day's status.
        var obligations = Analyse(DefenceTreaty("gbr-fra", [Gbr, Fra], Day(2020, 3, 1), null, [Clause()],
            Party(Gbr, Day(2020, 3, 1), Day(2020, 3, 1)), Party(Fra, Day(2020, 3, 1), Day(2020, 3, 1))));

        Assert.Empty(obligations.DefendersOf(Fra, On(2020, 2, 29)).AsT0);
        Assert.Empty(obligations.DefendersOf(Fra, On(1900, 1, 1)).AsT0);
        Assert.Equal<ActorId>([Gbr], obligations.DefendersOf(Fra, On(2020, 3, 1)).AsT0);
        Assert.Empty(obligations.Defenders(Fra, On(2020, 2, 29)).AsT0.Defenders);
    }

    public static TheoryData<string> CalendarScenarios => ["seed", "built-in", "withdrawal", "month", "scope"];

    [Theory]
    [MemberData(nameof(CalendarScenarios))]
    public void DefendersOf_EveryActorAndDay_SameGuarantorsAsDefenders(string name)
    {
        var (obligations, from, to) = name switch
        {
            "seed" => (SeedObligations(), On(1953, 1, 1), On(2026, 1, 1)),
            "built-in" => (new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024), On(2023, 6, 1), On(2025, 6, 1)),
            "withdrawal" => (Analyse(DefenceTreaty("fra-pol-deu", [Fra, Pol, Deu], Day(2000, 1, 1), Period.FromYears(1), [Clause()],
                Party(Fra, Day(1999, 6, 1), withdrawal: new Withdrawal(Day(2020, 1, 15), null, Reported)))), On(1999, 1, 1), On(2022, 1, 1)),
            "month" => (Analyse(DefenceTreaty("gbr-pol", [Gbr, Pol], new PartialDate(2024, 6), null, [Clause()])), On(2024, 4, 1), On(2024, 8, 1)),
            _ => (Analyse(
                    DefenceTreaty("usa-chn", [Usa, Chn], Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope(regions: [Gazetteer.Pacific])))),
                    DefenceTreaty("usa-jpn-x", [Usa, Jpn], Clause(conditions: new ClauseConditions(geographicScope: new GeographicScope([Jpn]))))),
                On(1999, 1, 1), On(2001, 1, 1)),
        };

        foreach (var minimum in new[] { Confidence.Reported, Confidence.Potential })
        {
            foreach (var actor in obligations.Scenario.Actors)
            {
                for (var day = from; day <= to; day = day.PlusDays(day.Year < 2019 ? 23 : 1))
                {
                    var expected = obligations.Defenders(actor.Id, day, minimum: minimum).AsT0.Defenders;
                    Assert.Equal<ActorId>(expected, obligations.DefendersOf(actor.Id, day, minimum).AsT0);
                }
            }
        }
    }
}
