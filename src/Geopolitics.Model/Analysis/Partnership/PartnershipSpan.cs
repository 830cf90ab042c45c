using System.Globalization;
using NodaTime;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// A run of days, <see cref="From"/> to <see cref="To"/> (both included), over which a pair's stage does not change: the
/// same <see cref="CertainStage"/> and <see cref="PossibleStage"/> on every day.
/// </summary>
public sealed record PartnershipSpan
{
    internal PartnershipSpan(LocalDate from, LocalDate to, PartnershipStage certainStage, PartnershipStage possibleStage)
    {
        From = from;
        To = to;
        CertainStage = certainStage;
        PossibleStage = possibleStage;
    }

    /// <summary>The first day of the span (included).</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the span (included).</summary>
    public LocalDate To { get; }

    /// <summary>The highest stage known to hold on these days.</summary>
    public PartnershipStage CertainStage { get; }

    /// <summary>The highest stage that may hold on these days.</summary>
    public PartnershipStage PossibleStage { get; }

    /// <summary>Whether the stage is known on these days.</summary>
    public bool IsCertain => CertainStage == PossibleStage;

    /// <summary>ISO 8601 interval and the stage, for example <c>2024-06-19/2024-09-30: Formalized</c>.</summary>
    /// <returns>The span as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From:uuuu-MM-dd}/{To:uuuu-MM-dd}: ") +
        (IsCertain ? CertainStage.ToString() : $"at least {CertainStage}, possibly {PossibleStage}");
}
