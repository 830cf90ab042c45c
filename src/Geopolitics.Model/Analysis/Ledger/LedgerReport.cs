using System.Collections.Immutable;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// The exchange ledger of a pair of actors over a window of days, computed by <see cref="LedgerAnalysis"/>: what went
/// each way, whether it went both ways, which exchanges link it, and the transfers it used, left open or set aside.
/// </summary>
/// <remarks>
/// The window <c>[<see cref="From"/>, <see cref="To"/>]</c> includes both ends; a <see langword="null"/> end is open.
/// A transfer is counted when its confidence is admitted and its period certainly overlaps the window; one whose
/// partial dates leave the overlap unknown is listed in <see cref="PossiblyInPeriod"/> and not summed.
/// </remarks>
public sealed record LedgerReport
{
    internal LedgerReport(
        ActorId first,
        ActorId second,
        LocalDate? from,
        LocalDate? to,
        Confidence minimum,
        LedgerFlow firstToSecond,
        LedgerFlow secondToFirst,
        Truth isReciprocal,
        ImmutableArray<LinkedExchange> exchanges,
        ImmutableArray<FactReference> used,
        ImmutableArray<FactReference> possiblyInPeriod,
        ImmutableArray<SetAsideFact> setAside)
    {
        First = first;
        Second = second;
        From = from;
        To = to;
        Minimum = minimum;
        FirstToSecond = firstToSecond;
        SecondToFirst = secondToFirst;
        IsReciprocal = isReciprocal;
        Exchanges = exchanges;
        Used = used;
        PossiblyInPeriod = possiblyInPeriod;
        SetAside = setAside;
    }

    /// <summary>The first actor of the pair, as asked.</summary>
    public ActorId First { get; }

    /// <summary>The second actor of the pair, as asked.</summary>
    public ActorId Second { get; }

    /// <summary>The first day of the window (included), or <see langword="null"/> when open.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day of the window (included), or <see langword="null"/> when open.</summary>
    public LocalDate? To { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>What went from <see cref="First"/> to <see cref="Second"/>.</summary>
    public LedgerFlow FirstToSecond { get; }

    /// <summary>What went from <see cref="Second"/> to <see cref="First"/>.</summary>
    public LedgerFlow SecondToFirst { get; }

    /// <summary>
    /// Whether something went each way: true when both flows have a counted transfer; false when a direction has
    /// neither a counted transfer nor one possibly in the period; unknown otherwise.
    /// </summary>
    public Truth IsReciprocal { get; }

    /// <summary>The exchanges, admitted by the minimum confidence, that link at least one transfer counted or possibly in the period.</summary>
    public ImmutableArray<LinkedExchange> Exchanges { get; }

    /// <summary>The transfers counted in the flows, in scenario order.</summary>
    public ImmutableArray<FactReference> Used { get; }

    /// <summary>The admitted transfers whose partial dates leave it unknown whether they overlap the window; not summed.</summary>
    public ImmutableArray<FactReference> PossiblyInPeriod { get; }

    /// <summary>
    /// The transfers of the pair set aside (certainly outside the window, or below the minimum confidence) and the
    /// exchanges linking the ledger's transfers that the minimum confidence does not admit.
    /// </summary>
    public ImmutableArray<SetAsideFact> SetAside { get; }

    /// <summary>Every fact the answer rests on: the transfers counted, then the exchanges listed.</summary>
    public ImmutableArray<FactReference> Facts => [.. Used, .. Exchanges.Select(e => e.Fact)];

    /// <summary>The flow supplied by <paramref name="supplier"/>.</summary>
    /// <param name="supplier"><see cref="First"/> or <see cref="Second"/>.</param>
    /// <returns>The flow from that actor to the other.</returns>
    /// <exception cref="ArgumentException"><paramref name="supplier"/> is not one of the pair.</exception>
    public LedgerFlow FlowFrom(ActorId supplier) =>
        supplier == First ? FirstToSecond
        : supplier == Second ? SecondToFirst
        : throw new ArgumentException($"'{supplier}' is not one of the pair {First}–{Second}.", nameof(supplier));

    /// <inheritdoc/>
    public bool Equals(LedgerReport? other) =>
        other is not null && First == other.First && Second == other.Second && From == other.From && To == other.To &&
        Minimum == other.Minimum && FirstToSecond.Equals(other.FirstToSecond) && SecondToFirst.Equals(other.SecondToFirst) &&
        IsReciprocal == other.IsReciprocal && Exchanges.SequenceEqual(other.Exchanges) && Used.SequenceEqual(other.Used) &&
        PossiblyInPeriod.SequenceEqual(other.PossiblyInPeriod) && SetAside.SequenceEqual(other.SetAside);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, From, To, Minimum, FirstToSecond, SecondToFirst, IsReciprocal);

    /// <summary>Culture-invariant text: the pair, window and confidence, both flows, reciprocity, exchanges and what was left open or aside.</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var window = $"{(From is { } f ? DayWindow.Iso(f) : "..")}/{(To is { } t ? DayWindow.Iso(t) : "..")}";
        text.Append($"Ledger {First}–{Second}, {window}, confidence {Minimum} or stronger").Append('\n');
        text.Append(FirstToSecond).Append('\n');
        text.Append(SecondToFirst).Append('\n');
        text.Append($"Reciprocal: {IsReciprocal}");
        foreach (var exchange in Exchanges)
        {
            text.Append('\n').Append($"Exchange: {exchange}");
        }

        foreach (var fact in PossiblyInPeriod)
        {
            text.Append('\n').Append($"Possibly in period: {fact}");
        }

        foreach (var fact in SetAside)
        {
            text.Append('\n').Append($"Set aside ({fact.Reason}): {fact.Fact}");
        }

        return text.ToString();
    }
}
