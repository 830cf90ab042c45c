namespace Geopolitics.Model.Provenance;

/// <summary>
/// The identifier of the same fact in a published dataset, for example the ATOP alliance <c>3456</c> or the COW
/// alliance <c>12</c>, so that imported records can be traced back and merged.
/// </summary>
public sealed record ExternalReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="dataset">The dataset's short name, for example <c>ATOP</c>, <c>COW</c> or <c>SIPRI</c>.</param>
    /// <param name="id">The record's identifier in that dataset, as the dataset writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="dataset"/> or <paramref name="id"/> is blank.</exception>
    public ExternalReference(string dataset, string id)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentProblem.ThrowIf(Problem(dataset, id));
        Dataset = dataset;
        Id = id;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string dataset, string id) => ArgumentProblem.Blank(dataset, nameof(dataset)) ?? ArgumentProblem.Blank(id, nameof(id));

    /// <summary>The dataset's short name, for example <c>ATOP</c>.</summary>
    public string Dataset { get; }

    /// <summary>The record's identifier in the dataset.</summary>
    public string Id { get; }

    /// <summary>The dataset and id, for diagnostics.</summary>
    /// <returns>For example <c>ATOP:3456</c>.</returns>
    public override string ToString() => $"{Dataset}:{Id}";
}
