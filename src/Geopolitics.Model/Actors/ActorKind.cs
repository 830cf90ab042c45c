namespace Geopolitics.Model.Actors;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state, identified by its ISO 3166-1 alpha-3 code.</summary>
    State = 0,

    /// <summary>An international organisation or one of its organs (UN Security Council, NATO, the EU).</summary>
    Organisation = 1,

    /// <summary>An ad hoc group of actors acting together (the US–Japan–ROK trilateral).</summary>
    Coalition = 2,

    /// <summary>A body that speaks for a state (the Pentagon, South Korea's National Intelligence Service).</summary>
    Agency = 3,
}
