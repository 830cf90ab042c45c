using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Tests.Analysis.Defence;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis;

/// <summary>
/// The culture-invariant text of the answers of who must defend whom, the ledger and compliance, whole, on the seed
/// scenario (DOMAIN.md section 4): the forms their documentation gives, every line.
/// </summary>
public class AnswerTextTests
{
    private static readonly LocalDate Day20241204 = new(2024, 12, 4);

    [Fact]
    public void LedgerReport_SeedRussiaNorthKoreaToMidOctober2024_ListsFlowsExchangeAndWhatWasLeftOpenOrAside()
    {
        var report = new LedgerAnalysis(BuiltInScenarios.RussiaDprk2024).Between(Rus, Prk, new LocalDate(2023, 1, 1), new LocalDate(2024, 10, 15), Confidence.Alleged).AsT0;

        var lines = report.ToString().Split('\n');

        Assert.Equal(
            [
                "Ledger RUS–PRK, 2023-01-01/2024-10-15, confidence Alleged or stronger",
                "RUS -> PRK: nothing",
                "PRK -> RUS: Munitions: ArtilleryShells: over 2,000 containers (2 transfers)",
                "Reciprocal: unknown",
                "Exchange: munitions-for-technology-and-cash links prk-rus-munitions-2023, prk-rus-munitions, prk-rus-troops, prk-rus-engineers, rus-prk-cash, rus-prk-resources",
            ],
            lines[..5]);
        Assert.Equal(
            ["Transfers[2]", "Transfers[3]", "Transfers[4]", "Transfers[5]"],
            lines.Where(line => line.StartsWith("Possibly in period: ", StringComparison.Ordinal)).Select(line => line[(line.LastIndexOf('(') + 1)..^1]));
        Assert.Equal(
            ["Transfers[6]", "Transfers[7]"],
            lines.Where(line => line.StartsWith("Set aside (BelowMinimumConfidence): [Potential] 2024 RUS to PRK: technology ", StringComparison.Ordinal)).Select(line => line[(line.LastIndexOf('(') + 1)..^1]));
        Assert.Equal(11, lines.Length);
    }

    [Fact]
    public void LedgerFlow_EveryKindOfItem_OneGroupEachInOrder()
    {
        var flow = AnswerEqualityTests.EveryKindOfItem("a", 1).FirstToSecond;

        Assert.Equal(
            "PRK -> RUS: Munitions: ArtilleryShells: 1,000 containers (1 transfer); WeaponSystems: KN-23: ordered 60, delivered 50, TIV ordered 10, TIV delivered 9 (1 transfer); " +
            "Technology: BallisticMissiles: KnowHow (1 transfer); Money: 1,000,000 USD (1 transfer); Personnel: CombatTroops: 10,000 (1 transfer); " +
            "Resources: RefinedPetroleum: 1,000,000 barrels per year (1 transfer)",
            flow.ToString());
        Assert.Equal("KN-23: no figures stated (1 transfer)", AnswerEqualityTests.EveryKindOfItem("a", 1, figures: false).FirstToSecond.WeaponSystems[0].ToString());
    }

    [Fact]
    public void ComplianceReport_SeedOnTheDayOfEntryIntoForce_OneLinePerBreachThenTheFactsSetAside()
    {
        var analysis = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024);

        var onTheDay = analysis.On(Day20241204).ToString().Split('\n');
        var overall = analysis.Check(Confidence.Alleged).ToString().Split('\n');

