namespace Geopolitics.Model.Analysis.Facts;

/// <summary>What kind of fact a <see cref="FactReference"/> points at.</summary>
public enum FactKind
{
    /// <summary>A treaty as a whole (its rule of entry into force, term, supersession).</summary>
    Treaty = 0,

    /// <summary>A dated step of a treaty: a signature, consent, withdrawal, suspension or termination.</summary>
    TreatyStep = 1,

    /// <summary>A clause of a treaty.</summary>
    Clause = 2,

    /// <summary>A transfer.</summary>
    Transfer = 3,

    /// <summary>An exchange of transfers.</summary>
    Exchange = 4,

    /// <summary>A stance.</summary>
    Stance = 5,

    /// <summary>A sanctions regime or one of its measures.</summary>
    SanctionsRegime = 6,

    /// <summary>A place of the gazetteer.</summary>
    Place = 7,
}
