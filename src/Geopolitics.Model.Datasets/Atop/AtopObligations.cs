namespace Geopolitics.Model.Datasets.Atop;

/// <summary>The five obligations ATOP codes, as a set of flags: what a state promises (in a state-year) or what one state promises another (in a directed dyad-year).</summary>
[Flags]
public enum AtopObligations
{
    /// <summary>No obligation.</summary>
    None = 0,

    /// <summary>Active military support if the partner is attacked (<c>defense</c>).</summary>
    Defense = 1,

    /// <summary>Active military support in other circumstances (<c>offense</c>).</summary>
    Offense = 2,

    /// <summary>No help to the partner's adversary (<c>neutral</c>).</summary>
    Neutral = 4,

    /// <summary>No use of force against the partner (<c>nonagg</c>).</summary>
    NonAggression = 8,

    /// <summary>Consultation in a crisis (<c>consul</c>).</summary>
    Consultation = 16,

    /// <summary>All five.</summary>
    All = Defense | Offense | Neutral | NonAggression | Consultation,
}
