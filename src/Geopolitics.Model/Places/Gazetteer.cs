using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using OneOf;

namespace Geopolitics.Model.Places;

/// <summary>
/// The places clauses are stated in: every current state's home territory (id = its ISO alpha-3 code: its
/// metropolitan territory), named territories such as Alaska, Guam, Okinawa, Kaliningrad and the Kursk region, and
/// regions such as the Pacific area. A scenario extends
/// the built-in <see cref="Default"/> gazetteer with places of its own (<see cref="With"/>).
/// </summary>
/// <remarks>
/// The built-in regions and their members are a curated table, listed in <c>docs/concepts/places.md</c>: a home
/// territory lies wholly in a region that holds the metropolitan territory, and partly in one whose edge it straddles
/// (the contiguous United States, Russia, China, Australia… and the Pacific area), so a query about such a home
/// territory answers "unknown" for a Pacific-area condition until a more precise place (Guam, Hawaii) is named. Text is resolved by id, name or alias, ignoring case.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(BuildDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<PlaceId, Place> _byId;
    private readonly FrozenDictionary<string, Place> _byName;

    private Gazetteer(IEnumerable<Place> places)
    {
        var byId = new Dictionary<PlaceId, Place>();
        foreach (var place in places)
        {
            byId[place.Id] = place; // later entries replace earlier ones: a scenario may correct a built-in place
        }

        Places = [.. byId.Values.OrderBy(p => p.Id)];
        _byId = byId.ToFrozenDictionary();

        var byName = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in Places)
        {
            foreach (var name in place.Aliases.Append(place.Name).Prepend(place.Id.Value))
            {
                byName.TryAdd(name, place);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in gazetteer.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>The id of the Pacific area region.</summary>
    public static PlaceId Pacific { get; } = new("PACIFIC");

    /// <summary>Every place, sorted by id.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>A gazetteer with <paramref name="places"/> added; a place with an existing id replaces the earlier one.</summary>
    /// <param name="places">The places to add.</param>
    /// <returns>The extended gazetteer; this one is unchanged.</returns>
    public Gazetteer With(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        return new Gazetteer(Places.Concat(places));
    }

    /// <summary>The place with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The place, or <see langword="null"/>.</returns>
    public Place? Find(PlaceId id) => _byId.GetValueOrDefault(id);

    /// <summary>Looks a place up by id, name or alias, ignoring case and surrounding spaces.</summary>
    /// <param name="text">The text.</param>
    /// <param name="place">The place, when found.</param>
    /// <returns>Whether a place was found.</returns>
    public bool TryResolve(string? text, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        return !string.IsNullOrWhiteSpace(text) && _byName.TryGetValue(text.Trim(), out place);
    }

    /// <summary>Looks a place up by id, name or alias; when none matches, the error suggests the nearest names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The place, or an error with code <see cref="ErrorCodes.UnknownPlace"/>.</returns>
    public OneOf<Place, ModelError> Resolve(string text)
    {
        if (TryResolve(text, out var place))
        {
            return place;
        }

        return new ModelError(ErrorCodes.UnknownPlace, $"'{text}' is not a place in the gazetteer.{Hint(text ?? string.Empty)}", path: null);
    }

    /// <summary>The nearest places to a text that names none, as a sentence to end a message with (" Did you mean 'Guam' (GUM)?"), or empty.</summary>
    internal string Hint(string text)
    {
        var suggestions = Suggest(text);
        return suggestions.IsEmpty ? string.Empty : $" Did you mean {string.Join(", ", suggestions.Select(s => $"'{s}"))}?";
    }

    /// <summary>The home territory of a state, or <see langword="null"/> when the gazetteer has none for it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The place whose id is the state's id and which it administers, or <see langword="null"/>.</returns>
    public Place? HomeTerritoryOf(ActorId state) =>
        PlaceId.IsValid(state.Value) && Find(new PlaceId(state.Value)) is { Kind: PlaceKind.HomeTerritory } home && home.AdministeredBy == state
            ? home
            : null;

    /// <summary>The number of places, for diagnostics.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"Gazetteer: {Places.Length} places";

    private ImmutableArray<string> Suggest(string text)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        // Codes of three letters or fewer match only exactly, or every misspelling would suggest some country code.
        return [.. Places
            .Select(place => (place, distance: place.Aliases.Append(place.Name).Append(place.Id.Value)
                .Where(name => name.Length > 3)
                .Select(name => name.Contains(query, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(query, name))
                .DefaultIfEmpty(int.MaxValue)
                .Min()))
            .Where(c => c.distance <= Math.Max(2, query.Length / 3))
            .OrderBy(c => c.distance).ThenBy(c => c.place.Id)
            .Select(c => $"{c.place.Name}' ({c.place.Id})")
            .Take(3)];
    }

    // Levenshtein distance, ignoring case: small inputs, so the plain two-row algorithm is enough.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
