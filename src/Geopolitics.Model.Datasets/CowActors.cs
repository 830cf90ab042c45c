using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Datasets;

/// <summary>
/// The actors that stand for Correlates of War (COW) state codes in imported scenarios, and back: a current state is
/// its ISO 3166-1 alpha-3 code (COW 2 is <c>USA</c>, 365 is <c>RUS</c>); a state COW lists that has no ISO code today
/// is <c>COW-</c> and its COW code (245 Bavaria is <c>COW-245</c>, 260 the German Federal Republic is <c>COW-260</c>,
/// 347 Kosovo is <c>COW-347</c>).
/// </summary>
/// <remarks>
/// The <c>COW-</c> ids cannot collide with ISO codes, which have three letters and no hyphen. COW abbreviations are
/// never used as ids: COW's <c>AUS</c> is Austria. Codes COW does not list (ATOP's 8152) have no actor here.
/// </remarks>
public static class CowActors
{
    /// <summary>The prefix of the ids of COW states that have no ISO 3166-1 code today.</summary>
    public const string HistoricalPrefix = "COW-";

    /// <summary>Finds the actor for a COW state code in <see cref="CountryCatalogue.Default"/>.</summary>
    /// <param name="cowCode">The COW state code.</param>
    /// <param name="actor">The actor: the current country, or a <see cref="ActorKind.State"/> named as COW names it with a <c>COW-</c> id.</param>
    /// <returns>Whether COW lists the code.</returns>
    public static bool TryGetActor(int cowCode, [NotNullWhen(true)] out Actor? actor)
    {
        var catalogue = CountryCatalogue.Default;
        if (catalogue.TryGetByCowCode(cowCode, out var country))
        {
            actor = country.ToActor();
            return true;
        }

        if (catalogue.TryGetCowState(cowCode, out var state))
        {
            actor = new Actor(new ActorId(HistoricalPrefix + cowCode.ToString(CultureInfo.InvariantCulture)), ActorKind.State, state.Name);
            return true;
        }

        actor = null;
        return false;
    }

    /// <summary>Finds the COW state code of an actor id made by <see cref="TryGetActor"/>.</summary>
    /// <param name="id">An actor id: an ISO alpha-3 code of a country COW lists, or a <c>COW-</c> id.</param>
    /// <param name="cowCode">The COW state code found.</param>
    /// <returns>Whether the id stands for a COW state.</returns>
    public static bool TryGetCowCode(ActorId id, out int cowCode)
    {
        var value = id.Value;
        if (value is null)
        {
            cowCode = 0;
            return false;
        }

        if (value.StartsWith(HistoricalPrefix, StringComparison.Ordinal))
        {
            return int.TryParse(value.AsSpan(HistoricalPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out cowCode) &&
                   CountryCatalogue.Default.TryGetCowState(cowCode, out _);
        }

        if (CountryCatalogue.Default.TryGetById(id, out var country) && country.CowCode is { } code)
        {
            cowCode = code;
            return true;
        }

        cowCode = 0;
        return false;
    }
}
