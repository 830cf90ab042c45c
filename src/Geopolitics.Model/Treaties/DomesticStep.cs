using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A step of a party's internal procedure towards consent, such as a parliamentary vote or a head of state's
/// signature of the ratification law (Russia, 2024: State Duma 2024-10-24, Federation Council 2024-11-06,
/// law signed 2024-11-09). Domestic steps document the path to consent; they do not change a treaty's status.
/// </summary>
public sealed record DomesticStep : IEvidenced
{
    /// <summary>Creates a domestic step.</summary>
    /// <param name="description">What happened, for example <c>State Duma approved ratification</c>.</param>
    /// <param name="date">When it happened.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public DomesticStep(string description, PartialDate date, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentProblem.ThrowIf(Problem(description));
        Description = description;
        Date = ArgumentChecks.NotDefault(date, nameof(date));
        Evidence = evidence;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string description) => ArgumentProblem.Blank(description, nameof(description));

    /// <summary>What happened.</summary>
    public string Description { get; }

    /// <summary>When it happened.</summary>
    public PartialDate Date { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>2024-10-24: State Duma approved ratification</c>.</returns>
    public override string ToString() => $"{Date}: {Description}";
}
