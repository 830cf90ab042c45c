using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using Json.Schema;
using NodaTime;

namespace Geopolitics.Model.Tests.Docs;

/// <summary>
/// The worked examples of <c>docs/examples/</c>: each scenario file of a real treaty loads and validates through
/// <see cref="ScenarioJson"/>, and the answers its page gives are asked again here through the analyses. The pages'
/// tool commands are run by the tool's tests (<c>ExamplePagesTests</c>).
/// </summary>
public class ExampleScenariosTests
{
    private static readonly Dictionary<string, Scenario> Loaded = [];

    public static TheoryData<string> Files() => new(FileNames());

    private static List<string> FileNames() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    private static string Folder => Path.Combine(Repository.Root, "docs", "examples");

    [Theory]
    [MemberData(nameof(Files))]
    public void LoadFile_EveryExample_IsAValidScenarioWithOneTreaty(string file)
    {
        var result = ScenarioJson.LoadFile(Path.Combine(Folder, file));

        Assert.True(result.IsT0, $"{file}: {string.Join("\n", result.IsT1 ? result.AsT1 : [])}");
        var treaty = Assert.Single(result.AsT0.Treaties);
        Assert.True(treaty.Evidence.Sources.Length >= 2, $"{file}: the treaty cites {treaty.Evidence.Sources.Length} source(s).");
        Assert.All(treaty.Clauses, clause => Assert.False(string.IsNullOrWhiteSpace(clause.Article), $"{file}: clause {clause.Id} cites no article."));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Schema_EveryExample_IsValidAgainstTheScenarioSchema(string file)
    {
        var schema = Serialization.ScenarioSchemaTests.Schema.Value;
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{file}: {d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }

    [Theory]
    [InlineData("chn-prk-1961")]
    [InlineData("gbr-pol-1939")]
    [InlineData("rio-1947")]
    [InlineData("seato-1954")]
    [InlineData("warsaw-1955")]
    public void Files_EachTreatyOfTheIssue_HasAFileAndAPageListedInTheIndex(string name)
    {
        Assert.Contains(name + ".json", FileNames());
        Assert.True(File.Exists(Path.Combine(Folder, name + ".md")), $"{name}.md is missing.");
        Assert.Contains($"]({name}.md)", File.ReadAllText(Path.Combine(Folder, "README.md")), StringComparison.Ordinal);
    }

    // ---- Rio Treaty, 1947 ---------------------------------------------------------------------------------------

    [Fact]
    public void Rio_EntryIntoForce_IsTheDayTheOasRecords()
    {
        Assert.Equal(Truth.False, Status("rio-1947", "rio-1947", 1948, 12, 2).IsInForce);
        Assert.Equal(Truth.True, Status("rio-1947", "rio-1947", 1948, 12, 3).IsInForce);
    }

    [Fact]
    public void Rio_Argentina_IsBoundOnlyFromItsOwnDeposit()
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.Signed], Status("rio-1947", "rio-1947", 1949, 6, 1).Party(new ActorId("ARG"))!.Statuses);
        Assert.Empty(Defenders("rio-1947", "ARG", 1949, 6, 1).Defenders);
        Assert.Equal(Truth.True, Status("rio-1947", "rio-1947", 1950, 8, 21).Party(new ActorId("ARG"))!.IsInForce);
    }

    [Fact]
    public void Rio_BrazilAttackedAtHomeIn1990_EveryOtherPartyMustAssist()
    {
        var answer = Defenders("rio-1947", "BRA", 1990, 1, 1);

        Assert.Equal<ActorId>(Ids("ARG BHS BOL CHL COL CRI CUB ECU GTM MEX SLV USA"), answer.CertainDefenders);
        Assert.Equal<ActorId>(answer.Defenders, answer.CertainDefenders);
    }

    [Fact]
    public void Rio_AttackOnGuam_IsWithinTheTerritoryOfAnAmericanState()
    {
        var answer = Defenders("rio-1947", "USA", 2001, 9, 11, location: "Guam");

        Assert.Equal<ActorId>(Ids("ARG BHS BOL BRA CHL COL CRI CUB ECU GTM MEX SLV"), answer.CertainDefenders);
    }

    [Fact]
    public void Rio_Mexico_LeavesTwoYearsAfterItsNoticeOfSeptember2002()
    {
        var mexico = new ActorId("MEX");

        Assert.Equal(Truth.True, Status("rio-1947", "rio-1947", 2004, 8, 31).Party(mexico)!.IsInForce);
        Assert.Equal(Truth.Unknown, Status("rio-1947", "rio-1947", 2004, 9, 15).Party(mexico)!.IsInForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Withdrawn], Status("rio-1947", "rio-1947", 2004, 10, 1).Party(mexico)!.Statuses);
        Assert.Empty(Defenders("rio-1947", "MEX", 2005, 1, 1).Defenders);
        Assert.DoesNotContain(mexico, Defenders("rio-1947", "BRA", 2005, 1, 1).Defenders);
    }

    [Theory]
    [InlineData("BOL")]
    [InlineData("ECU")]
    public void Rio_BoliviaAndEcuador_LeaveTwoYearsAfterTheirNoticeOfJune2012(string party)
    {
        var actor = new ActorId(party);

        Assert.Equal(Truth.True, Status("rio-1947", "rio-1947", 2014, 5, 31).Party(actor)!.IsInForce);
        Assert.Equal(Truth.Unknown, Status("rio-1947", "rio-1947", 2014, 6, 15).Party(actor)!.IsInForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Withdrawn], Status("rio-1947", "rio-1947", 2014, 7, 1).Party(actor)!.Statuses);
    }

    // ---- Southeast Asia Collective Defense Treaty, 1954 ---------------------------------------------------------

    [Fact]
    public void Seato_EntryIntoForce_OnTheFifthInstrumentOfRatification()
    {
        var before = Status("seato-1954", "seato-1954", 1955, 2, 18);

        Assert.Equal<TreatyStatus>([TreatyStatus.Signed], before.Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.ConsentGiven], before.Party(new ActorId("THA"))!.Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("seato-1954", "seato-1954", 1955, 2, 19).Statuses);
    }

    [Fact]
    public void Seato_Treaty_OutlivesTheOrganisationDissolvedIn1977()
    {
        var report = Status("seato-1954", "seato-1954", 1978, 1, 1);

        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], report.Statuses);
        Assert.Equal(Truth.True, report.Party(new ActorId("USA"))!.IsInForce);
    }

    [Fact]
    public void Seato_Pakistan_WithdrawnFromEighthNovember1973()
    {
        var pakistan = new ActorId("PAK");

        Assert.Equal(Truth.True, Status("seato-1954", "seato-1954", 1973, 11, 7).Party(pakistan)!.IsInForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Withdrawn], Status("seato-1954", "seato-1954", 1973, 11, 8).Party(pakistan)!.Statuses);
    }

    [Fact]
    public void Seato_ThailandAttackedByNorthVietnam_AllSevenMustAct()
    {
        var answer = Defenders("seato-1954", "THA", 1962, 5, 1, attacker: "VDR");

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PAK PHL USA"), answer.CertainDefenders);
    }

    [Fact]
    public void Seato_ThailandAttackerNotNamed_TheUnitedStatesOnlyPossibly()
    {
        var answer = Defenders("seato-1954", "THA", 1962, 5, 1);

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PAK PHL USA"), answer.Defenders);
        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PAK PHL"), answer.CertainDefenders);
        Assert.Equal(Truth.Unknown, answer.MustDefend(new ActorId("USA")));
    }

    [Fact]
    public void Seato_PakistanAttackedByIndia_TheUnitedStatesUnderstandingRulesItOut()
    {
        var answer = Defenders("seato-1954", "PAK", 1965, 9, 6, attacker: "IND");

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PHL THA"), answer.CertainDefenders);
        var us = Assert.Single(answer.RuledOut, o => o.Guarantor == new ActorId("USA"));
        Assert.Equal(Truth.False, us.Applies);
        Assert.Equal(new ClauseId("art4-1"), us.Clause.Id);
        Assert.Contains(us.Conditions, c => c.Kind == DefenceConditionKind.Adversary && c.Holds == Truth.False && c.Reason.Contains("understanding", StringComparison.Ordinal));
    }

    [Fact]
    public void Seato_UnitedStatesUnderstanding_IsItsOwnNarrowerPromiseUnderTheOneClause()
    {
        var treaty = Assert.Single(Load("seato-1954").Treaties);
        var clause = Assert.Single(treaty.Clauses.OfType<MutualDefenceClause>());

        Assert.True(clause.Guarantors.IsEmpty && clause.Beneficiaries.IsEmpty, "Article IV(1) is mutual: every Party owes it.");
        var understanding = Assert.Single(treaty.Parties.SelectMany(party => party.Understandings.Select(u => (party.Actor, u))));
        Assert.Equal(new ActorId("USA"), understanding.Actor);
        Assert.Equal(clause.Id, understanding.u.Clause);
        Assert.Equal<ActorId>(Ids("SUN CHN PRK VDR"), understanding.u.Conditions.Adversaries);
    }

    [Fact]
    public void Seato_ThailandAttackedByCambodia_TheUnderstandingRulesOutOnlyTheUnitedStates()
    {
        var answer = Defenders("seato-1954", "THA", 1962, 7, 1, attacker: "KHM");

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PAK PHL"), answer.CertainDefenders);
        var us = Assert.Single(answer.RuledOut);
        Assert.Equal(new ActorId("USA"), us.Guarantor);
        var failed = Assert.Single(us.FailedConditions);
        Assert.Equal(DefenceConditionKind.Adversary, failed.Kind);
        Assert.Contains("USA's understanding", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Seato_UnitedStatesAttackedByCambodiaInThailand_ItsUnderstandingDoesNotNarrowTheOthersPromiseToIt()
    {
        // The Understanding narrows what the United States owes, not what the others owe the United States: an
        // attack by a non-communist state on the United States inside the area binds the seven others.
        var answer = Defenders("seato-1954", "USA", 1962, 5, 1, attacker: "KHM", location: "Thailand");

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PAK PHL THA"), answer.CertainDefenders);
    }

    [Fact]
    public void Seato_FranceAttacked_OnlyNewCaledoniaLiesInTheTreatyArea()
    {
        var home = Defenders("seato-1954", "FRA", 1960, 1, 1, attacker: "SUN");
        var caledonia = Defenders("seato-1954", "FRA", 1960, 1, 1, attacker: "SUN", location: "New Caledonia");

        Assert.Empty(home.Defenders);
        Assert.All(home.RuledOut, o =>
        {
            Assert.Equal(Truth.False, o.Condition(DefenceConditionKind.GeographicScope)!.Holds);
            var alternative = Assert.Single(o.PlaceAlternatives);
            Assert.Equal(new PlaceId("NEW_CALEDONIA"), alternative.Place.Id);
            Assert.Equal(Truth.True, alternative.Applies);
        });
        Assert.Equal<ActorId>(Ids("AUS GBR NZL PAK PHL THA USA"), caledonia.CertainDefenders);
    }

    [Fact]
    public void Seato_PakistanOutsideSoutheastAsia_IsInTheAreaAsTheTerritoryOfAnAsianParty()
    {
        var answer = Defenders("seato-1954", "PAK", 1960, 1, 1, attacker: "CHN");

        Assert.Equal<ActorId>(Ids("AUS FRA GBR NZL PHL THA USA"), answer.CertainDefenders);
        Assert.Equal(Truth.False, Load("seato-1954").Gazetteer.Resolve("PAK").AsT0.LiesIn(new PlaceId("SOUTHEAST_ASIA")));
    }

    [Fact]
    public void Seato_AttackOnTheUnitedStatesHomeTerritory_LiesOutsideTheTreatyArea()
    {
        var answer = Defenders("seato-1954", "USA", 1960, 1, 1, attacker: "SUN");

        Assert.Empty(answer.Defenders);
        Assert.All(answer.RuledOut, o => Assert.Contains(o.Conditions, c => c.Kind == DefenceConditionKind.GeographicScope && c.Holds == Truth.False));
    }

    [Fact]
    public void Seato_FranceDeFactoSuspension_CountsOnlyFromAssessed()
    {
        var france = new ActorId("FRA");

        Assert.Contains(france, Defenders("seato-1954", "THA", 1974, 1, 1, attacker: "VDR").CertainDefenders);
        var assessed = Defenders("seato-1954", "THA", 1974, 1, 1, attacker: "VDR", minimum: Confidence.Assessed);
        Assert.Equal<ActorId>(Ids("AUS GBR NZL PHL USA"), assessed.CertainDefenders);
        Assert.DoesNotContain(france, assessed.Defenders);
    }

    // ---- Warsaw Pact, 1955 --------------------------------------------------------------------------------------

    [Fact]
    public void Warsaw_EntryIntoForce_FifthJune1955()
    {
        Assert.Equal(Truth.False, Status("warsaw-1955", "warsaw-1955", 1955, 6, 4).IsInForce);
        Assert.Equal(Truth.True, Status("warsaw-1955", "warsaw-1955", 1955, 6, 5).IsInForce);
    }

    [Fact]
    public void Warsaw_PolandAttackedByWestGermanyIn1970_SixMustAssist()
    {
        var answer = Defenders("warsaw-1955", "POL", 1970, 1, 1, attacker: "DEU");

        Assert.Equal<ActorId>(Ids("BGR CSK DDR HUN ROU SUN"), answer.CertainDefenders);
        Assert.Equal<ActorId>(answer.Defenders, answer.CertainDefenders);
    }

    [Fact]
    public void Warsaw_AlbaniaIn1965_BoundInLawButSuspendedFromAssessed()
    {
        Assert.Equal<ActorId>(Ids("BGR CSK DDR HUN POL ROU SUN"), Defenders("warsaw-1955", "ALB", 1965, 1, 1, attacker: "DEU").CertainDefenders);
        Assert.Empty(Defenders("warsaw-1955", "ALB", 1965, 1, 1, attacker: "DEU", minimum: Confidence.Assessed).Defenders);
        Assert.Equal<TreatyStatus>([TreatyStatus.Suspended], Status("warsaw-1955", "warsaw-1955", 1965, 1, 1, Confidence.Assessed).Party(new ActorId("ALB"))!.Statuses);
    }

    [Fact]
    public void Warsaw_Albania_WithdrawnFromThirteenthSeptember1968()
    {
        var albania = new ActorId("ALB");

        Assert.Equal(Truth.True, Status("warsaw-1955", "warsaw-1955", 1968, 9, 12).Party(albania)!.IsInForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Withdrawn], Status("warsaw-1955", "warsaw-1955", 1968, 9, 13).Party(albania)!.Statuses);
        Assert.Empty(Defenders("warsaw-1955", "ALB", 1969, 1, 1, attacker: "DEU").Defenders);
    }

    [Fact]
    public void Warsaw_SovietUnionWithNoPlace_OnlyPossiblyInEurope()
    {
        var home = Defenders("warsaw-1955", "SUN", 1970, 1, 1, attacker: "DEU");
        var europe = Defenders("warsaw-1955", "SUN", 1970, 1, 1, attacker: "DEU", location: "European USSR");

        Assert.Equal<ActorId>(Ids("BGR CSK DDR HUN POL ROU"), home.Defenders);
        Assert.Empty(home.CertainDefenders);
        Assert.Equal<ActorId>(Ids("BGR CSK DDR HUN POL ROU"), europe.CertainDefenders);
    }

    [Fact]
    public void Warsaw_EastGermany_LeavesOnUnificationInOctober1990()
    {
        var gdr = new ActorId("DDR");

        Assert.Equal(Truth.True, Status("warsaw-1955", "warsaw-1955", 1990, 9, 30).Party(gdr)!.IsInForce);
        Assert.Equal(Truth.Unknown, Status("warsaw-1955", "warsaw-1955", 1990, 10, 15).Party(gdr)!.IsInForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Withdrawn], Status("warsaw-1955", "warsaw-1955", 1990, 11, 1).Party(gdr)!.Statuses);
    }

    [Fact]
    public void Warsaw_Treaty_TerminatedOnFirstJuly1991()
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("warsaw-1955", "warsaw-1955", 1991, 6, 30).Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.Terminated], Status("warsaw-1955", "warsaw-1955", 1991, 7, 1).Statuses);
        Assert.Empty(Defenders("warsaw-1955", "POL", 1991, 7, 2, attacker: "DEU").Defenders);
    }

    // ---- Anglo-Polish Agreement, 1939 ---------------------------------------------------------------------------

    [Fact]
    public void AngloPolish_InForceOnSignature()
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.NotSigned], Status("gbr-pol-1939", "gbr-pol-1939", 1939, 8, 24).Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("gbr-pol-1939", "gbr-pol-1939", 1939, 8, 25).Statuses);
    }

    [Fact]
    public void AngloPolish_PolandAttackedByGermany_BritainMustAssist()
    {
        var answer = Defenders("gbr-pol-1939", "POL", 1939, 9, 1, attacker: "DEU");

        Assert.Equal<ActorId>(Ids("GBR"), answer.CertainDefenders);
    }

    [Fact]
    public void AngloPolish_PolandAttackedByTheSovietUnion_TheSecretProtocolRulesBritainOut()
    {
        var answer = Defenders("gbr-pol-1939", "POL", 1939, 9, 17, attacker: "SUN");

        Assert.Empty(answer.Defenders);
        Assert.All(answer.RuledOut, o => Assert.Contains(o.Conditions, c => c.Kind == DefenceConditionKind.Adversary && c.Holds == Truth.False));
        Assert.Equal(2, answer.RuledOut.Length);
    }

    [Fact]
    public void AngloPolish_AttackerNotNamed_BritainOnlyPossibly()
    {
        var answer = Defenders("gbr-pol-1939", "POL", 1939, 9, 1);

        Assert.Equal<ActorId>(Ids("GBR"), answer.Defenders);
        Assert.Empty(answer.CertainDefenders);
    }

    [Fact]
    public void AngloPolish_BritainAttackedByGermany_PolandMustAssist() =>
        Assert.Equal<ActorId>(Ids("POL"), Defenders("gbr-pol-1939", "GBR", 1940, 7, 10, attacker: "DEU").CertainDefenders);

    // ---- China-DPRK treaty, 1961 --------------------------------------------------------------------------------

    [Fact]
    public void ChinaDprk_EntryIntoForce_TenthSeptember1961()
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.Signed], Status("chn-prk-1961", "chn-prk-1961", 1961, 9, 9).Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("chn-prk-1961", "chn-prk-1961", 1961, 9, 10).Statuses);
    }

    [Theory]
    [InlineData(1981)]
    [InlineData(2001)]
    [InlineData(2021)]
    public void ChinaDprk_AtEachTwentyYearMark_RenewedAndStillInForce(int year)
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("chn-prk-1961", "chn-prk-1961", year, 9, 9).Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("chn-prk-1961", "chn-prk-1961", year, 9, 10).Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("chn-prk-1961", "chn-prk-1961", year, 9, 11).Statuses);
    }

    [Fact]
    public void ChinaDprk_NorthKoreaAttackedOnTheSixtiethAnniversary_ChinaMustAssist()
    {
        Assert.Equal<ActorId>(Ids("CHN"), Defenders("chn-prk-1961", "PRK", 2021, 7, 11, attacker: "USA").CertainDefenders);
        Assert.Empty(Defenders("chn-prk-1961", "PRK", 1961, 9, 9, attacker: "USA").Defenders);
    }

    [Fact]
    public void ChinaDprkWhatIf_HypotheticalNoticeOfNonRenewal_ExpiresAtTheEndOfTheRunningTerm()
    {
        var pending = Status("chn-prk-1961-what-if", "chn-prk-1961", 2041, 9, 9, Confidence.Potential);
        var expired = Status("chn-prk-1961-what-if", "chn-prk-1961", 2041, 9, 10, Confidence.Potential);

        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], pending.Statuses);
        Assert.Equal(DayRange.Exactly(new LocalDate(2041, 9, 10)), pending.PendingExpiry);
        Assert.Equal<TreatyStatus>([TreatyStatus.Expired], expired.Statuses);
        Assert.All(expired.Parties, party => Assert.Equal<TreatyStatus>([TreatyStatus.Expired], party.Statuses));
    }

    [Fact]
    public void ChinaDprkWhatIf_ByDefault_TheHypotheticalNoticeIsSetAside()
    {
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], Status("chn-prk-1961-what-if", "chn-prk-1961", 2041, 9, 10).Statuses);
        Assert.Equal<ActorId>(Ids("CHN"), Defenders("chn-prk-1961-what-if", "PRK", 2041, 9, 10, attacker: "USA").CertainDefenders);
        Assert.Empty(Defenders("chn-prk-1961-what-if", "PRK", 2041, 9, 10, attacker: "USA", minimum: Confidence.Potential).Defenders);
    }

    private static Scenario Load(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var scenario))
            {
                var result = ScenarioJson.LoadFile(Path.Combine(Folder, name + ".json"));
                Assert.True(result.IsT0, $"{name}.json does not load.");
                Loaded[name] = scenario = result.AsT0;
            }

            return scenario;
        }
    }

    private static TreatyStatusReport Status(string file, string treaty, int year, int month, int day, Confidence minimum = Confidence.Reported) =>
        new StatusAnalysis(Load(file)).Evaluate(new TreatyId(treaty), new LocalDate(year, month, day), minimum).AsT0;

    private static DefenceAnswer Defenders(string file, string victim, int year, int month, int day, string? attacker = null, string? location = null, Confidence minimum = Confidence.Reported)
    {
        var answer = new DefenceAnalysis(Load(file)).Defenders(
            new ActorId(victim), new LocalDate(year, month, day), attacker is null ? null : new ActorId(attacker), location, minimum: minimum);
        Assert.True(answer.IsT0, answer.IsT1 ? answer.AsT1.ToString() : "");
        return answer.AsT0;
    }

    private static ImmutableArray<ActorId> Ids(string ids) => [.. ids.Split(' ').Select(id => new ActorId(id))];
}
