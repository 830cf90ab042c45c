using System.Collections.Immutable;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Analysis.Compliance;

/// <summary>
/// The breaches of sanctions regimes by the transfers of a scenario, computed by <see cref="ComplianceAnalysis"/>,
/// over all time or on one day, with the facts used and those set aside for their confidence.
/// </summary>
public sealed record ComplianceReport
{
    internal ComplianceReport(
        LocalDate? day,
        Confidence minimum,
        ImmutableArray<SanctionsBreach> breaches,
        ImmutableArray<FactReference> facts,
        ImmutableArray<SetAsideFact> setAside)
    {
        Day = day;
        Minimum = minimum;
        Breaches = breaches;
        Facts = facts;
        SetAside = setAside;
    }

    /// <summary>The day asked about, or <see langword="null"/> when every date was considered.</summary>
    public LocalDate? Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The breaches, certain and possible, by regime, then transfer, then measure, in scenario order.</summary>
    public ImmutableArray<SanctionsBreach> Breaches { get; }

    /// <summary>Every fact the breaches rest on, once each.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>
    /// The regimes, and the transfers to or from a regime's target, that the minimum confidence does not admit, so
    /// that were not examined.
    /// </summary>
    public ImmutableArray<SetAsideFact> SetAside { get; }

    /// <summary>The breaches of one regime.</summary>
    /// <param name="regime">The regime.</param>
    /// <returns>Its breaches, in report order.</returns>
    public ImmutableArray<SanctionsBreach> BreachesOf(SanctionsRegimeId regime) => [.. Breaches.Where(b => b.Regime == regime)];

    /// <summary>The breaches in which an actor is in breach.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Its breaches, in report order.</returns>
    public ImmutableArray<SanctionsBreach> BreachesBy(ActorId actor) => [.. Breaches.Where(b => b.IsInBreach(actor))];

    /// <summary>The breaches by one transfer.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>Its breaches, in report order.</returns>
    public ImmutableArray<SanctionsBreach> BreachesFor(TransferId transfer) => [.. Breaches.Where(b => b.Transfer == transfer)];

    /// <inheritdoc/>
    public bool Equals(ComplianceReport? other) =>
        other is not null && Day == other.Day && Minimum == other.Minimum && Breaches.SequenceEqual(other.Breaches) &&
        Facts.SequenceEqual(other.Facts) && SetAside.SequenceEqual(other.SetAside);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Minimum, Breaches.Length, Facts.Length, SetAside.Length);

    /// <summary>Culture-invariant text: one line per breach, then the facts set aside.</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"Sanctions compliance{(Day is { } day ? " on " + DayWindow.Iso(day) : string.Empty)}, confidence {Minimum} or stronger: ");
        text.Append(Breaches.Length == 1 ? "1 breach" : $"{Breaches.Length} breaches");
        foreach (var breach in Breaches)
        {
            text.Append('\n').Append(breach);
        }

        foreach (var fact in SetAside)
        {
            text.Append('\n').Append($"Set aside ({fact.Reason}): {fact.Fact}");
        }

        return text.ToString();
    }
}
