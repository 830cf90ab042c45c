using Geopolitics.Model.Time;

namespace Geopolitics.Model.Provenance;

/// <summary>A publication that supports a fact.</summary>
/// <param name="Publisher">Who published it ("US Department of Defense", "Anadolu Agency").</param>
/// <param name="Title">Its title, or <see langword="null"/>.</param>
/// <param name="Url">Where it can be read, or <see langword="null"/>.</param>
/// <param name="Date">When it was published, to whatever precision is known, or <see langword="null"/>.</param>
/// <param name="Kind">What kind of publication it is.</param>
public sealed record Source(string Publisher, string? Title, Uri? Url, PartialDate? Date, SourceKind Kind)
{
    /// <summary>Who published it ("US Department of Defense", "Anadolu Agency").</summary>
    public string Publisher { get; init; } = Publisher ?? throw new ArgumentNullException(nameof(Publisher));

    /// <summary>Culture-invariant text: publisher, title and date.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Join(", ", new[] { Publisher, Title, Date?.ToString() }.Where(part => !string.IsNullOrEmpty(part)));
}
