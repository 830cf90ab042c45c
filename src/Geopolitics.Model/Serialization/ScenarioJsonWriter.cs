using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime.Text;
using NodaTime;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Writes a scenario in the file format: members in a fixed order, absent optional members and empty arrays left out,
/// so that the same scenario always gives the same bytes.
/// </summary>
internal static partial class ScenarioJsonWriter
{
    /// <summary>
    /// How the library writes JSON, the scenario file and the answers (<c>Presentation.AnswerJson</c>) alike: indented
    /// by two spaces, lines ended by a line feed, non-ASCII text unescaped.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
#if NET9_0_OR_GREATER
        IndentSize = 2,
        NewLine = "\n",
#endif

        // .NET 8 has neither option: two spaces is its indentation, and JsonRuntime.LineFeeds makes its line ends line feeds.

        // Names, titles and explanations stay readable (no \u escapes for non-ASCII text); the output is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="scenario"/> to <paramref name="stream"/> and a final line break.</summary>
    public static void Write(Scenario scenario, Stream stream)
    {
        // Utf8JsonWriter keeps all it writes until it is flushed anyway; the buffer lets .NET 8's line ends be fixed.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteScenario(writer, scenario);
        }

        stream.Write(JsonRuntime.LineFeeds(buffer.WrittenSpan));
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>Writes <paramref name="scenario"/> as one JSON object, the root of a scenario file.</summary>
    internal static void WriteScenario(Utf8JsonWriter writer, Scenario scenario)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", ScenarioJson.FormatVersion);
        writer.WriteString("name", scenario.Name);
        Text(writer, "description", scenario.Description);
        Array(writer, "actors", scenario.Actors, WriteActor);
        Array(writer, "places", scenario.Places, WritePlace);
        Array(writer, "treaties", scenario.Treaties, WriteTreaty);
        Array(writer, "transfers", scenario.Transfers, WriteTransfer);
        Array(writer, "exchanges", scenario.Exchanges, WriteExchange);
        var (stances, votes) = SplitVotes(scenario.Stances);
        Array(writer, "stances", stances, WriteStance);
        Array(writer, "votes", votes, WriteVotes);
        Array(writer, "sanctionsRegimes", scenario.SanctionsRegimes, WriteSanctionsRegime);
        writer.WriteEndObject();
    }

    internal static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("id", actor.Id.Value);
        writer.WriteString("kind", JsonEnums.ActorKind.Name(actor.Kind));
        writer.WriteString("name", actor.Name);
        Text(writer, "speaksFor", actor.SpeaksFor?.Value);
        Array(writer, "members", actor.Members, (w, id) => w.WriteStringValue(id.Value));
        writer.WriteEndObject();
    }

    internal static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString("id", place.Id.Value);
        writer.WriteString("name", place.Name);
        writer.WriteString("kind", JsonEnums.PlaceKind.Name(place.Kind));
        Text(writer, "administeredBy", place.AdministeredBy?.Value);
        Array(writer, "regions", place.Regions, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "partlyIn", place.PartlyIn, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "aliases", place.Aliases, (w, alias) => w.WriteStringValue(alias));
        writer.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WritePropertyName("evidence");
        WriteEvidence(writer, evidence);
    }

    internal static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("confidence", JsonEnums.Confidence.Name(evidence.Confidence));
        Array(writer, "sources", evidence.Sources, WriteSource);
        writer.WriteEndObject();
    }

    internal static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("publisher", source.Publisher);
        Text(writer, "title", source.Title);
        Text(writer, "url", source.Url?.OriginalString);
        Date(writer, "date", source.Date);
        writer.WriteString("kind", JsonEnums.SourceKind.Name(source.Kind));
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, string name, Quantity quantity)
    {
        writer.WritePropertyName(name);
        WriteQuantity(writer, quantity);
    }

    internal static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity)
    {
        writer.WriteStartObject();
        Estimate(writer, "amount", quantity.Amount);
        writer.WriteString("unit", quantity.Unit);
        writer.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter writer, string name, Estimate? estimate)
    {
        if (estimate is { } value)
        {
            writer.WritePropertyName(name);
            WriteEstimate(writer, value);
        }
    }

    internal static void WriteEstimate(Utf8JsonWriter writer, Estimate value)
    {
        writer.WriteStartObject();
        writer.WriteString("qualifier", JsonEnums.EstimateQualifier.Name(value.Qualifier));
        if (!value.IsUnknown)
        {
            writer.WriteNumber("low", value.Low);
        }

        // An exact or approximate figure has its high bound equal to the low one; writing it would say nothing more.
        if (value.High is { } high && value.Qualifier is not (EstimateQualifier.Exact or EstimateQualifier.About))
        {
            writer.WriteNumber("high", high);
        }

        writer.WriteEndObject();
    }

    private static void DatePeriod(Utf8JsonWriter writer, string name, DatePeriod period)
    {
        writer.WritePropertyName(name);
        WriteDatePeriod(writer, period);
    }

    internal static void WriteDatePeriod(Utf8JsonWriter writer, DatePeriod period)
    {
        writer.WriteStartObject();
        Date(writer, "start", period.Start);
        Date(writer, "end", period.End);
        writer.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, value.ToString());
        }
    }

    private static void Period(Utf8JsonWriter writer, string name, Period? period)
    {
        if (period is not null)
        {
            writer.WriteString(name, PeriodPattern.Roundtrip.Format(period));
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Flag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>The votes of one roll call sharing one evidence: the holders voting yes, abstain and no, in the order met.</summary>
    private sealed class VoteGroup(ResolutionTarget target, Evidence evidence)
    {
        public ResolutionTarget Target { get; } = target;

        public Evidence Evidence { get; } = evidence;

        public List<ActorId>[] Holders { get; } = [[], [], []];
    }
}
