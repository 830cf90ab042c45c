using System.Buffers;
using System.Text;
using System.Text.Json;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// The analyses' answers as JSON, in the scenario file's vocabulary: enumeration values in camelCase
/// (<c>armedAttack</c>, <c>inForce</c>), three-valued truths as the strings <c>true</c>, <c>false</c> and
/// <c>unknown</c>, days as ISO 8601 (<c>2025-01-01</c>), partial dates as the file writes them (<c>2024-10</c>), ids as
/// their text. This is the JSON the <c>geopolitics</c> tool prints with <c>--format json</c>.
/// </summary>
/// <remarks>
/// Each answer has a <c>Write</c> overload that writes one JSON value to a <see cref="Utf8JsonWriter"/> (to compose it
/// into a larger document) and a <c>ToJson</c> overload that returns it as indented text with non-ASCII characters kept
/// readable, lines ending with a line feed and no final line break. Members absent from an answer are written as
/// <see langword="null"/>, never left out, and arrays are written even when empty.
/// </remarks>
public static class AnswerJson
{
    /// <summary>
    /// Creates System.Text.Json options for the model and the answers: <see cref="ModelJson.CreateOptions"/> with the
    /// answers' converters (<see cref="Configure"/>).
    /// </summary>
    /// <returns>New options, which the caller may change further before their first use.</returns>
    public static JsonSerializerOptions CreateOptions() => Configure(ModelJson.CreateOptions());

    /// <summary>
    /// Adds the answers' converters to <paramref name="options"/> (after the model's, when <paramref name="options"/>
    /// has none yet): every answer of the analyses and every public part of one (<see cref="TreatyStatusReport"/>,
    /// <see cref="DefenceAnswer"/>, <see cref="DefenceNetwork"/>, <see cref="LedgerReport"/>,
    /// <see cref="ComplianceReport"/>, <see cref="AlignmentBlocs"/>, <see cref="AlignmentLink"/>,
    /// <see cref="PortfolioSimilarity"/>, <see cref="StanceSimilarity"/>, <see cref="PartnershipProfile"/>,
    /// <see cref="PartnershipTimeline"/>, <see cref="TimelineReport"/>, <see cref="Analysis.Votes.DyadYearVoteSimilarity"/>,
    /// their facts, obligations, flows, links and the rest) is written with every value it was made of and reads back
    /// equal; the analyses' enumerations are their camelCase names.
    /// </summary>
    /// <param name="options">The options to change; not yet used.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    /// <remarks>
    /// This JSON is the answer as data, in the scenario file's vocabulary (facts with their evidence, clauses and
    /// measures as the file writes them); what an answer derives from its values (an obligation's <c>applies</c>, a
    /// profile's stage) is derived again when read. It is not the tool's JSON, which <c>Write</c> and <c>ToJson</c>
    /// write for people and scripts: shorter, with facts by id and derived values spelled out. JSON that is not an
    /// answer is a <see cref="JsonException"/> listing each problem with its code and path, as the model's converters
    /// report.
    /// </remarks>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Contains(ModelJson.Converters[0]))
        {
            ModelJson.Configure(options);
        }

        foreach (var converter in AnswerJsonConverters.All)
        {
            options.Converters.Insert(0, converter);
        }

