using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// The partnership profile of a pair of actors on a day (DOMAIN.md 3.4): which of the five conditions hold, each a
/// <see cref="Truth"/> with its facts, and the stage, the highest condition that holds. Because partial dates can leave
/// a condition unknown, the profile gives the <see cref="CertainStage"/> (the highest condition known to hold) and the
/// <see cref="PossibleStage"/> (the highest that may hold).
/// </summary>
public sealed record PartnershipProfile
{
    internal PartnershipProfile(
        ActorId first,
        ActorId second,
        LocalDate day,
        Confidence minimum,
        ImmutableArray<PartnershipIndicator> indicators,
        ImmutableArray<FactReference> ignoredFacts)
    {
        First = first;
        Second = second;
        Day = day;
        Minimum = minimum;
        Indicators = indicators;
        IgnoredFacts = ignoredFacts;
        CertainStage = indicators.Where(i => i.Holds.IsTrue).Select(i => i.Stage).DefaultIfEmpty(PartnershipStage.None).Max();
        PossibleStage = indicators.Where(i => i.Holds.IsPossible).Select(i => i.Stage).DefaultIfEmpty(PartnershipStage.None).Max();
        Facts = [.. indicators.SelectMany(i => i.Facts).Distinct()];
        var lines = new List<string>
        {
            $"{first}–{second} on {day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, admitting facts of confidence {minimum} or stronger: " +
            (IsCertain ? $"stage {CertainStage}." : $"stage at least {CertainStage}, possibly {PossibleStage} (partial dates do not decide)."),
        };
        lines.AddRange(indicators.Select(i => i.Explanation));
        lines.AddRange(Facts.Select(f => "Relied on: " + f));
        lines.AddRange(ignoredFacts.Select(f => f.Confidence == Confidence.Denied
            ? "Ignored (denied): " + f
            : $"Ignored ({f.Confidence} is below the minimum {minimum}): {f}"));
        Explanation = [.. lines];
    }

    /// <summary>The first actor of the pair, as asked.</summary>
    public ActorId First { get; }

    /// <summary>The second actor of the pair, as asked.</summary>
    public ActorId Second { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The five conditions, from <see cref="PartnershipStage.Symbolic"/> to <see cref="PartnershipStage.Operational"/>.</summary>
    public ImmutableArray<PartnershipIndicator> Indicators { get; }

    /// <summary>Supportive statements or visits between them.</summary>
    public PartnershipIndicator Symbolic => Indicator(PartnershipStage.Symbolic);

    /// <summary>Material transfers between them in the 24 months up to the day.</summary>
    public PartnershipIndicator Transactional => Indicator(PartnershipStage.Transactional);

    /// <summary>A treaty with a clause of cooperation that both have signed and that has not ended for either.</summary>
    public PartnershipIndicator Formalized => Indicator(PartnershipStage.Formalized);

    /// <summary>A mutual-defence clause in force between them.</summary>
    public PartnershipIndicator Allied => Indicator(PartnershipStage.Allied);

    /// <summary>One's forces deployed in support of the other's military operations.</summary>
    public PartnershipIndicator Operational => Indicator(PartnershipStage.Operational);

    /// <summary>The highest stage whose condition is known to hold (<see cref="PartnershipStage.None"/> if none is).</summary>
    public PartnershipStage CertainStage { get; }

    /// <summary>The highest stage whose condition may hold; equal to <see cref="CertainStage"/> when the dates decide.</summary>
    public PartnershipStage PossibleStage { get; }

    /// <summary>Whether the stage is known: <see cref="CertainStage"/> equals <see cref="PossibleStage"/>.</summary>
    public bool IsCertain => CertainStage == PossibleStage;

    /// <summary>Every fact behind the conditions that hold or may hold, without repeats.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>The facts about the pair that the minimum confidence set aside.</summary>
    public ImmutableArray<FactReference> IgnoredFacts { get; }

    /// <summary>The answer in readable lines: the stage, each condition, the facts relied on and those ignored.</summary>
    public ImmutableArray<string> Explanation { get; }

    /// <summary>The condition of a stage.</summary>
    /// <param name="stage">A stage other than <see cref="PartnershipStage.None"/>.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="PartnershipStage.None"/> or undefined.</exception>
    public PartnershipIndicator Indicator(PartnershipStage stage) =>
        stage is > PartnershipStage.None and <= PartnershipStage.Operational
            ? Indicators[(int)stage - 1]
            : throw new ArgumentOutOfRangeException(nameof(stage), stage, "Only the stages Symbolic to Operational have a condition.");

    /// <summary>Whether the stage is at least <paramref name="stage"/>: its condition or a higher one holds.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The three-valued answer; always true for <see cref="PartnershipStage.None"/>.</returns>
    public Truth IsAtLeast(PartnershipStage stage) =>
        stage == PartnershipStage.None ? Truth.True : Truth.Any(Indicators.Where(i => i.Stage >= Indicator(stage).Stage).Select(i => i.Holds));

    /// <summary>Whether the stage is exactly <paramref name="stage"/>: its condition holds and no higher one does.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The three-valued answer.</returns>
    public Truth IsStage(PartnershipStage stage)
    {
        var holds = stage == PartnershipStage.None ? Truth.True : Indicator(stage).Holds;
        return holds & !Truth.Any(Indicators.Where(i => i.Stage > stage).Select(i => i.Holds));
    }

    /// <inheritdoc/>
    public bool Equals(PartnershipProfile? other) =>
        other is not null && First == other.First && Second == other.Second && Day == other.Day && Minimum == other.Minimum &&
        Indicators.SequenceEqual(other.Indicators) && IgnoredFacts.SequenceEqual(other.IgnoredFacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, Day, Minimum, CertainStage, PossibleStage);

    /// <summary>The explanation, one line per statement.</summary>
    /// <returns>The explanation joined by line feeds.</returns>
    public override string ToString() => string.Join("\n", Explanation);
}
