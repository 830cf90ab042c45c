using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Scenarios;

/// <summary>
/// The model's types that hold arrays compare by value, member by member (<see cref="ValueEquality"/>): facts of the
/// seed scenario and of the treaty examples, one changed in one member at a time.
/// </summary>
public class ModelEqualityTests
{
    private static readonly Model.Scenarios.Scenario Seed = BuiltInScenarios.RussiaDprk2024;

    // Forty random scenarios (every kind of fact, every optional member) and the seed.
    private static readonly Model.Scenarios.Scenario[] Scenarios =
        [Seed, .. Enumerable.Range(1, 40).Select(seed => new RandomScenario(seed).Scenario())];

    private static T[] All<T>(Func<Model.Scenarios.Scenario, IEnumerable<T>> facts) => [.. Scenarios.SelectMany(facts)];

    private static readonly MutualDefenceClause ScopedClause = new(
        new ClauseId("art5"),
        DefenceTrigger.ArmedAttack,
        DefenceResponse.ConstitutionalProcesses,
        new ClauseConditions([Chn], new GeographicScope([Jpn], [new PlaceId("PACIFIC")], [new PlaceId("GUAM")], "the Pacific area"), nonProvocation: true, unrecorded: true),
        guarantors: [Usa],
        beneficiaries: [Jpn],
        article: "Article V");

    [Fact]
    public void Scenario_ComparesEveryMember()
    {
        var other = new Model.Scenarios.ScenarioBuilder("other", "another description").AddStates("GBR", "FRA").Build().AsT0;
        // The indexes by id, by party, by actor and by holder, and the gazetteer, are built from the lists.
        ValueEquality.AssertMemberwise([.. Scenarios, other], nameof(Model.Scenarios.Scenario.Gazetteer), "_actors", "_treaties", "_transfers", "_exchanges", "_stances", "_regimes", "_treatiesByParty", "_transfersByActor", "_stancesByHolder");
    }

    [Fact]
    public void Treaty_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(All(scenario => scenario.Treaties));
    }

    [Fact]
    public void TreatyParty_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(All(scenario => scenario.Treaties.SelectMany(treaty => treaty.Parties)));
    }

    [Fact]
    public void Clauses_CompareEveryMember()
    {
        ValueEquality.AssertMemberwise(ScopedClause, (MutualDefenceClause)RussiaDprk2024().Clauses.First(clause => clause is MutualDefenceClause));
        ValueEquality.AssertMemberwise(ScopedClause.Conditions, new ClauseConditions([Usa]));
        ValueEquality.AssertMemberwise(ScopedClause.Conditions.GeographicScope!, new GeographicScope([Kor]));

        var technology = new TechnologyTransferClause(new ClauseId("tech"), [TechnologyDomain.Space, TechnologyDomain.Nuclear], guarantors: [Rus], beneficiaries: [Prk], article: "Article 10");
        ValueEquality.AssertMemberwise(technology, new TechnologyTransferClause(new ClauseId("other"), [TechnologyDomain.Space]));
    }

    [Fact]
    public void Stance_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(All(scenario => scenario.Stances));
    }

    [Fact]
    public void StanceTargets_CompareEveryMember()
    {
        ValueEquality.AssertMemberwise(new ActorsTarget([Rus, Prk, Kor]), new ActorsTarget([Rus, Usa]));
        var resolution = new ResolutionTarget(1400, 30, new LocalDate(1975, 11, 10), "A/RES/3379", ["Colonialism", "Human rights"], amendment: false, paragraph: false, importantVote: true, title: "Elimination of all forms of racial discrimination");
        ValueEquality.AssertMemberwise(resolution, new ResolutionTarget(3, 1, new LocalDate(1946, 1, 1), "R/1/66"));
    }

    [Fact]
    public void Exchange_ComparesEveryMember()
    {
        var exchange = Seed.Exchanges[0];
        ValueEquality.AssertMemberwise(exchange, new Exchange(new ExchangeId("other"), [new TransferId("a"), new TransferId("b")], Seed.Transfers[^1].Evidence));
    }

    [Fact]
    public void Evidence_ComparesEveryMember()
    {
        var sourced = Seed.Treaties[0].Evidence;
        ValueEquality.AssertMemberwise(sourced, Seed.Stances[^1].Evidence);
    }

    [Fact]
    public void SanctionsRegime_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(All(scenario => scenario.SanctionsRegimes));
        ValueEquality.AssertMemberwise(
            new TechnologyBan([TechnologyDomain.Nuclear, TechnologyDomain.Space], EmbargoDirection.ProcurementFromTarget, "resolution 1718"),
            new TechnologyBan([TechnologyDomain.Nuclear]));
    }

    [Fact]
    public void Place_ComparesEveryMember()
    {
        var guam = new Place(new PlaceId("GUAM"), "Guam", PlaceKind.Territory, Usa, [new PlaceId("PACIFIC"), new PlaceId("ASIA")]);
        var pacific = new Place(new PlaceId("PACIFIC"), "Pacific area", PlaceKind.Region);
        var sakhalin = new Place(new PlaceId("SAKHALIN"), "Sakhalin", PlaceKind.Territory, Rus, [new PlaceId("PACIFIC")], [new PlaceId("ASIA")], aliases: ["Sakhalin Oblast"]);
        ValueEquality.AssertMemberwise([guam, pacific, sakhalin]);
    }

    [Fact]
    public void Actor_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(All(scenario => scenario.Actors));
    }

    [Fact]
    public void CowState_ComparesEveryMember()
    {
        var germany = new CowState(255, "GMY", "Germany", [new DatePeriod(new PartialDate(1816, 1, 1), new PartialDate(1945, 5, 8)), new DatePeriod(new PartialDate(1990, 10, 3))], CountryCatalogue.Default.FindByAlpha3("DEU"));
        ValueEquality.AssertMemberwise(germany, new CowState(245, "BAV", "Bavaria", [new DatePeriod(new PartialDate(1816, 1, 1), new PartialDate(1870, 12, 31))]));
    }

    [Fact]
    public void ErrorPath_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(ErrorPath.DocumentRoot.Member("treaties").Element(0), ErrorPath.OfMember("actors"));
    }
}
