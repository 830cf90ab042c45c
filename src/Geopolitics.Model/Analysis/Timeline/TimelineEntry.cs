using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Timeline;

/// <summary>One dated fact of a <see cref="TimelineAnalysis"/>: when, what, who, how sure, and where it sits in the scenario.</summary>
public sealed record TimelineEntry
{
    internal TimelineEntry(
        PartialDate date,
        TimelineEvent @event,
        ImmutableArray<ActorId> actors,
        string description,
        FactReference fact)
    {
        Date = date;
        Event = @event;
        Actors = actors;
        Description = description;
        Fact = fact;
    }

    /// <summary>When it happened, to the precision known.</summary>
    public PartialDate Date { get; }

    /// <summary>What kind of fact it is.</summary>
    public FactKind Kind => Fact.Kind;

    /// <summary>What happened.</summary>
    public TimelineEvent Event { get; }

    /// <summary>The actors involved, distinct, in order of appearance (for a stance: its holder, the agency it spoke through, then its targets).</summary>
    public ImmutableArray<ActorId> Actors { get; }

    /// <summary>A readable sentence.</summary>
    public string Description { get; }

    /// <summary>How strongly the fact is supported.</summary>
    public Confidence Confidence => Fact.Confidence;

    /// <summary>The fact: its kind, id, path in the scenario, date and confidence.</summary>
    public FactReference Fact { get; }

    /// <summary>Whether <paramref name="actor"/> is involved.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Whether it is one of <see cref="Actors"/>.</returns>
    public bool Involves(ActorId actor) => Actors.Contains(actor);

    /// <inheritdoc/>
    public bool Equals(TimelineEntry? other) =>
        other is not null && Date == other.Date && Event == other.Event && Actors.SequenceEqual(other.Actors) &&
        Description == other.Description && Fact.Equals(other.Fact);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Event, Actors.Length, Description, Fact);

    /// <summary>Culture-invariant text: <c>date [confidence] description</c>.</summary>
    /// <returns>For example <c>2024-06-19 [Confirmed] RUS signed rus-prk-2024.</c>.</returns>
    public override string ToString() => $"{Date} [{Confidence}] {Description}";
}
