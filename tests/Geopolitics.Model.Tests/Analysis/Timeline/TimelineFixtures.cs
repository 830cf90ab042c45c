using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Analysis.Ledger;
using Geopolitics.Model.Tests.Treaties;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Analysis.Timeline;

/// <summary>Scenarios for the timeline tests.</summary>
internal static class TimelineFixtures
{
    /// <summary>The article's facts: the 2024 and 2000 treaties, the transfers, the stances and the UN sanctions.</summary>
    public static Scenario Article() => LedgerFixtures.Build(b =>
    {
        b.AddActor(new Actor(ArticleFacts.KorNis, ActorKind.Agency, "National Intelligence Service", speaksFor: ArticleFacts.Kor))
            .AddTreaty(TreatyExamples.RussiaDprk2024())
            .AddTreaty(TreatyExamples.RussiaDprk2000())
            .AddSanctionsRegime(ArticleFacts.UnDprkSanctions)
            .AddStance(ArticleFacts.SeoulCondemns);
        foreach (var transfer in ArticleFacts.AllTransfers)
        {
            b.AddTransfer(transfer);
        }

        foreach (var stance in ArticleFacts.JointCondemnation)
        {
            b.AddStance(stance);
        }
    });

    public static Stance Stance(string id, ActorId holder, PartialDate date, Confidence confidence) =>
        new(new StanceId(id), holder, new IssueTarget("the war"), StancePosition.Concerned, date, LedgerFixtures.EvidenceOf(confidence));

    public static Scenario WithTreaty(Treaty treaty) => LedgerFixtures.Build(b => b.AddTreaty(treaty));
}
