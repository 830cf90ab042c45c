namespace Geopolitics.Model.Transfers;

/// <summary>The form in which technology is transferred by a <see cref="TechnologyItem"/>.</summary>
public enum TechnologyForm
{
    /// <summary>Expertise passed on by people: advice, consultation, joint work.</summary>
    KnowHow = 0,

    /// <summary>Parts and subsystems.</summary>
    Components = 1,

    /// <summary>Drawings, specifications and designs.</summary>
    Designs = 2,

    /// <summary>A licence to produce.</summary>
    Licence = 3,

    /// <summary>Training of the recipient's people.</summary>
    Training = 4,
}
