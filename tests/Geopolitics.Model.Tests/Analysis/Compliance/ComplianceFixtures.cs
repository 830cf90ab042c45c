using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Analysis.Ledger;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Analysis.Compliance;

/// <summary>Sanctions regimes and scenarios for the compliance tests.</summary>
internal static class ComplianceFixtures
{
    public static readonly ActorId Eu = new("EU");
    public static readonly ActorId Deu = new("DEU");
    public static readonly ActorId Fra = new("FRA");
    public static readonly ActorId Wagner = new("WAGNER");
    public static readonly ActorId RusMod = new("RUS-MOD");

    public static SanctionsRegime Regime(
        string id,
        ActorId authority,
        SanctionsBinding binding,
        DatePeriod period,
        ImmutableArray<SanctionsMeasure> measures,
        Confidence confidence = Confidence.Reported) =>
        new(new SanctionsRegimeId(id), authority, ArticleFacts.Prk, [], period, measures, binding, LedgerFixtures.EvidenceOf(confidence));

    /// <summary>A scenario with the seed states, the UN, the EU (members DEU and FRA), a private military company and a Russian ministry.</summary>
    public static Scenario Build(IEnumerable<SanctionsRegime> regimes, params Transfer[] transfers) => LedgerFixtures.Build(b =>
    {
        b.AddStates("DEU", "FRA")
            .AddActor(new Actor(Eu, ActorKind.Organisation, "European Union", members: [Deu, Fra]))
            .AddActor(new Actor(Wagner, ActorKind.Organisation, "Wagner Group"))
            .AddActor(new Actor(RusMod, ActorKind.Agency, "Russian Ministry of Defence", speaksFor: ArticleFacts.Rus));
        foreach (var regime in regimes)
        {
            b.AddSanctionsRegime(regime);
        }

        foreach (var transfer in transfers)
        {
            b.AddTransfer(transfer);
        }
    });

    public static Scenario UnderUn(params Transfer[] transfers) => Build([ArticleFacts.UnDprkSanctions], transfers);
}
