using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// The System.Text.Json converters of the model's values, one per type, each reading and writing with the scenario
/// file's own reader and writer (<see cref="ScenarioJsonReader"/>, <see cref="ScenarioJsonWriter"/>): a treaty is the
/// same JSON object in a scenario file and in a web API's answer. Written by hand, with no reflection, so that trimmed
/// and native AOT applications keep them.
/// </summary>
internal static class ModelJsonConverters
{
    /// <summary>Every converter: the entities and values of the scenario file, the union cases, the ids and the enumerations.</summary>
    public static ImmutableArray<JsonConverter> All { get; } =
    [
        new ScenarioConverter(),

        // Actors, places, provenance, time.
        Object<Actor>(static (r, e, p) => r.ReadActor(e, p), ScenarioJsonWriter.WriteActor),
        Object<Place>(static (r, e, p) => r.ReadPlace(e, p), ScenarioJsonWriter.WritePlace),
        Object<Evidence>(static (r, e, p) => r.ReadEvidence(e, p), ScenarioJsonWriter.WriteEvidence),
        Object<Source>(static (r, e, p) => r.ReadSource(e, p), ScenarioJsonWriter.WriteSource),
        Object<ExternalReference>(static (r, e, p) => r.ReadExternalReference(e, p), ScenarioJsonWriter.WriteExternalReference),
        Object<DatePeriod>(static (r, e, p) => r.ReadPeriod(e, p), ScenarioJsonWriter.WriteDatePeriod),
        Text<PartialDate>(static (r, e, p) => r.Values.Date(e, p), static date => date.ToString()),
        Object<DayRange>(ReadDayRange, WriteDayRange),
        Text<Truth>(ReadTruth, static truth => truth.ToString()),

        // Treaties.
        Object<Treaty>(static (r, e, p) => r.ReadTreaty(e, p), ScenarioJsonWriter.WriteTreaty),
        Object<TreatyParty>(static (r, e, p) => r.ReadParty(e, p), ScenarioJsonWriter.WriteParty),
        Object<Signature>(static (r, e, p) => r.ReadSignature(e, p), ScenarioJsonWriter.WriteSignature),
        Object<Consent>(static (r, e, p) => r.ReadConsent(e, p), ScenarioJsonWriter.WriteConsent),
        Object<DomesticStep>(static (r, e, p) => r.ReadDomesticStep(e, p), ScenarioJsonWriter.WriteDomesticStep),
        Object<Withdrawal>(static (r, e, p) => r.ReadWithdrawal(e, p), ScenarioJsonWriter.WriteWithdrawal),
        Object<Suspension>(static (r, e, p) => r.ReadSuspension(e, p), ScenarioJsonWriter.WriteSuspension),
        Object<PartnerSuspension>(static (r, e, p) => r.ReadPartnerSuspension(e, p), ScenarioJsonWriter.WritePartnerSuspension),
        Object<PartyUnderstanding>(static (r, e, p) => r.ReadUnderstanding(e, p), ScenarioJsonWriter.WriteUnderstanding),
        Object<Termination>(static (r, e, p) => r.ReadTermination(e, p), ScenarioJsonWriter.WriteTermination),
        Object<GuaranteePair>(ReadGuaranteePair, WriteGuaranteePair),
        Object<ClauseConditions>(static (r, e, p) => r.ReadConditions(e, p), ScenarioJsonWriter.WriteConditions),
        Object<GeographicScope>(static (r, e, p) => r.ReadGeographicScope(e, p), ScenarioJsonWriter.WriteGeographicScope),
        Object<EntryIntoForceRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Case<EntryIntoForceRule, OnSignatureRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Case<EntryIntoForceRule, OnExchangeOfInstrumentsRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Case<EntryIntoForceRule, AfterInstrumentsRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Case<EntryIntoForceRule, OnFixedDateRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Case<EntryIntoForceRule, RecordedRule>(EntryIntoForceRules, ScenarioJsonWriter.WriteEntryIntoForce),
        Object<TreatyDuration>(Durations, ScenarioJsonWriter.WriteDuration),
        Case<TreatyDuration, IndefiniteDuration>(Durations, ScenarioJsonWriter.WriteDuration),
        Case<TreatyDuration, FixedTermDuration>(Durations, ScenarioJsonWriter.WriteDuration),
        Object<Clause>(Clauses, ScenarioJsonWriter.WriteClause),
        Case<Clause, MutualDefenceClause>(Clauses, ScenarioJsonWriter.WriteClause),
        Case<Clause, MilitaryCooperationClause>(Clauses, ScenarioJsonWriter.WriteClause),
        Case<Clause, TechnologyTransferClause>(Clauses, ScenarioJsonWriter.WriteClause),
        Case<Clause, ObligationClause>(Clauses, ScenarioJsonWriter.WriteClause),

        // Transfers.
        Object<Transfer>(static (r, e, p) => r.ReadTransfer(e, p), ScenarioJsonWriter.WriteTransfer),
        Object<Exchange>(static (r, e, p) => r.ReadExchange(e, p), ScenarioJsonWriter.WriteExchange),
        Object<Money>(static (r, e, p) => r.ReadMoney(e, p), ScenarioJsonWriter.WriteMoney),
        Object<Quantity>(static (r, e, p) => r.ReadQuantity(e, p), ScenarioJsonWriter.WriteQuantity),
        Object<Estimate>(static (r, e, p) => r.ReadEstimate(e, p), ScenarioJsonWriter.WriteEstimate),
        Text<CurrencyCode>(static (r, e, p) => r.ReadCurrency(e, p), static code => code.Value),
        Object<TransferItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, MunitionsItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, WeaponSystemsItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, TechnologyItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, MoneyItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, PersonnelItem>(Items, ScenarioJsonWriter.WriteTransferItem),
        Case<TransferItem, ResourcesItem>(Items, ScenarioJsonWriter.WriteTransferItem),

        // Stances.
        Object<Stance>(static (r, e, p) => r.ReadStance(e, p), ScenarioJsonWriter.WriteStance),
        Object<StanceTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, ActorTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, ActorsTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, TreatyTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, TransferTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, IssueTarget>(Targets, ScenarioJsonWriter.WriteTarget),
        Case<StanceTarget, ResolutionTarget>(Targets, ScenarioJsonWriter.WriteTarget),

        // Sanctions.
        Object<SanctionsRegime>(static (r, e, p) => r.ReadSanctionsRegime(e, p), ScenarioJsonWriter.WriteSanctionsRegime),
        Object<LegalInstrument>(static (r, e, p) => r.ReadLegalInstrument(e, p), ScenarioJsonWriter.WriteLegalInstrument),
        Object<SanctionsMeasure>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),
        Case<SanctionsMeasure, ArmsEmbargo>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),
        Case<SanctionsMeasure, TechnologyBan>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),
        Case<SanctionsMeasure, FinancialMeasure>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),
        Case<SanctionsMeasure, ResourceCap>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),
        Case<SanctionsMeasure, WorkerBan>(Measures, ScenarioJsonWriter.WriteSanctionsMeasure),

        // Ids: strings, and keys of dictionaries.
        Text<ActorId>(static (r, e, p) => r.ActorIds(e, p), static id => id.Value),
        Text<PlaceId>(static (r, e, p) => r.PlaceIds(e, p), static id => id.Value),
        Text<TreatyId>(static (r, e, p) => r.TreatyIds(e, p), static id => id.Value),
        Text<ClauseId>(static (r, e, p) => r.ClauseIds(e, p), static id => id.Value),
        Text<TransferId>(static (r, e, p) => r.TransferIds(e, p), static id => id.Value),
        Text<ExchangeId>(static (r, e, p) => r.ExchangeIds(e, p), static id => id.Value),
        Text<StanceId>(static (r, e, p) => r.StanceIds(e, p), static id => id.Value),
        Text<SanctionsRegimeId>(static (r, e, p) => r.RegimeIds(e, p), static id => id.Value),

        // Enumerations: their names in camelCase, as in the file (JsonEnums.Name).
        new EnumJsonConverter<ActorKind>(),
        new EnumJsonConverter<PlaceKind>(),
        new EnumJsonConverter<SourceKind>(),
        new EnumJsonConverter<Confidence>(),
        new EnumJsonConverter<DatePrecision>(),
        new EnumJsonConverter<ConsentKind>(),
        new EnumJsonConverter<TerminationKind>(),
        new EnumJsonConverter<ClauseKind>(),
        new EnumJsonConverter<DefenceTrigger>(),
        new EnumJsonConverter<DefenceResponse>(),
        new CooperationFormsJsonConverter(),
        new EnumJsonConverter<TransferStatus>(),
        new EnumJsonConverter<TransferItemKind>(),
        new EnumJsonConverter<EstimateQualifier>(),
        new EnumJsonConverter<MunitionsCategory>(),
        new EnumJsonConverter<TechnologyDomain>(),
        new EnumJsonConverter<TechnologyForm>(),
        new EnumJsonConverter<PersonnelRole>(),
        new EnumJsonConverter<ResourceKind>(),
        new EnumJsonConverter<StanceTargetKind>(),
        new EnumJsonConverter<StancePosition>(),
        new EnumJsonConverter<StanceSignal>(),
        new EnumJsonConverter<VoteChoice>(),
        new EnumJsonConverter<SanctionsMeasureKind>(),
        new EnumJsonConverter<SanctionsBinding>(),
        new EnumJsonConverter<EmbargoDirection>(),
        new EnumJsonConverter<FinancialMeasureKind>(),
    ];

    internal static Truth ReadTruth(ScenarioJsonReader reader, JsonElement element, JsonPathRef path)
    {
        var text = reader.Values.String(element, path);
        // The answers' words for a truth (AnswerJson writes Truth.ToString()).
        Truth[] all = [Truth.True, Truth.False, Truth.Unknown];
        foreach (var truth in all)
        {
            if (text == truth.ToString())
            {
                return truth;
            }
        }

        if (text is not null)
        {
            reader.Values.Report(ErrorCodes.InvalidValue, $"'{path}' is '{InputText.Shortened(text, 80)}'; expected 'true', 'false' or 'unknown'.", path);
        }

        return Truth.Unknown;
    }

    internal static DayRange ReadDayRange(ScenarioJsonReader reader, JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(reader.Values, element, path, "a range of days");
        if (o is null)
        {
            return default;
        }

        var earliest = o.Required("earliest", reader.Values.Day);
        var latest = o.Required("latest", reader.Values.Day);
        return o.Finish() ? o.Create(DayRange.Problem(earliest, latest), (earliest, latest), static v => new DayRange(v.earliest, v.latest)) : default;
    }

    internal static void WriteDayRange(Utf8JsonWriter writer, DayRange range)
    {
        writer.WriteStartObject();
        writer.WriteString("earliest", IsoDay(range.Earliest));
        writer.WriteString("latest", IsoDay(range.Latest));
        writer.WriteEndObject();
    }

    private static string IsoDay(NodaTime.LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);

    private static GuaranteePair ReadGuaranteePair(ScenarioJsonReader reader, JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(reader.Values, element, path, "a guarantee");
        if (o is null)
        {
            return default;
        }

        var guarantor = o.Required("guarantor", reader.ActorIds);
        var beneficiary = o.Required("beneficiary", reader.ActorIds);
        return o.Finish() ? new GuaranteePair(guarantor, beneficiary) : default;
    }

    private static void WriteGuaranteePair(Utf8JsonWriter writer, GuaranteePair pair)
    {
        writer.WriteStartObject();
        writer.WriteString("guarantor", pair.Guarantor.Value);
        writer.WriteString("beneficiary", pair.Beneficiary.Value);
        writer.WriteEndObject();
    }

    private static EntryIntoForceRule? EntryIntoForceRules(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadEntryIntoForce(element, path);

    private static TreatyDuration? Durations(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadDuration(element, path);

    private static Clause? Clauses(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadClause(element, path);

    private static TransferItem? Items(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadTransferItem(element, path);

    private static StanceTarget? Targets(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadStanceTarget(element, path);

    private static SanctionsMeasure? Measures(ScenarioJsonReader reader, JsonElement element, JsonPathRef path) => reader.ReadSanctionsMeasure(element, path);

    private static ModelJsonConverter<T> Object<T>(Func<ScenarioJsonReader, JsonElement, JsonPathRef, T?> read, Action<Utf8JsonWriter, T> write) =>
        new(read, write, text: null);

    private static ModelJsonConverter<T> Text<T>(Func<ScenarioJsonReader, JsonElement, JsonPathRef, T?> read, Func<T, string> text) =>
        new(read, (writer, value) => writer.WriteStringValue(text(value)), text);

    // A union's case reads as the union and must be of that case; it writes as the union, with its kind.
    private static ModelJsonConverter<TCase> Case<TUnion, TCase>(Func<ScenarioJsonReader, JsonElement, JsonPathRef, TUnion?> read, Action<Utf8JsonWriter, TUnion> write)
        where TUnion : class
        where TCase : class, TUnion =>
        new(
            (reader, element, path) => read(reader, element, path) switch
            {
                null => null,
                TCase value => value,
                var other => throw new JsonException($"The JSON holds {ModelJsonConverter<TCase>.Article(other.GetType().Name)}, not {ModelJsonConverter<TCase>.Article(typeof(TCase).Name)}: its 'kind' names another case."),
            },
            (writer, value) => write(writer, value),
            text: null);

    /// <summary>Reads and writes a whole scenario as a scenario file does, validated as <see cref="ScenarioJson.Parse"/> validates it.</summary>
    private sealed class ScenarioConverter : JsonConverter<Scenario>
    {
        public override Scenario Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return ScenarioJson.Parse(document.RootElement.GetRawText()).Match(
                scenario => scenario,
                errors => throw new JsonException(ModelJsonConverter<Scenario>.Describe(errors.Select(error => (error.Code, error.Message)))));
        }

        public override void Write(Utf8JsonWriter writer, Scenario value, JsonSerializerOptions options) =>
            ScenarioJsonWriter.WriteScenario(writer, value);
    }
}

/// <summary>
/// Reads one model value with the scenario file's reader (every structural problem found, at its path from the value)
/// and writes it with the file's writer. A value the reader refuses is a <see cref="JsonException"/>, as
/// System.Text.Json's converters report bad input, listing the problems with their codes.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
internal sealed class ModelJsonConverter<T> : JsonConverter<T>
{
    // How many problems an exception's message lists; a value that bad has more to fix than a message can say.
    private const int MaxListed = 5;

    private readonly Func<ScenarioJsonReader, JsonElement, JsonPathRef, T?> _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly Func<T, string>? _text;

    /// <summary>Creates the converter.</summary>
    /// <param name="read">Reads the value at a path of the document with a reader that collects the problems.</param>
    /// <param name="write">Writes the value.</param>
    /// <param name="text">The value as text, for a value that is a JSON string and may be a dictionary's key; otherwise <see langword="null"/>.</param>
    public ModelJsonConverter(Func<ScenarioJsonReader, JsonElement, JsonPathRef, T?> read, Action<Utf8JsonWriter, T> write, Func<T, string>? text)
    {
        _read = read;
        _write = write;
        _text = text;
    }

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ReadElement(document.RootElement);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (_text is null)
        {
            return base.ReadAsPropertyName(ref reader, typeToConvert, options);
        }

        // The key as a JSON string, read as a value of the same text would be.
        var key = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(key))
        {
            writer.WriteStringValue(reader.GetString());
        }

        using var document = JsonDocument.Parse(key.WrittenMemory);
        return ReadElement(document.RootElement)!;
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (_text is null)
        {
            base.WriteAsPropertyName(writer, value!, options);
            return;
        }

        writer.WritePropertyName(_text(value));
    }

    /// <summary>"a Treaty", "an ActorTarget": a type's name for messages.</summary>
    internal static string Article(string name) => ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>The problems as an exception's message: the first few, each with its code and message.</summary>
    internal static string Describe(IEnumerable<(string Code, string Message)> problems)
    {
        var all = problems.ToList();
        var listed = string.Join(" ", all.Take(MaxListed).Select(problem => $"{problem.Code}: {problem.Message}"));
        var more = all.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $" ({all.Count - MaxListed} more problems.)") : string.Empty;
        return $"The JSON is not {Article(typeof(T).Name)}. {listed}{more}";
    }

    private T? ReadElement(JsonElement element)
    {
        var reader = new ScenarioJsonReader();
        var value = _read(reader, element, JsonPathRef.Root);
        if (reader.Errors.Count > 0)
        {
            throw new JsonException(Describe(reader.Errors.Select(error => (error.Code, error.Message))));
        }

        return value;
    }
}

