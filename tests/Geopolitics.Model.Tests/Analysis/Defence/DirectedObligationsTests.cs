using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Defence.DefenceExamples;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Defence;

/// <summary>
/// Obligations between particular parties (issue 11, point 1): a party's suspension of its obligations towards one
/// partner alone, and a party's understanding that narrows its own promise, followed by the defenders, the network,
/// the calendar, partnership and status; and written to and read from the scenario file.
/// </summary>
public class DirectedObligationsTests
{
    private static readonly ActorId Usa = new("USA");
    private static readonly ActorId Rus = new("RUS");
    private static readonly ActorId Chn = new("CHN");
    private static readonly ActorId Jpn = new("JPN");

    private static TreatyParty Member(ActorId actor) => Party(actor, Day(1999, 6, 1));

    /// <summary>
    /// A pact of GBR, POL, FRA and DEU, all defending all from 2000: POL suspended its obligations towards DEU alone from
    /// 2010-01-01 to 2012-06-30; GBR ended its obligations towards FRA alone in March 2015 (the day not known).
    /// </summary>
    private static Treaty Pact() => DefenceTreaty(
        "pact",
        [Gbr, Pol, Fra, Deu],
        Day(2000, 1, 1),
        null,
        [Clause("art5")],
        Member(Pol) with { PartnerSuspensions = [new PartnerSuspension(Deu, new DatePeriod(Day(2010, 1, 1), Day(2012, 6, 30)), Reported, "a dispute over a border")] },
        Member(Gbr) with { PartnerSuspensions = [new PartnerSuspension(Fra, new DatePeriod(new PartialDate(2015, 3)), Reported)] });

    /// <summary>A SEATO-like treaty: USA, GBR and FRA defend each other, and the USA's understanding limits its own promise to attacks by RUS.</summary>
    private static Treaty Manila() => DefenceTreaty(
        "manila",
        [Usa, Gbr, Fra],
        Day(2000, 1, 1),
        null,
        [Clause("art4-1")],
        Member(Usa) with { Understandings = [new PartyUnderstanding(new ClauseId("art4-1"), new ClauseConditions(adversaries: [Rus]), Reported, "applies only to aggression by RUS")] });

    /// <summary>A one-sided guarantee: USA defends JPN, JPN promises nothing; the USA suspended it towards JPN in 2020.</summary>
    private static Treaty OneSided() => DefenceTreaty(
        "one-sided",
        [Usa, Jpn],
        Day(2000, 1, 1),
        null,
        [Clause("art1", guarantors: [Usa], beneficiaries: [Jpn])],
        Member(Usa) with { PartnerSuspensions = [new PartnerSuspension(Jpn, new DatePeriod(Day(2020, 1, 1), Day(2020, 12, 31)), Reported)] });

    [Fact]
    public void Defenders_PartnerSuspended_RulesOutOnlyThatDirectionAndNamesTheFact()
    {
        var analysis = Analyse(Pact());

        var answer = analysis.Defenders(Deu, new LocalDate(2011, 1, 1)).Answer();

        Assert.Equal([Fra, Gbr], answer.Obligations.Select(o => o.Guarantor).Order());
        var poland = Assert.Single(answer.RuledOut, o => o.Guarantor == Pol);
        var condition = Assert.Single(poland.Conditions, c => c.Kind == DefenceConditionKind.PartnerSuspension);
        Assert.Equal(Truth.False, condition.Holds);
        Assert.Contains("Parties[1].PartnerSuspensions[0]", condition.Reason, StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Path == "Treaties[0].Parties[1].PartnerSuspensions[0]");
    }

    [Fact]
    public void Defenders_PartnerSuspended_PartnerAndThirdPartiesStillOweTheSuspendingParty()
    {
        var analysis = Analyse(Pact());

        var answer = analysis.Defenders(Pol, new LocalDate(2011, 1, 1)).Answer();

        Assert.Equal([Deu, Fra, Gbr], answer.Obligations.Select(o => o.Guarantor).Order());
        Assert.All(answer.Obligations, o => Assert.Equal(Truth.True, o.Applies));
    }

