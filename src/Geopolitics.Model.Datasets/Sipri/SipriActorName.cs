using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// One SIPRI spelling of a supplier or recipient and the <see cref="Actor"/> it stands for in the model, with the
/// <see cref="Basis"/> on which the actor was chosen.
/// </summary>
public sealed record SipriActorName
{
    internal SipriActorName(string sipriName, Actor actor, SipriActorBasis basis)
    {
        SipriName = sipriName;
        Actor = actor;
        Basis = basis;
    }

    /// <summary>The name as SIPRI writes it, for example <c>Viet Nam</c> or <c>NATO**</c>.</summary>
    public string SipriName { get; }

    /// <summary>The actor the name stands for.</summary>
    public Actor Actor { get; }

    /// <summary>How the actor was chosen.</summary>
    public SipriActorBasis Basis { get; }

    /// <summary>Culture-invariant text such as <c>Viet Nam -> VNM (Vietnam)</c>.</summary>
    /// <returns>The mapping as text.</returns>
    public override string ToString() => $"{SipriName} -> {Actor}";
}
