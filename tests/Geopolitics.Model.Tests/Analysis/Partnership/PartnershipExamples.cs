using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Partnership;

/// <summary>Small scenarios built in code for the partnership-profile and alignment tests, and a seed-like scenario.</summary>
internal static class PartnershipExamples
{
    public static LocalDate On(int year, int month, int day) => new(year, month, day);

    public static PartialDate Month(int year, int month) => new(year, month);

    public static PartialDate Day(int year, int month, int day) => new(year, month, day);

    public static Evidence With(Confidence confidence) =>
        confidence == Confidence.Confirmed ? Evidence.Of(confidence, Article) : Evidence.Unsourced(confidence);

    /// <summary>Builds a scenario of the seven seed states (plus UNSC and two agencies) and the given facts; throws if invalid.</summary>
    public static Scenario Build(Action<ScenarioBuilder> configure)
    {
        var builder = new ScenarioBuilder("test")
            .AddStates("RUS", "PRK", "KOR", "JPN", "CHN", "USA", "UKR")
            .AddActor(new Actor(Unsc, ActorKind.Organisation, "UN Security Council"))
            .AddActor(new Actor(KorNis, ActorKind.Agency, "National Intelligence Service", speaksFor: Kor))
            .AddActor(new Actor(UsaDod, ActorKind.Agency, "Pentagon", speaksFor: Usa));
        configure(builder);
        return builder.Build().Match(
            scenario => scenario,
            errors => throw new InvalidOperationException("Invalid test scenario:\n" + string.Join("\n", errors)));
    }

    public static Transfer Transfer(
        string id,
        ActorId supplier,
        ActorId recipient,
        DatePeriod period,
        TransferItem? item = null,
        Confidence confidence = Confidence.Reported,
        TransferStatus status = TransferStatus.Ongoing) =>
        new(
            new TransferId(id),
            supplier,
            recipient,
            period,
            status,
            item ?? new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers")),
            With(confidence));

    public static PersonnelItem Troops(PersonnelRole role = PersonnelRole.CombatTroops, bool inSupport = true) =>
        new(Estimate.Over(10_000m), role, inSupportOfOperations: inSupport);

    public static Stance Stance(
        string id,
        ActorId holder,
        StanceTarget target,
        StancePosition position,
        PartialDate date,
        Confidence confidence = Confidence.Reported,
        ActorId? via = null,
        params StanceSignal[] signals) =>
        new(new StanceId(id), holder, target, position, date, With(confidence), via, [.. signals]);

    public static StanceTarget Pair(ActorId first, ActorId second) => new ActorsTarget([first, second]);

    public static StanceTarget TargetActor(ActorId actor) => new ActorTarget(actor);

    public static StanceTarget TargetTreaty(TreatyId treaty) => new TreatyTarget(treaty);

    /// <summary>A treaty signed on one day and in force on another, with a mutual-defence clause, an economic-cooperation clause, or none.</summary>
    public static Treaty Treaty(
        string id,
        ActorId first,
        ActorId second,
        PartialDate signed,
        PartialDate? inForce = null,
        bool mutualDefence = false,
        bool withClause = true,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        Withdrawal? secondWithdraws = null,
        Period? withdrawalNotice = null,
        IEnumerable<Suspension>? suspensions = null,
        DatePeriod? firstSuspendsTowardsSecond = null,
        DatePeriod? secondSuspendsTowardsFirst = null) =>
        new(
            new TreatyId(id),
            id,
            [
                new TreatyParty(first, new Signature(signed, With(Confidence.Reported)))
                {
                    PartnerSuspensions = firstSuspendsTowardsSecond is { } period ? [new PartnerSuspension(second, period, With(Confidence.Reported))] : [],
                },
                new TreatyParty(second, new Signature(signed, With(Confidence.Reported)), withdrawal: secondWithdraws)
                {
                    PartnerSuspensions = secondSuspendsTowardsFirst is { } back ? [new PartnerSuspension(first, back, With(Confidence.Reported))] : [],
                },
            ],
            new RecordedRule(inForce ?? signed),
            With(Confidence.Reported),
            clauses: mutualDefence
                ? [new MutualDefenceClause(new ClauseId("art1"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, guarantors: guarantors, beneficiaries: beneficiaries, article: "Article 1")]
                : withClause ? [new ObligationClause(new ClauseId("art2"), ClauseKind.EconomicCooperation, article: "Article 2")] : null,
            withdrawalNotice: withdrawalNotice,
            suspensions: suspensions);

    /// <summary>The stances of the seed: the joint condemnation, Seoul, Tokyo and Beijing on the collaboration, Moscow and Pyongyang endorsing it.</summary>
    public static IReadOnlyList<Stance> SeedStances =>
    [
        .. JointCondemnation,
        .. new[] { Usa, Kor, Jpn }.Select(holder => Stance($"{holder.Value.ToLowerInvariant()}-condemns-shells", holder, new TransferTarget(Shells.Id), StancePosition.Condemns, Day(2024, 6, 24))),
        SeoulCondemns,
        Stance("jpn-concerned-rus-prk", Jpn, Pair(Rus, Prk), StancePosition.Concerned, Month(2024, 10)),
        Stance("chn-uneasy-rus-prk", Chn, Pair(Rus, Prk), StancePosition.Concerned, Month(2024, 10)),
        Stance("rus-endorses-treaty", Rus, TargetTreaty(RusPrkTreaty), StancePosition.Endorses, Day(2024, 6, 19), Confidence.Confirmed),
        Stance("prk-endorses-treaty", Prk, TargetTreaty(RusPrkTreaty), StancePosition.Endorses, Day(2024, 6, 19), Confidence.Confirmed),
        Stance("rus-endorses-partnership", Rus, Pair(Rus, Prk), StancePosition.Endorses, Day(2024, 6, 19), Confidence.Confirmed),
        Stance("prk-endorses-partnership", Prk, Pair(Rus, Prk), StancePosition.Endorses, Day(2024, 6, 19), Confidence.Confirmed),
    ];

    /// <summary>
    /// The seed facts (DOMAIN.md section 4) in a scenario: the 2024, 1961, 1953 and 1960 treaties, the article's
    /// transfers and the stances. The 2000 Russia–DPRK treaty, which the 2024 one supersedes, is recorded without clauses.
    /// </summary>
    public static Scenario SeedLike() => Build(builder =>
    {
        builder
            .AddTreaty(Treaties.TreatyExamples.RussiaDprk2024())
            .AddTreaty(Treaties.TreatyExamples.ChinaDprk1961())
            .AddTreaty(Treaties.TreatyExamples.UsaKorea1953())
            .AddTreaty(Treaties.TreatyExamples.UsaJapan1960())
            .AddTreaty(Treaties.TreatyExamples.RussiaDprk2000());

        foreach (var transfer in AllTransfers)
        {
            builder.AddTransfer(transfer);
        }

        foreach (var stance in SeedStances)
        {
            builder.AddStance(stance);
        }
    });

    public static T Ok<T, TError>(OneOf.OneOf<T, TError> result) =>
        result.Match(value => value, error => throw new InvalidOperationException($"Expected a result, got {error}."));

    public static string[] Ids(IEnumerable<FactReference> facts) => [.. facts.Select(f => f.Id)];
}
