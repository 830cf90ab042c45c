namespace Geopolitics.Model.Datasets;

/// <summary>The dataset names used in <see cref="Provenance.ExternalReference"/>s and sources written by the importers.</summary>
public static class DatasetNames
{
    /// <summary>Alliance Treaty Obligations and Provisions (Leeds et al.).</summary>
    public const string Atop = "ATOP";

    /// <summary>Correlates of War Formal Alliances (Gibler).</summary>
    public const string CowAlliances = "COW Formal Alliances";

    /// <summary>SIPRI Arms Transfers Database.</summary>
    public const string Sipri = "SIPRI Arms Transfers";
}
