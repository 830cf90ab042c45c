namespace Geopolitics.Model.Stances;

/// <summary>A stance on a named issue ("DPRK nuclear and ballistic-missile testing", "lethal aid to Ukraine").</summary>
/// <remarks>Issues compare by their trimmed text, ordinally: use one spelling per issue throughout a scenario.</remarks>
public sealed record IssueTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="issue">The issue's id or name; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="issue"/> is blank.</exception>
    public IssueTarget(string issue) => Issue = ArgumentChecks.Text(issue, nameof(issue));

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string issue) => ArgumentProblem.Blank(issue, nameof(issue));

    /// <summary>The issue's id or name, trimmed.</summary>
    public string Issue { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Issue;

    /// <summary>Culture-invariant text such as "issue dprk-missile-testing".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"issue {Issue}";
}
