using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Defence;

/// <summary>Scenarios built in code for the defence-obligation tests: the seed's defence treaties, and small ones for each rule.</summary>
internal static class DefenceExamples
{
    public static readonly ActorId Gbr = new("GBR");
    public static readonly ActorId Pol = new("POL");
    public static readonly ActorId Fra = new("FRA");
    public static readonly ActorId Deu = new("DEU");

    /// <summary>The five seed treaties (DOMAIN.md section 4) among the seed's states.</summary>
    public static Scenario Seed() => Build(
        new ScenarioBuilder("Seed defence treaties").AddStates("RUS", "PRK", "CHN", "USA", "KOR", "JPN", "UKR"),
        RussiaDprk2000(), RussiaDprk2024(), ChinaDprk1961(), UsaKorea1953(), UsaJapan1960());

    public static DefenceAnalysis SeedObligations() => new(Seed());

    /// <summary>A scenario of GBR, POL, FRA, DEU, RUS, USA, JPN, CHN and the given treaties.</summary>
    public static Scenario Small(params Treaty[] treaties) =>
        Build(new ScenarioBuilder("Small").AddStates("GBR", "POL", "FRA", "DEU", "RUS", "USA", "JPN", "CHN"), treaties);

    public static DefenceAnalysis Analyse(params Treaty[] treaties) => new(Small(treaties));

    /// <summary>A defence treaty between <paramref name="parties"/> in force from 2000-01-01 (signed, recorded), holding <paramref name="clauses"/>.</summary>
    public static Treaty DefenceTreaty(string id, ActorId[] parties, params MutualDefenceClause[] clauses) => DefenceTreaty(id, parties, Day(2000, 1, 1), null, clauses);

    public static Treaty DefenceTreaty(string id, ActorId[] parties, PartialDate inForce, Period? notice, MutualDefenceClause[] clauses, params TreatyParty[] overrides) =>
        new(
            new TreatyId(id),
            $"Treaty {id}",
            parties.Select(p => overrides.FirstOrDefault(o => o.Actor == p) ?? Party(p, Day(1999, 6, 1))),
            new RecordedRule(inForce),
            Reported,
            clauses: clauses,
            withdrawalNotice: notice);

    public static MutualDefenceClause Clause(
        string id = "art1",
        ClauseConditions? conditions = null,
        ActorId[]? guarantors = null,
        ActorId[]? beneficiaries = null) =>
        new(new ClauseId(id), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, conditions, guarantors, beneficiaries, article: $"Article {id}");

    public static DefenceAnswer Answer(this OneOf.OneOf<DefenceAnswer, Geopolitics.Model.Errors.ModelError> result) =>
        result.Match(answer => answer, error => throw new InvalidOperationException($"Expected an answer, got {error}."));

    private static Scenario Build(ScenarioBuilder builder, params Treaty[] treaties)
    {
        foreach (var treaty in treaties)
        {
            builder.AddTreaty(treaty);
        }

        return builder.Build().Match(
            scenario => scenario,
            errors => throw new InvalidOperationException("Invalid test scenario: " + string.Join("; ", errors)));
    }
}