    [Theory]
    [InlineData(2009, 12, 31, true)]
    [InlineData(2010, 1, 1, false)]
    [InlineData(2012, 6, 30, false)]
    [InlineData(2012, 7, 1, true)]
    public void Defenders_PartnerSuspensionPeriod_IncludesBothEndsAndResumesAfter(int year, int month, int day, bool polandDefends)
    {
        var analysis = Analyse(Pact());
        var date = new LocalDate(year, month, day);

        var defenders = analysis.Defenders(Deu, date).Answer().Obligations.Select(o => o.Guarantor);

        Assert.Equal(polandDefends, defenders.Contains(Pol));
        Assert.Equal(polandDefends, analysis.DefendersOf(Deu, date).AsT0.Contains(Pol));
    }

    [Fact]
    public void Defenders_PartnerSuspensionKnownToTheMonth_IsUnknownWithinItAndFalseAfter()
    {
        var analysis = Analyse(Pact());

        var during = analysis.Defenders(Fra, new LocalDate(2015, 3, 15)).Answer();
        var after = analysis.Defenders(Fra, new LocalDate(2015, 4, 1)).Answer();
        var towardsBritain = analysis.Defenders(Gbr, new LocalDate(2016, 1, 1)).Answer();

        Assert.Equal(Truth.Unknown, Assert.Single(during.Obligations, o => o.Guarantor == Gbr).Applies);
        Assert.Contains(after.RuledOut, o => o.Guarantor == Gbr);
        Assert.Contains(towardsBritain.Obligations, o => o.Guarantor == Fra && o.Applies.IsTrue);
        Assert.Equal([Deu, Pol], analysis.DefendersOf(Fra, new LocalDate(2015, 4, 1)).AsT0.Order());
    }

    [Fact]
    public void Network_PartnerSuspended_DropsOnlyThatEdge()
    {
        var network = Analyse(Pact()).Network(new LocalDate(2011, 1, 1));

        Assert.DoesNotContain(network.Edges, e => e.Guarantor == Pol && e.Beneficiary == Deu);
        Assert.Contains(network.Edges, e => e.Guarantor == Deu && e.Beneficiary == Pol);
        Assert.Contains(network.Edges, e => e.Guarantor == Pol && e.Beneficiary == Fra);
        Assert.Equal(11, network.Edges.Length);
    }

    [Fact]
    public void Partnership_OneSidedGuaranteeSuspended_IsNotAlliedWhileTheOtherDirectionIsStill()
    {
        var partnership = new PartnershipAnalysis(Small(Pact(), OneSided()));

        var suspended = partnership.Profile(Usa, Jpn, new LocalDate(2020, 6, 1)).AsT0;
        var before = partnership.Profile(Usa, Jpn, new LocalDate(2019, 6, 1)).AsT0;
        var stillOwedBack = partnership.Profile(Pol, Deu, new LocalDate(2011, 1, 1)).AsT0;

        Assert.Equal(Truth.False, suspended.Indicators.Single(i => i.Stage == PartnershipStage.Allied).Holds);
        Assert.Equal(Truth.True, before.Indicators.Single(i => i.Stage == PartnershipStage.Allied).Holds);
        Assert.Equal(Truth.True, stillOwedBack.Indicators.Single(i => i.Stage == PartnershipStage.Allied).Holds);
    }

    [Fact]
    public void PartnershipTimeline_OneSidedGuaranteeSuspended_ChangesStageOnTheSuspensionsDays()
    {
        var partnership = new PartnershipAnalysis(Small(OneSided()));

        var timeline = partnership.Timeline(Usa, Jpn, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)).AsT0;

