using System.Collections.Immutable;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// The analyses' answers as data that reads back: every value an answer was made of, each reader beside its writer,
/// in the scenario file's vocabulary (camelCase names and enumeration values, truths as <c>"true"</c>/<c>"false"</c>/
/// <c>"unknown"</c>, days as ISO 8601, model values as the file writes them). What an answer derives from those values
/// (a defence obligation's <c>applies</c>, a profile's stage) is not written: it is derived again when read. Members
/// the answer leaves empty (<see langword="null"/>) are left out. This file holds the shared parts and the answers of
/// status, timeline and votes; <c>AnswerJsonData.Analyses.cs</c> those of the other analyses.
/// </summary>
/// <remarks>
/// A reader reports every problem to the scenario reader it is given, at its path, and returns
/// <see langword="null"/> (or <c>default</c>) after a problem, as the scenario file's readers do.
/// </remarks>
internal sealed partial class AnswerJsonData
{
    private static readonly JsonEnum<FactKind> FactKinds = new(Enum.GetValues<FactKind>(), "a kind of fact");
    private static readonly JsonEnum<TreatyFactKind> TreatyFactKinds = new(Enum.GetValues<TreatyFactKind>(), "a kind of treaty fact");
    private static readonly JsonEnum<SetAsideReason> SetAsideReasons = new(Enum.GetValues<SetAsideReason>(), "a reason a fact was set aside");
    private static readonly JsonEnum<TreatyStatus> TreatyStatuses = new(Enum.GetValues<TreatyStatus>(), "a treaty status");
    private static readonly JsonEnum<TimelineEvent> TimelineEvents = new(Enum.GetValues<TimelineEvent>(), "a timeline event");

    private readonly ScenarioJsonReader _reader;
    private readonly JsonErrors _values;

    /// <summary>Creates the readers, reporting to <paramref name="reader"/>.</summary>
    public AnswerJsonData(ScenarioJsonReader reader)
    {
        _reader = reader;
        _values = reader.Values;
    }

    // Facts.

