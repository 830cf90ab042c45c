namespace Geopolitics.Model.Places;

/// <summary>What kind of place a <see cref="Place"/> is.</summary>
public enum PlaceKind
{
    /// <summary>A state's home territory (its id is the state's ISO alpha-3 code).</summary>
    HomeTerritory = 0,

    /// <summary>A territory or part of a state named on its own (Guam, Okinawa, the Kursk region).</summary>
    Territory = 1,

    /// <summary>A geographic area that places lie in (the Pacific area, Europe, the North Atlantic area).</summary>
    Region = 2,
}
