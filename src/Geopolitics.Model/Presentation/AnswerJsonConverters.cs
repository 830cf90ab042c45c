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
/// The System.Text.Json converters of the analyses' answers: each writes the answer as <see cref="AnswerJson"/> does
/// (the tool's <c>--format json</c>), and the analyses' enumerations as their camelCase names both ways.
/// </summary>
internal static class AnswerJsonConverters
{
    /// <summary>Every converter: the answers <see cref="AnswerJson"/> writes, and the analyses' enumerations.</summary>
    public static ImmutableArray<JsonConverter> All { get; } =
    [
        new AnswerConverter<TreatyStatusReport>(AnswerJson.Write),
        new AnswerConverter<DefenceAnswer>(static (writer, answer) => AnswerJson.Write(writer, answer, includeRuledOut: true)),
        new AnswerConverter<DefenceObligation>(AnswerJson.Write),
        new AnswerConverter<LedgerReport>(AnswerJson.Write),
        new AnswerConverter<PartnershipProfile>(AnswerJson.Write),
        new AnswerConverter<ComplianceReport>(AnswerJson.Write),
        new AnswerConverter<AlignmentBlocs>(AnswerJson.Write),
        new AnswerConverter<AlignmentLink>(AnswerJson.Write),
        new AnswerConverter<TimelineReport>(AnswerJson.Write),
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

    /// <summary>
    /// Writes an answer as <see cref="AnswerJson"/> does. An answer is written for people and programs to read, not
    /// read back: its JSON leaves out what an analysis keeps to compute it, so reading one is not supported.
    /// </summary>
    private sealed class AnswerConverter<T>(Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(T).Name} is an analysis's answer: it is written (AnswerJson), not read back; keep the scenario and ask the analysis again.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