        Assert.Equal(
            [
                "Sanctions compliance on 2024-12-04, confidence Reported or stronger: 2 breaches",
                "unsc-dprk arms embargo [Both] (UNSCR 1718 (2006), 1874 (2009)): prk-rus-munitions (PRK -> RUS), in breach: Both (certain)",
                "unsc-dprk financial BulkCash (UNSCR 2094 (2013), 2270 (2016)): rus-prk-cash (RUS -> PRK), in breach: Supplier (possible)",
            ],
            onTheDay[..3]);
        Assert.Equal(2, onTheDay[3..].Count(line => line.StartsWith("Set aside (BelowMinimumConfidence): [Potential] 2024 RUS to PRK: technology ", StringComparison.Ordinal)));
        Assert.Equal("Sanctions compliance, confidence Alleged or stronger: 3 breaches", overall[0]);
        Assert.Equal("unsc-dprk financial BulkCash (UNSCR 2094 (2013), 2270 (2016)): rus-prk-cash (RUS -> PRK), in breach: Supplier (certain)", overall[3]);
        Assert.Equal(6, overall.Length);
    }

    [Fact]
    public void ComplianceReport_OneBreach_SaysOneBreach()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).On(new LocalDate(2023, 12, 1));

        Assert.StartsWith("Sanctions compliance on 2023-12-01, confidence Reported or stronger: 1 breach\n", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefenceNetwork_Seed_TitleEdgesAndNodes()
    {
        var network = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Network(Day20241204);

        Assert.Equal("Defence network on 2024-12-04: 6 actors, 8 edges", network.ToString());
        Assert.Equal("CHN→PRK chn-prk-1961/art2 (unconditional), in force: true", network.Edges[0].ToString());
        Assert.Equal("JPN→USA usa-jpn-1960/art5 (conditional: administered by JPN; \"in the territories under the administration of Japan\"), in force: true", network.Edges[1].ToString());
        Assert.Equal(
            "KOR→USA usa-kor-1953/art3 (conditional: administered by USA, KOR; in PACIFIC; \"in the Pacific area on either of the parties in territories now under their respective administrative control\"), in force: true",
            network.Edges[2].ToString());
        Assert.Equal(["CHN (China)", "JPN (Japan)", "KOR (South Korea)", "PRK (North Korea)", "RUS (Russia)", "USA (United States)"], network.Nodes.Select(node => node.ToString()));
    }

    [Fact]
    public void DefenceObligation_RussiaAttackedByTheUnitedStates_ObligationAndItsConditions()
    {
        var answer = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(Rus, Day20241204, attacker: Usa).AsT0;

        var obligation = Assert.Single(answer.Obligations);
        Assert.Equal("PRK must defend RUS under rus-prk-2024 art4 (Article 4), StateOfWar → ImmediateMilitaryAssistance: true", obligation.ToString());
        Assert.Equal(
            [
                "InForce: true (rus-prk-2024 binds both PRK and RUS on 2024-12-04: true (PRK: InForce, bound from 2024-12-04; RUS: InForce, bound from 2024-12-04).)",
                "AttackerOutsideTreaty: true (The attacker, USA, is not a party to rus-prk-2024.)",
            ],
            obligation.Conditions.Select(condition => condition.ToString()));
        Assert.Equal(string.Join("\n", answer.Explanation), answer.ToString());
    }

    [Fact]
    public void DefenceAnswer_NorthKoreaAttackedByTheUnitedStates_ExplanationLineByLine()
    {
        var answer = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(Prk, Day20241204, attacker: Usa).AsT0;

        Assert.Equal(
            [
                "Who must defend PRK on 2024-12-04, attacked on its home territory, PRK (North Korea), by USA, provocation not stated; facts of confidence Reported or stronger.",
                "Defenders: CHN, RUS.",
                "Applies: CHN must defend PRK under chn-prk-1961 art2 (Article II), ArmedAttack → ImmediateMilitaryAssistance: true",
                "  InForce: true. chn-prk-1961 binds both CHN and PRK on 2024-12-04: true (CHN: InForce, bound from 1961-09-10; PRK: InForce, bound from 1961-09-10).",
                "  AttackerOutsideTreaty: true. The attacker, USA, is not a party to chn-prk-1961.",
                "Applies: RUS must defend PRK under rus-prk-2024 art4 (Article 4), StateOfWar → ImmediateMilitaryAssistance: true",
                "  InForce: true. rus-prk-2024 binds both RUS and PRK on 2024-12-04: true (RUS: InForce, bound from 2024-12-04; PRK: InForce, bound from 2024-12-04).",
                "  AttackerOutsideTreaty: true. The attacker, USA, is not a party to rus-prk-2024.",
            ],
            answer.Explanation.ToArray());
        Assert.Equal("[Confirmed] PRK (North Korea) is a HomeTerritory, administered by PRK, lies in ASIA, PACIFIC. (Gazetteer[PRK])", answer.Facts[^1].ToString());
    }

    [Fact]
    public void DefenceAnswer_UnitedStatesOnItsHomeTerritory_MayApplyRuledOutAndElsewhere()
    {
        var answer = DefenceExamples.SeedObligations().Defenders(Usa, new LocalDate(2025, 1, 1), victimProvoked: false).AsT0;

        var lines = answer.Explanation;
        Assert.Equal("Who must defend USA on 2025-01-01, attacked on its home territory, USA (United States), by an attacker not named, not having provoked the attack; facts of confidence Reported or stronger.", lines[0]);
        Assert.Equal("Defenders: KOR.", lines[1]);
        Assert.Equal("May apply: KOR must defend USA under usa-kor-1953 art3 (Article III), ArmedAttack → ConstitutionalProcesses: unknown", lines[2]);
        Assert.StartsWith("  GeographicScope: unknown. The clause's scope is administered by USA, KOR; in PACIFIC; ", lines[4], StringComparison.Ordinal);
        Assert.Equal("  Elsewhere: true at AMERICAN_SAMOA (American Samoa), GUAM (Guam), HAWAII (Hawaii), NORTHERN_MARIANA_ISLANDS (Northern Mariana Islands); false at PUERTO_RICO (Puerto Rico).", lines[5]);
        Assert.Equal("Ruled out: JPN must defend USA under usa-jpn-1960 art5 (Article V), ArmedAttack → ConstitutionalProcesses: false", lines[6]);
        Assert.EndsWith(": USA (United States), USA's home territory, is administered by USA, not by JPN.", lines[8], StringComparison.Ordinal);
        Assert.Equal(9, lines.Length);
        Assert.Contains(answer.Facts, fact => fact.ToString() == "[Confirmed] USA (United States) is a HomeTerritory, administered by USA, lies in AMERICAS, NORTH_AMERICA, lies partly in PACIFIC. (Gazetteer[USA])");
    }

    [Fact]
    public void DefenceAnswer_JapanAttackedAtGuam_NoDefendersAndWhereItWouldApply()
    {
        var answer = DefenceExamples.SeedObligations().Defenders(Jpn, new LocalDate(2025, 1, 1), Chn, "Guam").AsT0;

        Assert.Equal(
            [
                "Who must defend JPN on 2025-01-01, attacked at GUAM (Guam), by CHN, provocation not stated; facts of confidence Reported or stronger.",
                "Defenders: none.",
                "Ruled out: USA must defend JPN under usa-jpn-1960 art5 (Article V), ArmedAttack → ConstitutionalProcesses: false",
            ],
            answer.Explanation[..3].ToArray());
        Assert.Equal("  Elsewhere: true at JPN (Japan), OKINAWA (Okinawa).", answer.Explanation[^1]);
    }
}