        return options;
    }

    /// <summary>The name of an enumeration value in the answers and the scenario file: its C# name in camelCase.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>armedAttack</c> for <c>DefenceTrigger.ArmedAttack</c>.</returns>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonEnums.Name(value);

    /// <summary>
    /// Writes a treaty's status on a day: <c>{treaty, on, minConfidence, statuses, inForce, entryIntoForce, expiry, pendingExpiry, parties:
    /// [{actor, statuses, bound}], facts, ignoredFacts, explanation}</c>, each fact <c>{kind, party, date, confidence,
    /// path, description}</c>.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="report">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, TreatyStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("treaty", report.Treaty.Value);
        writer.WriteString("on", DayWindow.Iso(report.Day));
        writer.WriteString("minConfidence", Name(report.Minimum));
        Strings(writer, "statuses", report.Statuses.Select(Name));
        writer.WriteString("inForce", report.IsInForce.ToString());
        writer.WriteString("entryIntoForce", report.EntryIntoForce?.ToString());
        writer.WriteString("expiry", report.Expiry?.ToString());
        writer.WriteString("pendingExpiry", report.PendingExpiry?.ToString());
        Array(writer, "parties", report.Parties, (w, party) =>
        {
            w.WriteStartObject();
            w.WriteString("actor", party.Actor.Value);
            Strings(w, "statuses", party.Statuses.Select(Name));
            w.WriteString("bound", party.IsInForce.ToString());
            w.WriteEndObject();
        });
        Array(writer, "facts", report.Facts, WriteTreatyFact);
        Array(writer, "ignoredFacts", report.IgnoredFacts, WriteTreatyFact);
        Strings(writer, "explanation", report.Explanation);
        writer.WriteEndObject();
    }

    /// <summary>A treaty's status on a day as indented JSON (see <see cref="Write(Utf8JsonWriter, TreatyStatusReport)"/>).</summary>
    /// <param name="report">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToJson(TreatyStatusReport report) => Text(writer => Write(writer, report));

    /// <summary>
    /// Writes who must defend a victim: an array of the answer's obligations (see
    /// <see cref="Write(Utf8JsonWriter, DefenceObligation)"/>), those that apply or may apply and then, when
    /// <paramref name="includeRuledOut"/>, those ruled out.
    /// </summary>
    /// <param name="writer">Where to write the array.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to write <see cref="DefenceAnswer.RuledOut"/> too.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, DefenceAnswer answer, bool includeRuledOut)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(answer);
        writer.WriteStartArray();
        foreach (var obligation in includeRuledOut ? answer.Obligations.AddRange(answer.RuledOut) : answer.Obligations)
        {
            Write(writer, obligation);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes who must defend a victim, the query as understood and what the answer rests on: <c>{victim, on,
    /// attacker, place, placeIsHomeTerritory, provoked, minConfidence, defenders, obligations, facts, setAside}</c>;
    /// <c>provoked</c> is <c>true</c>, <c>false</c> or <c>unknown</c> (not stated); <c>obligations</c> as
    /// <see cref="Write(Utf8JsonWriter, DefenceAnswer, bool)"/> writes them; each fact <c>{kind, id, path, date,
    /// confidence, description}</c>, and each fact set aside the same with <c>changesAnswer</c>
    /// (<see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/>).
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to write <see cref="DefenceAnswer.RuledOut"/> too.</param>
    /// <param name="setAside">The facts the answer set aside, as <see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/> gives them.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, DefenceAnswer answer, bool includeRuledOut, IEnumerable<DefenceSetAsideFact> setAside)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(setAside);
        writer.WriteStartObject();
        writer.WriteString("victim", answer.Victim.Value);
        writer.WriteString("on", DayWindow.Iso(answer.Day));
        writer.WriteString("attacker", answer.Attacker?.Value);
        writer.WriteString("place", answer.Place?.Id.Value);
        writer.WriteBoolean("placeIsHomeTerritory", answer.PlaceIsHomeTerritory);
        writer.WriteString("provoked", answer.VictimProvoked switch { true => "true", false => "false", null => "unknown" });
        writer.WriteString("minConfidence", Name(answer.Minimum));
        Strings(writer, "defenders", answer.Defenders.Select(d => d.Value));
        writer.WritePropertyName("obligations");
        Write(writer, answer, includeRuledOut);
        Array(writer, "facts", answer.Facts, (w, fact) =>
        {
            w.WriteStartObject();
            WriteFactMembers(w, fact);
            w.WriteEndObject();
        });
        Array(writer, "setAside", setAside, (w, fact) =>
        {
            w.WriteStartObject();
            WriteFactMembers(w, fact.Fact);
            w.WriteBoolean("changesAnswer", fact.ChangesAnswer);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    /// <summary>
    /// Who must defend a victim and what the answer rests on, as indented JSON (see
    /// <see cref="Write(Utf8JsonWriter, DefenceAnswer, bool, IEnumerable{DefenceSetAsideFact})"/>).
    /// </summary>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to write <see cref="DefenceAnswer.RuledOut"/> too.</param>
    /// <param name="setAside">The facts the answer set aside, as <see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/> gives them.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToJson(DefenceAnswer answer, bool includeRuledOut, IEnumerable<DefenceSetAsideFact> setAside) =>
        Text(writer => Write(writer, answer, includeRuledOut, setAside));

    /// <summary>Who must defend a victim as indented JSON (see <see cref="Write(Utf8JsonWriter, DefenceAnswer, bool)"/>).</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to write <see cref="DefenceAnswer.RuledOut"/> too.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    public static string ToJson(DefenceAnswer answer, bool includeRuledOut) => Text(writer => Write(writer, answer, includeRuledOut));

    /// <summary>
    /// Writes one defence obligation: <c>{guarantor, beneficiary, treaty, clause, article, trigger, response, applies,
    /// conditions: [{kind, holds, reason}], elsewhere: [{place, name, applies, reason}]}</c>; <c>elsewhere</c> lists the
    /// victim's places where the answer would differ (<see cref="DefenceObligation.PlaceAlternatives"/>).
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="obligation">The obligation.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, DefenceObligation obligation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(obligation);
        writer.WriteStartObject();
        writer.WriteString("guarantor", obligation.Guarantor.Value);
        writer.WriteString("beneficiary", obligation.Beneficiary.Value);
        writer.WriteString("treaty", obligation.Treaty.Value);
        writer.WriteString("clause", obligation.Clause.Id.Value);
        writer.WriteString("article", obligation.Clause.Article);
        writer.WriteString("trigger", Name(obligation.Trigger));
        writer.WriteString("response", Name(obligation.Response));
        writer.WriteString("applies", obligation.Applies.ToString());
        Array(writer, "conditions", obligation.Conditions, (w, condition) =>
        {
            w.WriteStartObject();
            w.WriteString("kind", Name(condition.Kind));
            w.WriteString("holds", condition.Holds.ToString());
            w.WriteString("reason", condition.Reason);
            w.WriteEndObject();
        });
        Array(writer, "elsewhere", obligation.PlaceAlternatives, (w, alternative) =>
        {
            w.WriteStartObject();
            w.WriteString("place", alternative.Place.Id.Value);
            w.WriteString("name", alternative.Place.Name);
            w.WriteString("applies", alternative.Applies.ToString());
            w.WriteString("reason", alternative.Reason);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes what flowed between two actors: <c>{first, second, from, to, minConfidence, reciprocal, flows: [first to
    /// second, second to first], exchanges, transfers, possiblyInPeriod, setAside: [{id, reason}]}</c>; each flow is
    /// <c>{supplier, recipient, kinds, munitions, weaponSystems, technology, money, personnel, resources}</c>, each
    /// total <c>{item, amount, transfers}</c>.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="ledger">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, LedgerReport ledger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ledger);
        writer.WriteStartObject();
        writer.WriteString("first", ledger.First.Value);
        writer.WriteString("second", ledger.Second.Value);
        writer.WriteString("from", ledger.From is { } from ? DayWindow.Iso(from) : null);
        writer.WriteString("to", ledger.To is { } to ? DayWindow.Iso(to) : null);
        writer.WriteString("minConfidence", Name(ledger.Minimum));
        writer.WriteString("reciprocal", ledger.IsReciprocal.ToString());
        writer.WriteStartArray("flows");
        WriteFlow(writer, ledger.FirstToSecond);
        WriteFlow(writer, ledger.SecondToFirst);
        writer.WriteEndArray();
        Strings(writer, "exchanges", ledger.Exchanges.Select(e => e.ToString()));
        Strings(writer, "transfers", ledger.Used.Select(f => f.Id));
        Strings(writer, "possiblyInPeriod", ledger.PossiblyInPeriod.Select(f => f.Id));
        WriteSetAside(writer, ledger.SetAside);
        writer.WriteEndObject();
    }

    /// <summary>What flowed between two actors as indented JSON (see <see cref="Write(Utf8JsonWriter, LedgerReport)"/>).</summary>
    /// <param name="ledger">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static string ToJson(LedgerReport ledger) => Text(writer => Write(writer, ledger));

    /// <summary>
    /// Writes the partnership stages of a pair on a day: <c>{first, second, on, minConfidence, stage, possibleStage,
    /// holds, indicators: [{stage, holds, explanation, facts}]}</c>; <c>holds</c> lists the stages whose condition is
    /// known to hold.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="profile">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, PartnershipProfile profile)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        writer.WriteStartObject();
        WriteProfileMembers(writer, profile);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the partnership stages of a pair on a day and how the stage changed before it: the members of
    /// <see cref="Write(Utf8JsonWriter, PartnershipProfile)"/> and <c>timeline: [{when, before, after}]</c>.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="profile">The stages on the day.</param>
    /// <param name="timeline">The stage changes of the same pair.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeline"/> is about another pair.</exception>
    public static void Write(Utf8JsonWriter writer, PartnershipProfile profile, PartnershipTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        SamePair(profile, timeline);
        writer.WriteStartObject();
        WriteProfileMembers(writer, profile);
        WriteChanges(writer, timeline);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a partnership as the tool's report does: the members of
    /// <see cref="Write(Utf8JsonWriter, PartnershipProfile, PartnershipTimeline)"/> and <c>ledger</c>, what flowed
    /// between the pair (see <see cref="Write(Utf8JsonWriter, LedgerReport)"/>).
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="profile">The stages on the day.</param>
    /// <param name="timeline">The stage changes of the same pair.</param>
    /// <param name="ledger">What flowed between the same pair.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeline"/> or <paramref name="ledger"/> is about another pair.</exception>
    public static void Write(Utf8JsonWriter writer, PartnershipProfile profile, PartnershipTimeline timeline, LedgerReport ledger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        SamePair(profile, timeline);
        ArgumentNullException.ThrowIfNull(ledger);
        if (!IsPair(profile, ledger.First, ledger.Second))
        {
            throw new ArgumentException($"The ledger is about {ledger.First}–{ledger.Second}, the profile about {profile.First}–{profile.Second}; both must be about the same pair.", nameof(ledger));
        }

        writer.WriteStartObject();
        WriteProfileMembers(writer, profile);
        WriteChanges(writer, timeline);
        writer.WritePropertyName("ledger");
        Write(writer, ledger);
        writer.WriteEndObject();
    }

    /// <summary>The partnership stages of a pair on a day as indented JSON (see <see cref="Write(Utf8JsonWriter, PartnershipProfile)"/>).</summary>
    /// <param name="profile">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static string ToJson(PartnershipProfile profile) => Text(writer => Write(writer, profile));

    /// <summary>
    /// The partnership stages of a pair on a day and their changes as indented JSON (see
    /// <see cref="Write(Utf8JsonWriter, PartnershipProfile, PartnershipTimeline)"/>).
    /// </summary>
    /// <param name="profile">The stages on the day.</param>
    /// <param name="timeline">The stage changes of the same pair.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeline"/> is about another pair.</exception>
    public static string ToJson(PartnershipProfile profile, PartnershipTimeline timeline) => Text(writer => Write(writer, profile, timeline));

    /// <summary>
    /// Writes the sanctions breaches: <c>{on, minConfidence, breaches, setAside: [{id, reason}]}</c>, each breach
    /// <c>{regime, measureKind, measure, transfer, supplier, recipient, party, partiesInBreach, breach, reasons}</c>.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="report">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("on", report.Day is { } day ? DayWindow.Iso(day) : null);
        writer.WriteString("minConfidence", Name(report.Minimum));
        Array(writer, "breaches", report.Breaches, (w, breach) =>
        {
            w.WriteStartObject();
            w.WriteString("regime", breach.Regime.Value);
            w.WriteString("measureKind", Name(breach.Measure.Kind));
            w.WriteString("measure", breach.Measure.ToString());
            w.WriteString("transfer", breach.Transfer.Value);
            w.WriteString("supplier", breach.Supplier.Value);
            w.WriteString("recipient", breach.Recipient.Value);
            w.WriteString("party", Name(breach.Party));
            Strings(w, "partiesInBreach", breach.PartiesInBreach.Select(a => a.Value));
            w.WriteString("breach", breach.Truth.ToString());
            Strings(w, "reasons", breach.Reasons);
            w.WriteEndObject();
        });
        WriteSetAside(writer, report.SetAside);
        writer.WriteEndObject();
    }

    /// <summary>The sanctions breaches as indented JSON (see <see cref="Write(Utf8JsonWriter, ComplianceReport)"/>).</summary>
    /// <param name="report">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToJson(ComplianceReport report) => Text(writer => Write(writer, report));

    /// <summary>
    /// Writes the blocs on a day: <c>{on, minConfidence, threshold, blocs, unaligned, links}</c>; <c>blocs</c> is an
    /// array of arrays of actor ids, each link as <see cref="Write(Utf8JsonWriter, AlignmentLink)"/> writes it.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="blocs">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, AlignmentBlocs blocs)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(blocs);
        writer.WriteStartObject();
        writer.WriteString("on", DayWindow.Iso(blocs.Day));
        writer.WriteString("minConfidence", Name(blocs.Minimum));
        writer.WriteNumber("threshold", blocs.Threshold);
        Array(writer, "blocs", blocs.Blocs, (w, bloc) => StringValues(w, bloc.Members.Select(m => m.Value)));
        Strings(writer, "unaligned", blocs.Unaligned.Select(a => a.Value));
        Array(writer, "links", blocs.Links, Write);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes whether two actors are aligned (<see cref="AlignmentAnalysis.Link"/>, and each link of the blocs):
    /// <c>{first, second, basis, score, linked, conflict, reason}</c>; <c>score</c> is a number, or
    /// <see langword="null"/> when the dates leave it open.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="link">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, AlignmentLink link)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(link);
        writer.WriteStartObject();
        writer.WriteString("first", link.First.Value);
        writer.WriteString("second", link.Second.Value);
        writer.WriteString("basis", Name(link.Basis));
        if (link.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }
        else
        {
            writer.WriteNull("score");
        }

        writer.WriteString("linked", link.Linked.ToString());
        writer.WriteString("conflict", link.Conflict.ToString());
        writer.WriteString("reason", link.Reason);
        writer.WriteEndObject();
    }

    /// <summary>Whether two actors are aligned as indented JSON (see <see cref="Write(Utf8JsonWriter, AlignmentLink)"/>).</summary>
    /// <param name="link">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is <see langword="null"/>.</exception>
    public static string ToJson(AlignmentLink link) => Text(writer => Write(writer, link));

    /// <summary>The blocs on a day as indented JSON (see <see cref="Write(Utf8JsonWriter, AlignmentBlocs)"/>).</summary>
    /// <param name="blocs">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="blocs"/> is <see langword="null"/>.</exception>
    public static string ToJson(AlignmentBlocs blocs) => Text(writer => Write(writer, blocs));

    /// <summary>
    /// Writes the dated facts in order: <c>{minConfidence, entries, possiblyInPeriod, setAside}</c>, each entry <c>{date, kind,
    /// event, actors, confidence, description, fact}</c> (<c>fact</c> is the fact's path in the scenario file), each fact
    /// set aside <c>{kind, id, path, date, confidence, description, reason}</c>.
    /// </summary>
    /// <param name="writer">Where to write the object.</param>
    /// <param name="timeline">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, TimelineReport timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        writer.WriteStartObject();
        writer.WriteString("minConfidence", Name(timeline.Minimum));
        Array(writer, "entries", timeline.Entries, WriteTimelineEntry);
        Array(writer, "possiblyInPeriod", timeline.PossiblyInPeriod, WriteTimelineEntry);
        Array(writer, "setAside", timeline.SetAside, (w, fact) =>
        {
            w.WriteStartObject();
            WriteFactMembers(w, fact.Fact);
            w.WriteString("reason", Name(fact.Reason));
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    /// <summary>The dated facts in order as indented JSON (see <see cref="Write(Utf8JsonWriter, TimelineReport)"/>).</summary>
    /// <param name="timeline">The answer.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToJson(TimelineReport timeline) => Text(writer => Write(writer, timeline));

    /// <summary>Writes an array of strings as the value of the property <paramref name="name"/>.</summary>
    internal static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        writer.WritePropertyName(name);
        StringValues(writer, items);
    }

    /// <summary>Writes an array of the items as the value of the property <paramref name="name"/>.</summary>
    internal static void Array<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>What <paramref name="write"/> writes, as indented text.</summary>
    internal static string Text(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ScenarioJsonWriter.Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(JsonRuntime.LineFeeds(buffer.WrittenSpan));
    }

    private static void StringValues(Utf8JsonWriter writer, IEnumerable<string> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static void WriteFactMembers(Utf8JsonWriter writer, FactReference fact)
    {
        writer.WriteString("kind", Name(fact.Kind));
        writer.WriteString("id", fact.Id);
        writer.WriteString("path", fact.Path);
        writer.WriteString("date", fact.Date?.ToString());
        writer.WriteString("confidence", Name(fact.Confidence));
        writer.WriteString("description", fact.Description);
    }

    private static void WriteTreatyFact(Utf8JsonWriter writer, TreatyFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Name(fact.Kind));
        writer.WriteString("party", fact.Party?.Value);
        writer.WriteString("date", fact.Date?.ToString());
        writer.WriteString("confidence", Name(fact.Evidence.Confidence));
        writer.WriteString("path", fact.Path);
        writer.WriteString("description", fact.Description);
        writer.WriteEndObject();
    }

    private static void WriteFlow(Utf8JsonWriter writer, LedgerFlow flow)
    {
        writer.WriteStartObject();
        writer.WriteString("supplier", flow.Supplier.Value);
        writer.WriteString("recipient", flow.Recipient.Value);
        Strings(writer, "kinds", flow.Kinds.Select(Name));
        Array(writer, "munitions", flow.Munitions, (w, m) => WriteTotal(w, Name(m.Category), m.Quantity.ToString(), m.Transfers));
        Array(writer, "weaponSystems", flow.WeaponSystems, (w, s) => WriteTotal(w, s.Designation, s.ToString(), s.Transfers));
        Array(writer, "technology", flow.Technology, (w, t) => WriteTotal(w, Name(t.Domain), string.Join(", ", t.Forms.Select(Name)), t.Transfers));
        Array(writer, "money", flow.Money, (w, m) => WriteTotal(w, m.Currency.ToString(), m.Amount.ToString(), m.Transfers));
        Array(writer, "personnel", flow.Personnel, (w, p) => WriteTotal(w, Name(p.Role), p.Count.ToString(), p.Transfers));
        Array(writer, "resources", flow.Resources, (w, r) => WriteTotal(w, Name(r.Resource), r.Quantity.ToString(), r.Transfers));
        writer.WriteEndObject();
    }

    private static void WriteTotal(Utf8JsonWriter writer, string item, string amount, IEnumerable<Transfers.TransferId> transfers)
    {
        writer.WriteStartObject();
        writer.WriteString("item", item);
        writer.WriteString("amount", amount);
        Strings(writer, "transfers", transfers.Select(t => t.Value));
        writer.WriteEndObject();
    }

    private static void WriteSetAside(Utf8JsonWriter writer, IEnumerable<SetAsideFact> setAside) =>
        Array(writer, "setAside", setAside, (w, fact) =>
        {
            w.WriteStartObject();
            w.WriteString("id", fact.Fact.Id);
            w.WriteString("reason", Name(fact.Reason));
            w.WriteEndObject();
        });

    private static void WriteProfileMembers(Utf8JsonWriter writer, PartnershipProfile profile)
    {
        writer.WriteString("first", profile.First.Value);
        writer.WriteString("second", profile.Second.Value);
        writer.WriteString("on", DayWindow.Iso(profile.Day));
        writer.WriteString("minConfidence", Name(profile.Minimum));
        writer.WriteString("stage", Name(profile.CertainStage));
        writer.WriteString("possibleStage", Name(profile.PossibleStage));
        Strings(writer, "holds", profile.Indicators.Where(i => i.Holds.IsTrue).Select(i => Name(i.Stage)));
        Array(writer, "indicators", profile.Indicators, (w, indicator) =>
        {
            w.WriteStartObject();
            w.WriteString("stage", Name(indicator.Stage));
            w.WriteString("holds", indicator.Holds.ToString());
            w.WriteString("explanation", indicator.Explanation);
            Strings(w, "facts", indicator.Facts.Select(f => f.Id));
            w.WriteEndObject();
        });
    }

    private static void WriteChanges(Utf8JsonWriter writer, PartnershipTimeline timeline) =>
        Array(writer, "timeline", timeline.Changes, (w, change) =>
        {
            w.WriteStartObject();
            w.WriteString("when", change.When.ToString());
            w.WriteString("before", Name(change.Before));
            w.WriteString("after", Name(change.After));
            w.WriteEndObject();
        });

    private static void WriteTimelineEntry(Utf8JsonWriter writer, TimelineEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("date", entry.Date.ToString());
        writer.WriteString("kind", Name(entry.Kind));
        writer.WriteString("event", Name(entry.Event));
        Strings(writer, "actors", entry.Actors.Select(a => a.Value));
        writer.WriteString("confidence", Name(entry.Confidence));
        writer.WriteString("description", entry.Description);
        writer.WriteString("fact", entry.Fact.Path);
        writer.WriteEndObject();
    }

    /// <summary>Throws unless <paramref name="timeline"/> is about the pair of <paramref name="profile"/>, in either order.</summary>
    internal static void SamePair(PartnershipProfile profile, PartnershipTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (!IsPair(profile, timeline.First, timeline.Second))
        {
            throw new ArgumentException($"The timeline is about {timeline.First}–{timeline.Second}, the profile about {profile.First}–{profile.Second}; both must be about the same pair.", nameof(timeline));
        }
    }

    private static bool IsPair(PartnershipProfile profile, Actors.ActorId first, Actors.ActorId second) =>
        (profile.First == first && profile.Second == second) || (profile.First == second && profile.Second == first);
}
