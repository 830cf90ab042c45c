namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Whether SIPRI records the weapons as new or second-hand.</summary>
public enum SipriStatus
{
    /// <summary>New weapons (<c>New</c>).</summary>
    New = 0,

    /// <summary>Second-hand weapons (<c>Second hand</c>; the 2014 legacy export writes <c>SecondHand</c>).</summary>
    SecondHand = 1,

    /// <summary>
    /// Second-hand weapons modernised before delivery (<c>Second hand but modernized</c>; the 2014 legacy export
    /// writes <c>Refurbished</c>).
    /// </summary>
    SecondHandModernized = 2,
}