/// <summary>An enumeration as its name in camelCase, the file's rule (<see cref="JsonEnums.Name"/>); also as a dictionary's key.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class EnumJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly JsonEnum<T> _names = new(Enum.GetValues<T>(), $"a {typeof(T).Name}");

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()!)
        : throw new JsonException($"Expected {_names.What} as a string, one of {_names.Describe()}; got {reader.TokenType}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(_names.Name(value));

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(_names.Name(value));

    private T Parse(string name) =>
        _names.TryParse(name, out var value) ? value
        : throw new JsonException($"'{InputText.Shortened(name, 80)}' is not {_names.What}; expected one of {_names.Describe()}.");
}

/// <summary>The forms of military cooperation, a set of flags, as the file writes them: an array of the forms' names.</summary>
internal sealed class CooperationFormsJsonConverter : JsonConverter<MilitaryCooperationForms>
{
    /// <inheritdoc/>
    public override MilitaryCooperationForms Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected the forms of military cooperation as an array of names, some of {JsonEnums.MilitaryCooperationForm.Describe()}; got {reader.TokenType}.");
        }

        var forms = MilitaryCooperationForms.None;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || !JsonEnums.MilitaryCooperationForm.TryParse(reader.GetString()!, out var form))
            {
                throw new JsonException($"Expected a form of military cooperation, one of {JsonEnums.MilitaryCooperationForm.Describe()}.");
            }

            forms |= form;
        }

        return forms;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MilitaryCooperationForms value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var name in JsonEnums.MilitaryCooperationForm.Names)
        {
            if (JsonEnums.MilitaryCooperationForm.TryParse(name, out var form) && value.HasFlag(form))
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}
