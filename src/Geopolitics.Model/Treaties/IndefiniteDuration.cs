namespace Geopolitics.Model.Treaties;

/// <summary>The treaty lasts until it is terminated, superseded or left by all but one party.</summary>
public sealed record IndefiniteDuration : TreatyDuration
{
    /// <summary>Creates the duration.</summary>
    public IndefiniteDuration()
    {
    }

    private protected override string Describe() => "indefinite";
}
