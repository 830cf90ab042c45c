using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// The System.Text.Json converters of the analyses' answers: each answer, and each public part of one, is written with
/// every value it was made of and reads back equal (<see cref="AnswerJsonData"/>); the analyses' enumerations are
/// their camelCase names both ways.
/// </summary>
internal static class AnswerJsonConverters
{
    /// <summary>Every converter: the answers and their parts, and the analyses' enumerations.</summary>
    public static ImmutableArray<JsonConverter> All { get; } =
    [
        // Facts.
        Answer<FactReference>(static (d, e, p) => d.ReadFactReference(e, p), AnswerJsonData.WriteFactReference),
        Answer<SetAsideFact>(static (d, e, p) => d.ReadSetAsideFact(e, p), AnswerJsonData.WriteSetAsideFact),
        Answer<TreatyFact>(static (d, e, p) => d.ReadTreatyFact(e, p), AnswerJsonData.WriteTreatyFact),

        // Status and timeline.
        Answer<TreatyStatusReport>(static (d, e, p) => d.ReadStatusReport(e, p), AnswerJsonData.WriteStatusReport),
        Answer<TreatyPartyStatus>(static (d, e, p) => d.ReadPartyStatus(e, p), AnswerJsonData.WritePartyStatus),
        Answer<TimelineReport>(static (d, e, p) => d.ReadTimelineReport(e, p), AnswerJsonData.WriteTimelineReport),
        Answer<TimelineEntry>(static (d, e, p) => d.ReadTimelineEntry(e, p), AnswerJsonData.WriteTimelineEntry),

        // Defence.
        Answer<DefenceAnswer>(static (d, e, p) => d.ReadDefenceAnswer(e, p), AnswerJsonData.WriteDefenceAnswer),
        Answer<DefenceObligation>(static (d, e, p) => d.ReadObligation(e, p), AnswerJsonData.WriteObligation),
        Answer<DefenceCondition>(static (d, e, p) => d.ReadCondition(e, p), AnswerJsonData.WriteCondition),
        Answer<DefenceSetAsideFact>(static (d, e, p) => d.ReadDefenceSetAsideFact(e, p), AnswerJsonData.WriteDefenceSetAsideFact),
        Answer<PlaceAlternative>(static (d, e, p) => d.ReadPlaceAlternative(e, p), AnswerJsonData.WritePlaceAlternative),
        Answer<DefenceNetwork>(static (d, e, p) => d.ReadNetwork(e, p), AnswerJsonData.WriteNetwork),
        Answer<DefenceNode>(static (d, e, p) => d.ReadNode(e, p), AnswerJsonData.WriteNode),
        Answer<DefenceEdge>(static (d, e, p) => d.ReadEdge(e, p), AnswerJsonData.WriteEdge),

        // Ledger and compliance.
        Answer<LedgerReport>(static (d, e, p) => d.ReadLedger(e, p), AnswerJsonData.WriteLedger),
        Answer<LedgerFlow>(static (d, e, p) => d.ReadFlow(e, p), AnswerJsonData.WriteFlow),
        Answer<LinkedExchange>(static (d, e, p) => d.ReadLinkedExchange(e, p), AnswerJsonData.WriteLinkedExchange),
        Answer<MunitionsTotal>(static (d, e, p) => d.ReadMunitions(e, p), AnswerJsonData.WriteMunitions),
        Answer<WeaponSystemsTotal>(static (d, e, p) => d.ReadWeaponSystems(e, p), AnswerJsonData.WriteWeaponSystems),
        Answer<TechnologyTotal>(static (d, e, p) => d.ReadTechnology(e, p), AnswerJsonData.WriteTechnology),
        Answer<MoneyTotal>(static (d, e, p) => d.ReadMoney(e, p), AnswerJsonData.WriteMoney),
        Answer<PersonnelTotal>(static (d, e, p) => d.ReadPersonnel(e, p), AnswerJsonData.WritePersonnel),
        Answer<ResourcesTotal>(static (d, e, p) => d.ReadResources(e, p), AnswerJsonData.WriteResources),
        Answer<ComplianceReport>(static (d, e, p) => d.ReadCompliance(e, p), AnswerJsonData.WriteCompliance),
        Answer<SanctionsBreach>(static (d, e, p) => d.ReadBreach(e, p), AnswerJsonData.WriteBreach),

        // Alignment, partnership and votes.
        Answer<AlignmentLink>(static (d, e, p) => d.ReadLink(e, p), AnswerJsonData.WriteLink),
        Answer<AlignmentBloc>(static (d, e, p) => d.ReadBloc(e, p), AnswerJsonData.WriteBloc),
        Answer<AlignmentBlocs>(static (d, e, p) => d.ReadBlocs(e, p), AnswerJsonData.WriteBlocs),
        Answer<PortfolioSimilarity>(static (d, e, p) => d.ReadPortfolios(e, p), AnswerJsonData.WritePortfolios),
        Answer<PortfolioEntry>(static (d, e, p) => d.ReadPortfolioEntry(e, p), AnswerJsonData.WritePortfolioEntry),
        Answer<StanceSimilarity>(static (d, e, p) => d.ReadStances(e, p), AnswerJsonData.WriteStances),
        Answer<StanceComparison>(static (d, e, p) => d.ReadComparison(e, p), AnswerJsonData.WriteComparison),
        Answer<PartnershipProfile>(static (d, e, p) => d.ReadProfile(e, p), AnswerJsonData.WriteProfile),
        Answer<PartnershipIndicator>(static (d, e, p) => d.ReadIndicator(e, p), AnswerJsonData.WriteIndicator),
        Answer<PartnershipTimeline>(static (d, e, p) => d.ReadPartnershipTimeline(e, p), AnswerJsonData.WritePartnershipTimeline),
        Answer<PartnershipSpan>(static (d, e, p) => d.ReadSpan(e, p), AnswerJsonData.WriteSpan),
        Answer<PartnershipStageChange>(static (d, e, p) => d.ReadChange(e, p), AnswerJsonData.WriteChange),
        Answer<VoteSimilarity>(static (d, e, p) => d.ReadVoteSimilarity(e, p), AnswerJsonData.WriteVoteSimilarity),
        Answer<DyadYearVoteSimilarity>(static (d, e, p) => d.ReadDyadYear(e, p), AnswerJsonData.WriteDyadYear),
        Answer<RecordedVote>(static (d, e, p) => d.ReadRecordedVote(e, p), AnswerJsonData.WriteRecordedVote),

        new EnumJsonConverter<AlignmentBasis>(),
        new EnumJsonConverter<PartyInBreach>(),
        new EnumJsonConverter<DefenceConditionKind>(),
        new EnumJsonConverter<FactKind>(),
        new EnumJsonConverter<TreatyFactKind>(),
        new EnumJsonConverter<SetAsideReason>(),
        new EnumJsonConverter<PartnershipStage>(),
        new EnumJsonConverter<TreatyStatus>(),
        new EnumJsonConverter<TimelineEvent>(),
        new EnumJsonConverter<VoteMeasure>(),
    ];

    // An answer reads with the scenario file's reader underneath (every problem found, at its path), as a model value does.
    private static ModelJsonConverter<T> Answer<T>(Func<AnswerJsonData, JsonElement, JsonPathRef, T?> read, Action<Utf8JsonWriter, T> write) =>
        new(
            (reader, element, path) => read(new AnswerJsonData(reader), element, path),
            write,
            text: null);
}
