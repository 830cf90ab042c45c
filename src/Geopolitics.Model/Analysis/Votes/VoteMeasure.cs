namespace Geopolitics.Model.Analysis.Votes;

/// <summary>Which of the measures of a <see cref="VoteSimilarity"/> a rule reads.</summary>
public enum VoteMeasure
{
    /// <summary>The agreement share, <see cref="VoteSimilarity.Agree"/>.</summary>
    Agree = 0,

    /// <summary>Signorino–Ritter S, <see cref="VoteSimilarity.S"/>.</summary>
    S = 1,

    /// <summary>Cohen's κ, <see cref="VoteSimilarity.Kappa"/>.</summary>
    Kappa = 2,

    /// <summary>Scott's π, <see cref="VoteSimilarity.Pi"/>.</summary>
    Pi = 3,
}
