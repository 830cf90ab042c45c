namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>How <see cref="SipriActorNames"/> chose the actor for a SIPRI name.</summary>
public enum SipriActorBasis
{
    /// <summary>The name is a current state's name in the <see cref="Actors.CountryCatalogue"/>: the actor is that state, with its ISO alpha-3 id.</summary>
    CatalogueName = 0,

    /// <summary>The name is SIPRI's spelling of a current state of the catalogue (<c>Viet Nam</c> is <c>VNM</c>), listed in the name table.</summary>
    CatalogueAlias = 1,

    /// <summary>The name is a state that the COW state system lists with no ISO country (East Germany, South Vietnam, Kosovo): the id is <c>COW-</c> and its COW code.</summary>
    CowState = 2,

    /// <summary>The name is a state, organisation or group that has no ISO or COW code (the Soviet Union, NATO, a rebel group), listed in the name table with a documented id.</summary>
    Listed = 3,

    /// <summary>
    /// The name is not listed but SIPRI marks it as a non-state actor (a trailing <c>*</c>) or an international
    /// organisation (<c>**</c>): the id is <c>SIPRI-</c> followed by the name in upper case with every run of other
    /// characters replaced by <c>-</c>, and the kind is <see cref="Actors.ActorKind.Organisation"/>.
    /// </summary>
    Derived = 4,
}
