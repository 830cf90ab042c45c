namespace Geopolitics.Model.Places;

/// <summary>What kind of place a <see cref="Place"/> is.</summary>
public enum PlaceKind
{
    /// <summary>
    /// A state's home territory: its metropolitan territory, the main landmass with the capital and the islands near it
    /// governed as one with it (its id is the state's ISO alpha-3 code). Overseas and outlying territories, exclaves
    /// and dependencies are <see cref="Territory"/> places of their own.
    /// </summary>
    HomeTerritory = 0,

    /// <summary>A territory or part of a state named on its own (Guam, Okinawa, the Kursk region).</summary>
    Territory = 1,

    /// <summary>A geographic area that places lie in (the Pacific area, Europe, the North Atlantic area).</summary>
    Region = 2,
}
