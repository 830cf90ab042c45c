namespace Geopolitics.Model.Treaties;

/// <summary>
/// How a party expressed its consent to be bound by a treaty (Vienna Convention on the Law of Treaties,
/// articles 11 to 16; the terms of the UN Treaty Collection).
/// </summary>
public enum ConsentKind
{
    /// <summary>Ratification of a treaty the party signed subject to ratification; it follows a signature.</summary>
    Ratification = 0,

    /// <summary>Acceptance: used like ratification, or like accession when there was no signature.</summary>
    Acceptance = 1,

    /// <summary>Approval: used like ratification, or like accession when there was no signature.</summary>
    Approval = 2,

    /// <summary>Accession by a state that did not sign; it needs no signature.</summary>
    Accession = 3,

    /// <summary>Succession by a new state to a treaty of its predecessor; it needs no signature.</summary>
    Succession = 4,

    /// <summary>A signature that binds by itself, without ratification.</summary>
    DefinitiveSignature = 5,
}

/// <summary>Operations on <see cref="ConsentKind"/>.</summary>
public static class ConsentKindExtensions
{
    /// <summary>
    /// Whether a consent of this kind joins a treaty without having signed it (accession, succession). Such a party
    /// is never one of the original parties whose instruments an exchange waits for.
    /// </summary>
    /// <param name="kind">The kind of consent.</param>
    /// <returns><see langword="true"/> for <see cref="ConsentKind.Accession"/> and <see cref="ConsentKind.Succession"/>.</returns>
    public static bool JoinsWithoutSignature(this ConsentKind kind) => kind is ConsentKind.Accession or ConsentKind.Succession;
}
