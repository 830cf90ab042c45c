using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Defence;

/// <summary>
/// <see cref="DefenceAnalysis.SetAside"/>: which facts an answer left out below its minimum confidence would change it.
/// A pact between RUS and PRK binding on signature, PRK's signature only alleged, and CHN–PRK 1961 beside it.
/// </summary>
public class DefenceAnalysisSetAsideTests
{
    private static readonly Evidence Alleged = Evidence.Unsourced(Confidence.Alleged);

    internal static DefenceAnalysis Analysis() => new(Scenario());

    internal static Scenario Scenario() =>
        new ScenarioBuilder("set-aside").AddStates("RUS", "PRK", "CHN").AddTreaty(Pact("pact", Alleged)).AddTreaty(ChinaDprk1961()).Build().AsT0;

    // A mutual-defence pact between RUS and PRK binding on signature, PRK's signature resting on `prkSignature`.
    private static Treaty Pact(string id, Evidence prkSignature) => new(
        new TreatyId(id),
        id,
        [Party(Rus, Day(2020, 1, 1)), new TreatyParty(Prk, new Signature(Day(2020, 1, 1), prkSignature))],
        new OnSignatureRule(),
        Reported,
        clauses: [new MutualDefenceClause(new ClauseId("art1"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, article: "Article 1")]);

    [Fact]
    public void SetAside_AllegedSignatureThatDecidesTheTreaty_ChangesTheAnswer()
    {
        var analysis = Analysis();
        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1)).AsT0;

        var setAside = analysis.SetAside(answer);

        Assert.Empty(answer.Defenders);
        var fact = Assert.Single(setAside);
        Assert.Equal("Treaties[0].Parties[1].Signature", fact.Fact.Path);
        Assert.True(fact.ChangesAnswer);
        Assert.Equal<ActorId>([Prk], analysis.Defenders(Rus, new LocalDate(2021, 1, 1), minimum: Confidence.Alleged).AsT0.Defenders);
    }

    [Fact]
    public void SetAside_VictimsOwnAllegedSignature_ChangesTheAnswerButNotTheCertainDefender()
    {
        var analysis = Analysis();
        var answer = analysis.Defenders(Prk, new LocalDate(2021, 1, 1), victimProvoked: false).AsT0;

        var setAside = analysis.SetAside(answer);

        // RUS's obligation to PRK rests on PRK's own alleged signature too: admitting it adds RUS.
        Assert.Equal<ActorId>([Chn], answer.Defenders);
        Assert.True(Assert.Single(setAside).ChangesAnswer);
    }

    [Fact]
    public void SetAside_DeniedSignatureAndAllegedOne_TheDeniedOneNeverChangesTheAnswer()
    {
        // PRK's signature denied in one pact, alleged in another just like it: only admitting the alleged one adds RUS.
        var pact = Pact("denied-pact", Evidence.Unsourced(Confidence.Denied));
        var analysis = new DefenceAnalysis(new ScenarioBuilder(Scenario()).AddTreaty(pact).Build().AsT0);
        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1)).AsT0;

        var setAside = analysis.SetAside(answer);

        Assert.Equal(
            [("Treaties[0].Parties[1].Signature", true), ("Treaties[2].Parties[1].Signature", false)],
            setAside.Select(fact => (fact.Fact.Path, fact.ChangesAnswer)).OrderBy(fact => fact.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void SetAside_AnswerAtTheWeakestMinimum_SetsNothingAside()
    {
        var analysis = Analysis();

        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1), minimum: Confidence.Potential).AsT0;

        Assert.Empty(analysis.SetAside(answer));
    }

    [Fact]
    public void SetAside_SeedAnswerWithNothingIgnored_IsEmpty()
    {
        var analysis = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024);

        Assert.Empty(analysis.SetAside(analysis.Defenders(Kor, new LocalDate(2025, 1, 1)).AsT0));
    }

    [Fact]
    public void ToText_WithSetAside_ListsReliedOnAndSetAsideFactsMarkedWhenTheyWouldChangeTheAnswer()
    {
        var analysis = Analysis();
        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1), Chn, victimProvoked: false).AsT0;

        var text = AnswerText.ToText(answer, includeRuledOut: true, analysis.SetAside(answer));

        Assert.Contains("attacked by CHN on 2021-01-01", text, StringComparison.Ordinal);
        Assert.Contains("not having provoked the attack", text, StringComparison.Ordinal);
        Assert.Contains("Relied on:\n  [Reported] pact: entry into force on signature. (Treaties[0].EntryIntoForce)\n  [Reported] 2020-01-01 RUS signed pact", text, StringComparison.Ordinal);
        Assert.EndsWith("Set aside below the minimum confidence Reported:\n  [Alleged] 2020-01-01 PRK signed pact on 2020-01-01. (Treaties[0].Parties[1].Signature) (would change the answer)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_AttackByTheOnlyGuarantor_SetAsideSignatureWouldNotChangeTheAnswer()
    {
        // PRK cannot be bound to defend RUS against its own attack, whether or not its signature is admitted.
        var analysis = Analysis();
        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1), Prk).AsT0;

        var text = AnswerText.ToText(answer, includeRuledOut: true, analysis.SetAside(answer));

        Assert.False(Assert.Single(analysis.SetAside(answer)).ChangesAnswer);
        Assert.EndsWith("Set aside below the minimum confidence Reported:\n  [Alleged] 2020-01-01 PRK signed pact on 2020-01-01. (Treaties[0].Parties[1].Signature)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_WithSetAside_WritesTheQueryFactsAndSetAside()
    {
        var analysis = Analysis();
        var answer = analysis.Defenders(Rus, new LocalDate(2021, 1, 1), victimProvoked: true).AsT0;

        using var json = System.Text.Json.JsonDocument.Parse(AnswerJson.ToJson(answer, includeRuledOut: true, analysis.SetAside(answer)));
        var root = json.RootElement;

        Assert.Equal("RUS", root.GetProperty("victim").GetString());
        Assert.Equal("true", root.GetProperty("provoked").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("attacker").ValueKind);
        Assert.Equal(0, root.GetProperty("defenders").GetArrayLength());
        Assert.Equal("false", root.GetProperty("obligations")[0].GetProperty("applies").GetString());
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("path").GetString() == "Treaties[0].Parties[0].Signature");
        var setAside = Assert.Single(root.GetProperty("setAside").EnumerateArray());
        Assert.Equal("alleged", setAside.GetProperty("confidence").GetString());
        Assert.True(setAside.GetProperty("changesAnswer").GetBoolean());
    }
}
