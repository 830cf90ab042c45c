namespace Geopolitics.Model.Provenance;

/// <summary>What kind of publication a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>A government's or organisation's own statement, law, decree or treaty text.</summary>
    OfficialStatement = 0,

    /// <summary>An intelligence service's published assessment.</summary>
    IntelligenceAssessment = 1,

    /// <summary>A news report.</summary>
    MediaReport = 2,

    /// <summary>An analyst's or researcher's commentary.</summary>
    Analysis = 3,

    /// <summary>A published research dataset (ATOP, COW, SIPRI).</summary>
    Dataset = 4,
}
