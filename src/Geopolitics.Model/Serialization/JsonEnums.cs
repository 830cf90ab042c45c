using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Serialization;

/// <summary>The names an enumeration's values have in the file format: their C# names in camelCase.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class JsonEnum<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _names;
    private readonly FrozenDictionary<string, T> _values;

    // The names in UTF-8 with their values, to read a value from the file without making a string of it.
    private readonly (byte[] Name, T Value)[] _utf8;

    /// <summary>Names the given values (the format's closed set, which may leave out some values of the enumeration).</summary>
    /// <param name="values">The values.</param>
    /// <param name="what">What one value is, for messages ("a kind of actor").</param>
    public JsonEnum(IEnumerable<T> values, string what)
    {
        var names = values.Distinct().ToDictionary(value => value, JsonEnums.Name);
        _names = names.ToFrozenDictionary();
        _values = names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        _utf8 = [.. names.Select(pair => (Encoding.UTF8.GetBytes(pair.Value), pair.Key))];
        Names = [.. names.Values];
        What = what;
    }

    /// <summary>Every name, in the order the values were given.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>What one value is, for messages ("a kind of actor").</summary>
    public string What { get; }

    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has no name in the format.</exception>
    public string Name(T value) =>
        _names.TryGetValue(value, out var name) ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"'{value}' has no name in the scenario file format.");

    /// <summary>The value named <paramref name="name"/> (exactly, case included).</summary>
    public bool TryParse(string name, out T value) => _values.TryGetValue(name, out value);

    /// <summary>The value named by the JSON string <paramref name="element"/> (exactly, case included).</summary>
    public bool TryParse(JsonElement element, out T value)
    {
        foreach (var (name, named) in _utf8)
        {
            if (element.ValueEquals(name))
            {
                value = named;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The names as a list for messages: <c>'a', 'b', 'c'</c>.</summary>
    public string Describe() => JsonEnums.Describe(Names);
}

/// <summary>The closed sets of names the file format uses for every enumeration and every union's <c>kind</c>.</summary>
internal static class JsonEnums
{
    public static JsonEnum<ActorKind> ActorKind { get; } = All<ActorKind>("a kind of actor");

    public static JsonEnum<PlaceKind> PlaceKind { get; } = All<PlaceKind>("a kind of place");

    public static JsonEnum<Confidence> Confidence { get; } = All<Confidence>("a confidence");

    public static JsonEnum<SourceKind> SourceKind { get; } = All<SourceKind>("a kind of source");

    public static JsonEnum<ConsentKind> ConsentKind { get; } = All<ConsentKind>("a kind of consent");

    public static JsonEnum<TerminationKind> TerminationKind { get; } = All<TerminationKind>("a kind of termination");

    public static JsonEnum<ClauseKind> ClauseKind { get; } = All<ClauseKind>("a kind of clause");

    public static JsonEnum<DefenceTrigger> DefenceTrigger { get; } = All<DefenceTrigger>("a defence trigger");

    public static JsonEnum<DefenceResponse> DefenceResponse { get; } = All<DefenceResponse>("a defence response");

    /// <summary>The single forms; a clause lists the forms it covers, so neither <c>None</c> nor <c>All</c> is a name.</summary>
    public static JsonEnum<MilitaryCooperationForms> MilitaryCooperationForm { get; } =
        new(Enum.GetValues<MilitaryCooperationForms>().Where(form => form != 0 && ((int)form & ((int)form - 1)) == 0), "a form of military cooperation");

    public static JsonEnum<TransferStatus> TransferStatus { get; } = All<TransferStatus>("a transfer status");

    public static JsonEnum<TransferItemKind> TransferItemKind { get; } = All<TransferItemKind>("a kind of transfer item");

    public static JsonEnum<EstimateQualifier> EstimateQualifier { get; } = All<EstimateQualifier>("an estimate qualifier");

    public static JsonEnum<MunitionsCategory> MunitionsCategory { get; } = All<MunitionsCategory>("a munitions category");

    public static JsonEnum<TechnologyDomain> TechnologyDomain { get; } = All<TechnologyDomain>("a technology domain");

    public static JsonEnum<TechnologyForm> TechnologyForm { get; } = All<TechnologyForm>("a form of technology transfer");

    public static JsonEnum<PersonnelRole> PersonnelRole { get; } = All<PersonnelRole>("a personnel role");

    public static JsonEnum<ResourceKind> ResourceKind { get; } = All<ResourceKind>("a kind of resource");

    public static JsonEnum<StanceTargetKind> StanceTargetKind { get; } = All<StanceTargetKind>("a kind of stance target");

    public static JsonEnum<StancePosition> StancePosition { get; } = All<StancePosition>("a stance position");

    public static JsonEnum<StanceSignal> StanceSignal { get; } = All<StanceSignal>("a stance signal");

    public static JsonEnum<VoteChoice> VoteChoice { get; } = All<VoteChoice>("a vote (yes, abstain or no)");

    public static JsonEnum<SanctionsMeasureKind> SanctionsMeasureKind { get; } = All<SanctionsMeasureKind>("a kind of sanctions measure");

    public static JsonEnum<SanctionsBinding> SanctionsBinding { get; } = All<SanctionsBinding>("a sanctions binding");

    /// <summary>The directions a measure can have; <c>None</c> is not one.</summary>
    public static JsonEnum<EmbargoDirection> EmbargoDirection { get; } =
        new([Sanctions.EmbargoDirection.SupplyToTarget, Sanctions.EmbargoDirection.ProcurementFromTarget, Sanctions.EmbargoDirection.Both], "a direction");

    public static JsonEnum<FinancialMeasureKind> FinancialMeasureKind { get; } = All<FinancialMeasureKind>("a kind of financial measure");

    /// <summary>The kinds of entry-into-force rule, after the nested types of <see cref="EntryIntoForceRule"/>.</summary>
    public static ImmutableArray<string> EntryIntoForceKinds { get; } =
        ["onSignature", "onExchangeOfInstruments", "afterInstruments", "onFixedDate", "recorded"];

    /// <summary>The kinds of treaty duration, after the nested types of <see cref="TreatyDuration"/>.</summary>
    public static ImmutableArray<string> DurationKinds { get; } = ["indefinite", "fixedTerm"];

    /// <summary>
    /// The name of any enumeration's value in the file's vocabulary, the one rule behind every <see cref="JsonEnum{T}"/>
    /// and the answers' JSON: the C# name with its first letter in lower case (<c>armedAttack</c>, <c>inForce</c>).
    /// </summary>
    public static string Name<T>(T value)
        where T : struct, Enum => CamelCase(value.ToString());

    /// <summary>
    /// A C# name in the file's vocabulary: its first letter in lower case. Members (<c>entryIntoForce</c>) and enum
    /// values (<c>armedAttack</c>) follow the same rule.
    /// </summary>
    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Names as a list for messages: <c>'a', 'b', 'c'</c>.</summary>
    public static string Describe(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"'{name}'"));

    private static JsonEnum<T> All<T>(string what)
        where T : struct, Enum =>
        new(Enum.GetValues<T>().OrderBy(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)), what);
}
