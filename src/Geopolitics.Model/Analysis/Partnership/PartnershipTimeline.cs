using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// How a pair's partnership stage evolved over a period: the <see cref="Spans"/> of days with the same stage, which cover
/// the period without gap, and the <see cref="Changes"/> between known stages.
/// </summary>
/// <remarks>
/// A change is reported between two spans whose stage is known; the uncertain spans between them (dates known only to
/// the month or year) make up the change's <see cref="PartnershipStageChange.When"/>. Uncertain spans at the start or
/// the end of the period, or between two known spans of the same stage, are not changes and appear only in
/// <see cref="Spans"/>.
/// </remarks>
public sealed record PartnershipTimeline
{
    internal PartnershipTimeline(
        ActorId first,
        ActorId second,
        LocalDate from,
        LocalDate to,
        Confidence minimum,
        ImmutableArray<PartnershipSpan> spans,
        ImmutableArray<PartnershipStageChange> changes)
    {
        First = first;
        Second = second;
        From = from;
        To = to;
        Minimum = minimum;
        Spans = spans;
        Changes = changes;
    }

    /// <summary>The first actor of the pair.</summary>
    public ActorId First { get; }

    /// <summary>The second actor of the pair.</summary>
    public ActorId Second { get; }

    /// <summary>The first day of the period (included).</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period (included).</summary>
    public LocalDate To { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>Consecutive runs of days with the same stage, in order, covering <see cref="From"/> to <see cref="To"/>.</summary>
    public ImmutableArray<PartnershipSpan> Spans { get; }

    /// <summary>The changes of stage within the period, in order.</summary>
    public ImmutableArray<PartnershipStageChange> Changes { get; }

    /// <summary>The span that contains a day of the period.</summary>
    /// <param name="day">A day between <see cref="From"/> and <see cref="To"/>.</param>
    /// <returns>The span, or <see langword="null"/> when the day is outside the period.</returns>
    public PartnershipSpan? SpanOn(LocalDate day) => Spans.FirstOrDefault(s => s.From <= day && day <= s.To);

    /// <inheritdoc/>
    public bool Equals(PartnershipTimeline? other) =>
        other is not null && First == other.First && Second == other.Second && From == other.From && To == other.To &&
        Minimum == other.Minimum && Spans.SequenceEqual(other.Spans) && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, From, To, Minimum, Spans.Length, Changes.Length);

    /// <summary>The pair, the period, and one line per span.</summary>
    /// <returns>The timeline as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First}–{Second} {From:uuuu-MM-dd}/{To:uuuu-MM-dd} ({Minimum} or stronger):\n") +
        string.Join("\n", Spans);
}