    internal static void WriteFactReference(Utf8JsonWriter writer, FactReference fact)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.Name(fact.Kind));
        writer.WriteString("id", fact.Id);
        writer.WriteString("path", fact.Path);
        if (fact.Date is { } date)
        {
            writer.WriteString("date", date.ToString());
        }

        writer.WriteString("confidence", JsonEnums.Name(fact.Confidence));
        writer.WriteString("description", fact.Description);
        writer.WriteEndObject();
    }

    internal FactReference? ReadFactReference(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a fact reference");
        if (o is null)
        {
            return null;
        }

        var kind = o.Required("kind", _values.Enum(FactKinds));
        var id = o.Required("id", _values.String);
        var factPath = o.Required("path", _values.String);
        var date = o.OptionalValue("date", _values.Date);
        var confidence = o.Required("confidence", _values.Enum(JsonEnums.Confidence));
        var description = o.Required("description", _values.String);
        return o.Finish() ? new FactReference(kind, id, factPath, date, confidence, description) : null;
    }

    internal static void WriteSetAsideFact(Utf8JsonWriter writer, SetAsideFact fact)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("fact");
        WriteFactReference(writer, fact.Fact);
        writer.WriteString("reason", JsonEnums.Name(fact.Reason));
        writer.WriteEndObject();
    }

    internal SetAsideFact? ReadSetAsideFact(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a fact set aside");
        if (o is null)
        {
            return null;
        }

        var fact = o.Required("fact", ReadFactReference);
        var reason = o.Required("reason", _values.Enum(SetAsideReasons));
        return o.Finish() ? new SetAsideFact(fact, reason) : null;
    }

    internal static void WriteTreatyFact(Utf8JsonWriter writer, TreatyFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("treaty", fact.Treaty.Value);
        if (fact.Party is { } party)
        {
            writer.WriteString("party", party.Value);
        }

        writer.WriteString("kind", JsonEnums.Name(fact.Kind));
        writer.WriteString("path", fact.Path);
        if (fact.Date is { } date)
        {
            writer.WriteString("date", date.ToString());
        }

        writer.WritePropertyName("evidence");
        ScenarioJsonWriter.WriteEvidence(writer, fact.Evidence);
        writer.WriteString("description", fact.Description);
        writer.WriteEndObject();
    }

    internal TreatyFact? ReadTreatyFact(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a treaty fact");
        if (o is null)
        {
            return null;
        }

        var treaty = o.Required("treaty", _reader.TreatyIds);
        var party = o.OptionalValue("party", _reader.ActorIds);
        var kind = o.Required("kind", _values.Enum(TreatyFactKinds));
        var factPath = o.Required("path", _values.String);
        var date = o.OptionalValue("date", _values.Date);
        var evidence = o.Required("evidence", _reader.ReadEvidence);
        var description = o.Required("description", _values.String);
        return o.Finish() ? o.Create(ArgumentProblem.Blank(factPath, "path") ?? ArgumentProblem.Blank(description, "description"), () => new TreatyFact(treaty, party, kind, factPath, date, evidence, description)) : null;
    }

    // Status.

    internal static void WriteStatusReport(Utf8JsonWriter writer, TreatyStatusReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("treaty", report.Treaty.Value);
        Day(writer, "on", report.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(report.Minimum));
        WriteStatusMembers(writer, report.Statuses, report.EntryIntoForce);
        OptionalDayRange(writer, "expiry", report.Expiry);
        OptionalDayRange(writer, "pendingExpiry", report.PendingExpiry);
        Array(writer, "parties", report.Parties, WritePartyStatus);
        Array(writer, "facts", report.Facts, WriteTreatyFact);
        Array(writer, "ignoredFacts", report.IgnoredFacts, WriteTreatyFact);
        Strings(writer, "explanation", report.Explanation);
        writer.WriteEndObject();
    }

    internal TreatyStatusReport? ReadStatusReport(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a treaty's status report");
        if (o is null)
        {
            return null;
        }

        var treaty = o.Required("treaty", _reader.TreatyIds);
        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var truths = ReadStatuses(o);
        var entryIntoForce = o.OptionalValue("entryIntoForce", ReadDayRange);
        var expiry = o.OptionalValue("expiry", ReadDayRange);
        var pendingExpiry = o.OptionalValue("pendingExpiry", ReadDayRange);
        var parties = o.Array("parties", ReadPartyStatus);
        var facts = o.Array("facts", ReadTreatyFact);
        var ignored = o.Array("ignoredFacts", ReadTreatyFact);
        var explanation = o.Array("explanation", _values.String);
        return o.Finish() ? new TreatyStatusReport(treaty, day, minimum, truths!, entryIntoForce, expiry, pendingExpiry, parties, facts, ignored, explanation) : null;
    }

    internal static void WritePartyStatus(Utf8JsonWriter writer, TreatyPartyStatus party)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", party.Actor.Value);
        WriteStatusMembers(writer, party.Statuses, party.EntryIntoForce);
        Array(writer, "facts", party.Facts, WriteTreatyFact);
        Array(writer, "ignoredFacts", party.IgnoredFacts, WriteTreatyFact);
        Strings(writer, "explanation", party.Explanation);
        writer.WriteEndObject();
    }

    internal TreatyPartyStatus? ReadPartyStatus(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a party's status");
        if (o is null)
        {
            return null;
        }

        var actor = o.Required("actor", _reader.ActorIds);
        var truths = ReadStatuses(o);
        var entryIntoForce = o.OptionalValue("entryIntoForce", ReadDayRange);
        var facts = o.Array("facts", ReadTreatyFact);
        var ignored = o.Array("ignoredFacts", ReadTreatyFact);
        var explanation = o.Array("explanation", _values.String);
        return o.Finish() ? new TreatyPartyStatus(actor, truths!, entryIntoForce, facts, ignored, explanation) : null;
    }

    // Timeline.

    internal static void WriteTimelineReport(Utf8JsonWriter writer, TimelineReport report)
    {
        writer.WriteStartObject();
        if (report.Actor is { } actor)
        {
            writer.WriteString("actor", actor.Value);
        }

        OptionalDay(writer, "from", report.From);
        OptionalDay(writer, "to", report.To);
        writer.WriteString("minConfidence", JsonEnums.Name(report.Minimum));
        Array(writer, "entries", report.Entries, WriteTimelineEntry);
        Array(writer, "possiblyInPeriod", report.PossiblyInPeriod, WriteTimelineEntry);
        Array(writer, "setAside", report.SetAside, WriteSetAsideFact);
        writer.WriteEndObject();
    }

    internal TimelineReport? ReadTimelineReport(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a timeline");
        if (o is null)
        {
            return null;
        }

        var actor = o.OptionalValue("actor", _reader.ActorIds);
        var from = o.OptionalValue("from", _values.Day);
        var to = o.OptionalValue("to", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var entries = o.Array("entries", ReadTimelineEntry);
        var possibly = o.Array("possiblyInPeriod", ReadTimelineEntry);
        var setAside = o.Array("setAside", ReadSetAsideFact);
        return o.Finish() ? new TimelineReport(actor, from, to, minimum, entries, possibly, setAside) : null;
    }

    internal static void WriteTimelineEntry(Utf8JsonWriter writer, TimelineEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("date", entry.Date.ToString());
        writer.WriteString("event", JsonEnums.Name(entry.Event));
        Strings(writer, "actors", entry.Actors.Select(actor => actor.Value));
        writer.WriteString("description", entry.Description);
        writer.WritePropertyName("fact");
        WriteFactReference(writer, entry.Fact);
        writer.WriteEndObject();
    }

    internal TimelineEntry? ReadTimelineEntry(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a timeline entry");
        if (o is null)
        {
            return null;
        }

        var date = o.Required("date", _values.Date);
        var @event = o.Required("event", _values.Enum(TimelineEvents));
        var actors = o.Array("actors", _reader.ActorIds);
        var description = o.Required("description", _values.String);
        var fact = o.Required("fact", ReadFactReference);
        return o.Finish() ? new TimelineEntry(date, @event, actors, description!, fact!) : null;
    }

    // Votes.

    internal static void WriteVoteSimilarity(Utf8JsonWriter writer, VoteSimilarity similarity)
    {
        writer.WriteStartObject();
        writer.WriteNumber("n", similarity.N);
        OptionalNumber(writer, "agree", similarity.Agree);
        OptionalNumber(writer, "s", similarity.S);
        OptionalNumber(writer, "kappa", similarity.Kappa);
        OptionalNumber(writer, "pi", similarity.Pi);
        writer.WriteEndObject();
    }

    internal VoteSimilarity ReadVoteSimilarity(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a vote similarity");
        if (o is null)
        {
            return default;
        }

        var n = o.Required("n", _values.Integer);
        var agree = o.OptionalValue("agree", _values.Double);
        var s = o.OptionalValue("s", _values.Double);
        var kappa = o.OptionalValue("kappa", _values.Double);
        var pi = o.OptionalValue("pi", _values.Double);
        return o.Finish() ? new VoteSimilarity(n, agree, s, kappa, pi) : default;
    }

    internal static void WriteDyadYear(Utf8JsonWriter writer, DyadYearVoteSimilarity row)
    {
        writer.WriteStartObject();
        writer.WriteNumber("first", row.First);
        writer.WriteNumber("second", row.Second);
        writer.WriteNumber("year", row.Year);
        writer.WritePropertyName("similarity");
        WriteVoteSimilarity(writer, row.Similarity);
        writer.WriteEndObject();
    }

    internal DyadYearVoteSimilarity ReadDyadYear(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a dyad-year's vote similarity");
        if (o is null)
        {
            return default;
        }

        var first = o.Required("first", _values.Integer);
        var second = o.Required("second", _values.Integer);
        var year = o.Required("year", _values.Integer);
        var similarity = o.Required("similarity", ReadVoteSimilarity);
        return o.Finish() ? new DyadYearVoteSimilarity(first, second, year, similarity) : default;
    }

    internal static void WriteRecordedVote(Utf8JsonWriter writer, RecordedVote vote)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rollCall", vote.RollCall);
        writer.WriteNumber("year", vote.Year);
        writer.WriteNumber("state", vote.State);
        writer.WriteString("vote", JsonEnums.Name(vote.Vote));
        writer.WriteEndObject();
    }

    internal RecordedVote ReadRecordedVote(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a recorded vote");
        if (o is null)
        {
            return default;
        }

        var rollCall = o.Required("rollCall", _values.Integer);
        var year = o.Required("year", _values.Integer);
        var state = o.Required("state", _values.Integer);
        var vote = o.Required("vote", _values.Enum(JsonEnums.VoteChoice));
        return o.Finish() ? new RecordedVote(rollCall, year, state, vote) : default;
    }

    // The shared parts.

    /// <summary>Writes an array of the items as the value of the property <paramref name="name"/>.</summary>
    internal static void Array<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write) =>
        AnswerJson.Array(writer, name, items, write);

    /// <summary>Writes an array of strings as the value of the property <paramref name="name"/>.</summary>
    internal static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> items) =>
        AnswerJson.Strings(writer, name, items);

    internal static void Facts(Utf8JsonWriter writer, string name, IEnumerable<FactReference> facts) =>
        Array(writer, name, facts, WriteFactReference);

    internal static void Day(Utf8JsonWriter writer, string name, LocalDate day) => writer.WriteString(name, DayWindow.Iso(day));

    internal static void OptionalDay(Utf8JsonWriter writer, string name, LocalDate? day)
    {
        if (day is { } value)
        {
            Day(writer, name, value);
        }
    }

    internal static void OptionalNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    internal Truth ReadTruth(JsonElement element, JsonPathRef path) => ModelJsonConverters.ReadTruth(_reader, element, path);

    internal DayRange ReadDayRange(JsonElement element, JsonPathRef path) => ModelJsonConverters.ReadDayRange(_reader, element, path);

    private static void WriteStatusMembers(Utf8JsonWriter writer, ImmutableArray<TreatyStatus> statuses, DayRange? entryIntoForce)
    {
        Strings(writer, "statuses", statuses.Select(JsonEnums.Name));
        OptionalDayRange(writer, "entryIntoForce", entryIntoForce);
    }

    private static void OptionalDayRange(Utf8JsonWriter writer, string name, DayRange? range)
    {
        if (range is { } value)
        {
            writer.WritePropertyName(name);
            ModelJsonConverters.WriteDayRange(writer, value);
        }
    }

    // The statuses still possible say every status's truth: the others are false, and when one is left it holds.
    private StatusTruths? ReadStatuses(JsonMembers o)
    {
        var statuses = o.Array("statuses", _values.Enum(TreatyStatuses));
        if (statuses.IsEmpty)
        {
            o.Refuse("statuses", $"'{o.PathText}.statuses' is empty; on any day at least one status is possible.");
            return null;
        }

        return new StatusTruths(statuses.Distinct().ToDictionary(status => status, _ => Truth.Unknown));
    }
}