        Assert.Contains(timeline.Changes, c => c.Before == PartnershipStage.Allied && c.After < PartnershipStage.Allied && c.When.Earliest == new LocalDate(2020, 1, 1));
        Assert.Contains(timeline.Changes, c => c.After == PartnershipStage.Allied && c.When.Earliest == new LocalDate(2021, 1, 1));
    }

    [Fact]
    public void Status_PartnerSuspension_IsListedButLeavesThePartyInForce()
    {
        var report = new StatusAnalysis([Pact()]).EvaluateTreaty(Pact(), new LocalDate(2011, 1, 1));

        Assert.Equal(Truth.True, report.Party(Pol)!.IsInForce);
        var fact = Assert.Single(report.Party(Pol)!.Facts, f => f.Kind == TreatyFactKind.PartnerSuspension);
        Assert.Equal("Parties[1].PartnerSuspensions[0]", fact.Path);
        Assert.Contains("towards DEU", fact.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RUS", "true")]
    [InlineData("CHN", "false")]
    [InlineData(null, "unknown")]
    public void Defenders_UnderstandingNarrowsOnlyTheMakersPromise(string? attacker, string usaApplies)
    {
        var analysis = Analyse(Manila());
        ActorId? by = attacker is null ? null : new ActorId(attacker);

        var forBritain = analysis.Defenders(Gbr, new LocalDate(2001, 1, 1), attacker: by).Answer();
        var forUsa = analysis.Defenders(Usa, new LocalDate(2001, 1, 1), attacker: by).Answer();

        var usa = forBritain.Obligations.Concat(forBritain.RuledOut).Single(o => o.Guarantor == Usa);
        Assert.Equal(usaApplies, usa.Applies.ToString());
        var adversary = Assert.Single(usa.Conditions, c => c.Kind == DefenceConditionKind.Adversary);
        Assert.Contains("Parties[0].Understandings[0]", adversary.Reason, StringComparison.Ordinal);
        Assert.Equal(Truth.True, forBritain.Obligations.Single(o => o.Guarantor == Fra).Applies);
        Assert.All(forUsa.Obligations, o => Assert.Equal(Truth.True, o.Applies));
        Assert.Equal([Fra, Gbr], forUsa.Obligations.Select(o => o.Guarantor).Order());
        Assert.Contains(forBritain.Facts, f => f.Path == "Treaties[0].Parties[0].Understandings[0]");
    }

    [Fact]
    public void Defenders_GuaranteeByOutsidePowers_ObligesTheGuarantorsOnly()
    {
        var guarantee = DefenceTreaty("guarantee", [Gbr, Fra, Pol], Clause("art1", guarantors: [Gbr, Fra], beneficiaries: [Pol]));
        var analysis = Analyse(guarantee);

        var poland = analysis.Defenders(Pol, new LocalDate(2001, 1, 1)).Answer();
        var britain = analysis.Defenders(Gbr, new LocalDate(2001, 1, 1)).Answer();

        Assert.Equal([Fra, Gbr], poland.Obligations.Select(o => o.Guarantor).Order());
        Assert.Empty(britain.Obligations);
        Assert.Empty(britain.RuledOut);
    }

    [Fact]
    public void ScenarioFile_DirectedFacts_ReadBackEqual()
    {
        var scenario = Small(Pact(), Manila());

        var written = ScenarioJson.Serialize(scenario);
        var again = ScenarioJson.Parse(written).AsT0;

        Assert.Contains("\"partnerSuspensions\"", written, StringComparison.Ordinal);
        Assert.Contains("\"understandings\"", written, StringComparison.Ordinal);
        Assert.True(scenario.Treaties.SequenceEqual(again.Treaties), "The treaties read back differ from those written.");
        Assert.Equal(2, again.Treaties[0].Parties.Sum(p => p.PartnerSuspensions.Length));
        Assert.Equal(new ActorId("RUS"), again.Treaties[1].Parties[0].Understandings.Single().Conditions.Adversaries.Single());
        Assert.Equal(ScenarioJson.Serialize(again), written);
    }

    public static TheoryData<string, string, string> BadDirectedFacts => new()
    {
        { """{"partner":"USA","period":{"start":"2010"},"evidence":{"confidence":"reported"}}""", "partnerSuspensions", ErrorCodes.PartnerSuspensionPartnerNotParty },
        { """{"partner":"POL","period":{"start":"2010"},"evidence":{"confidence":"reported"}}""", "partnerSuspensions", ErrorCodes.PartnerSuspensionOfItself },
        { """{"clause":"art9","conditions":{"nonProvocation":true},"evidence":{"confidence":"reported"}}""", "understandings", ErrorCodes.UnderstandingUnknownClause },
        { """{"clause":"art5","conditions":{"geographicScope":{"regions":["EUROP"]}},"evidence":{"confidence":"reported"}}""", "understandings", ErrorCodes.UnknownPlace },
        { """{"clause":"art5","conditions":{"geographicScope":{"places":["HAWAI"]}},"evidence":{"confidence":"reported"}}""", "understandings", ErrorCodes.UnknownPlace },
        { """{"clause":"art5","conditions":{"adversaries":["XYZ"]},"evidence":{"confidence":"reported"}}""", "understandings", ErrorCodes.TreatyUnknownActor },
        { """{"clause":"art5","conditions":{"adversaries":["FRA"]},"evidence":{"confidence":"reported"}}""", "understandings", ErrorCodes.ClauseAdversaryIsParty },
    };

    [Theory]
    [MemberData(nameof(BadDirectedFacts))]
    public void Parse_BadDirectedFact_FailsWithItsCodeAtItsPath(string item, string member, string code)
    {
        var json = ScenarioJson.Serialize(Small(DefenceTreaty("pact", [Gbr, Pol, Fra, Deu], Clause("art5"))))
            .Replace("\"actor\": \"POL\",", $"\"actor\": \"POL\", \"{member}\": [{item}],", StringComparison.Ordinal);

        var errors = ScenarioJson.Parse(json).Match(_ => throw new InvalidOperationException(json), errors => errors);

        var error = Assert.Single(errors, e => e.Code == code);
        Assert.StartsWith($"$.treaties[0].parties[1].{member}[", error.Location.Path!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverlappingSuspensionsTowardsOnePartner_FailsWithGM0432()
    {
        var pol = Member(Pol) with
        {
            PartnerSuspensions =
            [
                new PartnerSuspension(Deu, new DatePeriod(Day(2010, 1, 1), Day(2012, 6, 30)), Reported),
                new PartnerSuspension(Deu, new DatePeriod(Day(2012, 1, 1)), Reported),
                new PartnerSuspension(Fra, new DatePeriod(Day(2011, 1, 1)), Reported),
            ],
        };
        var treaty = DefenceTreaty("pact", [Gbr, Pol, Fra, Deu], Day(2000, 1, 1), null, [Clause("art5")], pol);

        var errors = new ScenarioBuilder("Bad").AddStates("GBR", "POL", "FRA", "DEU").AddTreaty(treaty).Build().AsT1;

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.PartnerSuspensionsOverlap, error.Code);
        Assert.Equal("Treaties[0].Parties[1].PartnerSuspensions[1].Period", error.Location.Path!.ToString());
    }

    [Fact]
    public void Build_UnderstandingOfAClauseThePartyDoesNotOwe_FailsWithGM0434()
    {
        var usa = Member(Usa) with { Understandings = [new PartyUnderstanding(new ClauseId("art1"), new ClauseConditions(nonProvocation: true), Reported)] };
        var treaty = DefenceTreaty("guarantee", [Gbr, Usa], Day(2000, 1, 1), null, [Clause("art1", guarantors: [Gbr], beneficiaries: [Usa])], usa);

        var errors = new ScenarioBuilder("Bad").AddStates("GBR", "USA").AddTreaty(treaty).Build().AsT1;

        Assert.Equal(ErrorCodes.UnderstandingNotOwed, Assert.Single(errors).Code);
    }

    [Fact]
    public void TreatyParty_DirectedFacts_CountInEquality()
    {
        var plain = Member(Pol);
        var directed = plain with { PartnerSuspensions = [new PartnerSuspension(Deu, new DatePeriod(Day(2010, 1, 1)), Reported)] };

        Assert.NotEqual(plain, directed);
        Assert.Equal(directed, plain with { PartnerSuspensions = [new PartnerSuspension(Deu, new DatePeriod(Day(2010, 1, 1)), Reported)] });
        Assert.Throws<ArgumentException>(() => plain with { Understandings = [null!] });
    }
}
