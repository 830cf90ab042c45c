using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Analysis.Facts;

/// <summary>
/// A reference to one fact a treaty-status computation considered: which treaty and party, what kind, where it sits
/// in the treaty (<see cref="Path"/>, the same path validation uses), its date and evidence, and a readable line.
/// </summary>
public sealed record TreatyFact : IEvidenced
{
    /// <summary>Creates a reference.</summary>
    /// <param name="treaty">The treaty that holds the fact (for a supersession, the superseding treaty).</param>
    /// <param name="party">The party it concerns, or <see langword="null"/> for a treaty-wide fact.</param>
    /// <param name="kind">What kind of fact it is.</param>
    /// <param name="path">Where it sits in the treaty, for example <c>Parties[0].Consent</c>.</param>
    /// <param name="date">Its date, when it has one (for a suspension, its start).</param>
    /// <param name="evidence">What supports it.</param>
    /// <param name="description">A readable sentence, for example <c>RUS gave consent by Ratification on 2024-11-09.</c></param>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public TreatyFact(TreatyId treaty, ActorId? party, TreatyFactKind kind, string path, PartialDate? date, Evidence evidence, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Treaty = treaty;
        Party = party;
        Kind = kind;
        Path = path;
        Date = date;
        Evidence = evidence;
        Description = description;
    }

    /// <summary>The treaty that holds the fact.</summary>
    public TreatyId Treaty { get; }

    /// <summary>The party it concerns, or <see langword="null"/> for a treaty-wide fact.</summary>
    public ActorId? Party { get; }

    /// <summary>What kind of fact it is.</summary>
    public TreatyFactKind Kind { get; }

    /// <summary>Where it sits in the treaty, for example <c>Parties[0].Consent</c>.</summary>
    public string Path { get; }

    /// <summary>Its date, when it has one (for a suspension, its start).</summary>
    public PartialDate? Date { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>A readable sentence describing the fact.</summary>
    public string Description { get; }

    /// <summary>The description with the confidence and number of sources, for diagnostics.</summary>
    /// <returns>For example <c>RUS signed on 2024-06-19. [Reported, 1 source]</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Description} [{Evidence.Confidence}, {Evidence.Sources.Length} source{(Evidence.Sources.Length == 1 ? string.Empty : "s")}]");
}
