namespace Geopolitics.Model.Errors;

/// <content>The codes of analysis queries (<c>GM1151</c>–<c>GM1199</c>): questions an analysis cannot answer as asked.</content>
public static partial class ErrorCodes
{
    /// <summary>An analysis was asked about an actor that the scenario does not hold.</summary>
    public const string UnknownAnalysisActor = "GM1151";

    /// <summary>An analysis of a pair of actors was given the same actor twice.</summary>
    public const string AnalysisPairNotDistinct = "GM1152";

    /// <summary>An analysis window ends before it starts.</summary>
    public const string AnalysisWindowEndsBeforeStart = "GM1153";

    /// <summary>An analysis was asked about a treaty that it does not hold.</summary>
    public const string UnknownAnalysisTreaty = "GM1154";
}
