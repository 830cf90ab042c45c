using System.Collections.Immutable;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Timeline;

/// <summary>
/// The dated facts of a scenario in order, filtered by actor, window and confidence, as answered by
/// <see cref="TimelineAnalysis.Query(ActorId?, LocalDate?, LocalDate?, Confidence)"/>.
/// </summary>
/// <remarks>
/// The window <c>[<see cref="From"/>, <see cref="To"/>]</c> includes both ends; a <see langword="null"/> end is open.
/// An entry whose date is known only to the month or year and straddles an end of the window is in
/// <see cref="PossiblyInPeriod"/>, not in <see cref="Entries"/>.
/// </remarks>
public sealed record TimelineReport
{
    internal TimelineReport(
        ActorId? actor,
        LocalDate? from,
        LocalDate? to,
        Confidence minimum,
        ImmutableArray<TimelineEntry> entries,
        ImmutableArray<TimelineEntry> possiblyInPeriod,
        ImmutableArray<SetAsideFact> setAside)
    {
        Actor = actor;
        From = from;
        To = to;
        Minimum = minimum;
        Entries = entries;
        PossiblyInPeriod = possiblyInPeriod;
        SetAside = setAside;
    }

    /// <summary>The actor the entries involve, or <see langword="null"/> for every actor.</summary>
    public ActorId? Actor { get; }

    /// <summary>The first day of the window (included), or <see langword="null"/> when open.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day of the window (included), or <see langword="null"/> when open.</summary>
    public LocalDate? To { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The entries certainly in the window, in order: by earliest day, then precision (year, month, day), then scenario order.</summary>
    public ImmutableArray<TimelineEntry> Entries { get; }

    /// <summary>The admitted entries whose partial dates leave it unknown whether they fall in the window, in order.</summary>
    public ImmutableArray<TimelineEntry> PossiblyInPeriod { get; }

    /// <summary>The entries matching the actor and possibly the window that the minimum confidence does not admit, in order.</summary>
    public ImmutableArray<SetAsideFact> SetAside { get; }

    /// <inheritdoc/>
    public bool Equals(TimelineReport? other) =>
        other is not null && Actor == other.Actor && From == other.From && To == other.To && Minimum == other.Minimum &&
        Entries.SequenceEqual(other.Entries) && PossiblyInPeriod.SequenceEqual(other.PossiblyInPeriod) &&
        SetAside.SequenceEqual(other.SetAside);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Actor, From, To, Minimum, Entries.Length, PossiblyInPeriod.Length, SetAside.Length);

    /// <summary>Culture-invariant text: one line per entry, then those possibly in the window and those set aside.</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var window = $"{(From is { } f ? DayWindow.Iso(f) : "..")}/{(To is { } t ? DayWindow.Iso(t) : "..")}";
        text.Append($"Timeline{(Actor is { } actor ? " of " + actor : string.Empty)}, {window}, confidence {Minimum} or stronger");
        foreach (var entry in Entries)
        {
            text.Append('\n').Append(entry);
        }

        foreach (var entry in PossiblyInPeriod)
        {
            text.Append('\n').Append($"Possibly in period: {entry}");
        }

        foreach (var fact in SetAside)
        {
            text.Append('\n').Append($"Set aside ({fact.Reason}): {fact.Fact}");
        }

        return text.ToString();
    }
}
