using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Facts;

/// <summary>
/// A fact an analysis relied on (or set aside): what it is, where it sits in the scenario, its date and confidence,
/// and a readable description. Every analysis result lists the facts it used, so each answer explains itself.
/// </summary>
/// <param name="Kind">What kind of fact it is.</param>
/// <param name="Id">The fact's id (a treaty, transfer, stance… id; for a clause, <c>treaty/clause</c>).</param>
/// <param name="Path">Where it sits in the scenario, for example <c>Transfers[3]</c> or <c>Treaties[0].Parties[1].Consent</c>.</param>
/// <param name="Date">When it happened, to the precision known, or <see langword="null"/> when undated.</param>
/// <param name="Confidence">How strongly it is supported.</param>
/// <param name="Description">A readable one-line description.</param>
public sealed record FactReference(FactKind Kind, string Id, string Path, PartialDate? Date, Confidence Confidence, string Description)
{
    // Analyses put the same references into sets again and again (every link of a bloc search lists its facts once):
    // the hash is computed once. 0 means not yet computed; it is not part of the value.
    private int _hash;

    /// <summary>The fact's id (a treaty, transfer, stance… id; for a clause, <c>treaty/clause</c>).</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>Where it sits in the scenario, for example <c>Transfers[3]</c> or <c>Treaties[0].Parties[1].Consent</c>.</summary>
    public string Path { get; init; } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>A readable one-line description.</summary>
    public string Description { get; init; } = Description ?? throw new ArgumentNullException(nameof(Description));

    private FactReference(FactReference original)
    {
        Kind = original.Kind;
        Id = original.Id;
        Path = original.Path;
        Date = original.Date;
        Confidence = original.Confidence;
        Description = original.Description;
    }

    /// <summary>Whether the other reference names the same fact in the same words: every member is equal.</summary>
    /// <param name="other">The other reference.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FactReference? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Kind == other.Kind && Confidence == other.Confidence && Nullable.Equals(Date, other.Date) &&
         string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Path, other.Path, StringComparison.Ordinal) &&
         string.Equals(Description, other.Description, StringComparison.Ordinal));

    /// <summary>A hash of every member, computed once.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = _hash;
        if (hash == 0)
        {
            hash = HashCode.Combine(Kind, Id, Path, Date, Confidence, Description);
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    /// <summary>Culture-invariant text: <c>[Confidence] date description (path)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        Date is { } date ? $"[{Confidence}] {date} {Description} ({Path})" : $"[{Confidence}] {Description} ({Path})";
}
