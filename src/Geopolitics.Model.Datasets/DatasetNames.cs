namespace Geopolitics.Model.Datasets;

/// <summary>The dataset names used in <see cref="Provenance.ExternalReference"/>s and sources written by the importers.</summary>
public static class DatasetNames
{
    /// <summary>Alliance Treaty Obligations and Provisions (Leeds et al.).</summary>
    public const string Atop = "ATOP";

    /// <summary>Correlates of War Formal Alliances (Gibler), v4.1 alliance ids (<c>version4id</c>; ATOP's <c>cow4id</c>).</summary>
    public const string CowAlliances = "COW Formal Alliances";

    /// <summary>Correlates of War Formal Alliances v3.0 alliance ids (ATOP's <c>cowid</c>), which differ from the v4.1 ids.</summary>
    public const string CowAlliancesV3 = "COW Formal Alliances v3";

    /// <summary>SIPRI Arms Transfers Database.</summary>
    public const string Sipri = "SIPRI Arms Transfers";
}
