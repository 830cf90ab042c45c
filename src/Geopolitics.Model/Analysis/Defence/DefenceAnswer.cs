using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// Who must come to the defence of a victim on a day, as computed by <see cref="DefenceAnalysis"/>: the
/// obligations that apply or may apply, those ruled out with the reason, the query as it was understood (the place
/// of attack, defaulting to the victim's home territory), and the facts relied on.
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record DefenceAnswer
{
    // The facts, ignored facts and explanation, or how to gather them when first read (gathered once, then kept).
    private readonly Func<DefenceAnswer, Explained>? _explain;
    private Explained? _explained;

    internal DefenceAnswer(
        ActorId victim,
        LocalDate day,
        ActorId? attacker,
        Place? place,
        bool placeIsHomeTerritory,
        bool? victimProvoked,
        Confidence minimum,
        ImmutableArray<DefenceObligation> obligations,
        ImmutableArray<DefenceObligation> ruledOut,
        ImmutableArray<FactReference> facts,
        ImmutableArray<FactReference> ignoredFacts,
        ImmutableArray<string> explanation)
        : this(victim, day, attacker, place, placeIsHomeTerritory, victimProvoked, minimum, obligations, ruledOut, new Explained(facts, ignoredFacts, explanation), null)
    {
    }

    /// <summary>An answer whose facts and explanation are gathered only when first read: most answers are asked only who defends.</summary>
    internal DefenceAnswer(
        ActorId victim,
        LocalDate day,
        ActorId? attacker,
        Place? place,
        bool placeIsHomeTerritory,
        bool? victimProvoked,
        Confidence minimum,
        ImmutableArray<DefenceObligation> obligations,
        ImmutableArray<DefenceObligation> ruledOut,
        Func<DefenceAnswer, Explained> explain)
        : this(victim, day, attacker, place, placeIsHomeTerritory, victimProvoked, minimum, obligations, ruledOut, null, explain)
    {
    }

    private DefenceAnswer(
        ActorId victim,
        LocalDate day,
        ActorId? attacker,
        Place? place,
        bool placeIsHomeTerritory,
        bool? victimProvoked,
        Confidence minimum,
        ImmutableArray<DefenceObligation> obligations,
        ImmutableArray<DefenceObligation> ruledOut,
        Explained? explained,
        Func<DefenceAnswer, Explained>? explain)
    {
        Victim = victim;
        Day = day;
        Attacker = attacker;
        Place = place;
        PlaceIsHomeTerritory = placeIsHomeTerritory;
        VictimProvoked = victimProvoked;
        Minimum = minimum;
        Obligations = obligations;
        RuledOut = ruledOut;
        _explained = explained;
        _explain = explain;
    }

    private Explained Explain => Volatile.Read(ref _explained) ?? Interlocked.CompareExchange(ref _explained, _explain!(this), null) ?? _explained!;

    /// <summary>The actor attacked.</summary>
    public ActorId Victim { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The attacker, or <see langword="null"/> when the query does not name one.</summary>
    public ActorId? Attacker { get; }

    /// <summary>
    /// The place of the attack: the one the query names or, when it names none, the victim's home territory;
    /// <see langword="null"/> when it names none and the gazetteer has no home territory for the victim.
    /// </summary>
    public Place? Place { get; }

    /// <summary>Whether <see cref="Place"/> is the victim's home territory taken by default, the query naming no place.</summary>
    public bool PlaceIsHomeTerritory { get; }

    /// <summary>Whether the victim provoked the attack, or <see langword="null"/> when the query does not say.</summary>
    public bool? VictimProvoked { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>
    /// The obligations that apply (<see cref="DefenceObligation.Applies"/> true) or may apply (unknown), by guarantor,
    /// then in the order of the scenario's treaties and their clauses. A guarantor bound by two treaties appears once
    /// for each.
    /// </summary>
    public ImmutableArray<DefenceObligation> Obligations { get; }

    /// <summary>The obligations ruled out (<see cref="DefenceObligation.Applies"/> false), each with its failed conditions, in the same order.</summary>
    public ImmutableArray<DefenceObligation> RuledOut { get; }

    /// <summary>The guarantors of <see cref="Obligations"/>, each once, sorted by id.</summary>
    public ImmutableArray<ActorId> Defenders => [.. Obligations.Select(o => o.Guarantor).Distinct().Order()];

    /// <summary>The guarantors with at least one obligation that certainly applies, each once, sorted by id.</summary>
    public ImmutableArray<ActorId> CertainDefenders => [.. Obligations.Where(o => o.Applies.IsTrue).Select(o => o.Guarantor).Distinct().Order()];

    /// <summary>The facts the answer relies on: treaty steps, clauses and places.</summary>
    public ImmutableArray<FactReference> Facts => Explain.Facts;

    /// <summary>The treaty steps left out because the minimum confidence does not admit them.</summary>
    public ImmutableArray<FactReference> IgnoredFacts => Explain.IgnoredFacts;

    /// <summary>The answer and its reasons as readable lines.</summary>
    public ImmutableArray<string> Explanation => Explain.Lines;

    /// <summary>Whether <paramref name="guarantor"/> must come to the victim's defence under at least one treaty.</summary>
    /// <param name="guarantor">The actor asked about.</param>
    /// <returns>The disjunction of its obligations' <see cref="DefenceObligation.Applies"/>; false when it has none.</returns>
    public Truth MustDefend(ActorId guarantor) =>
        Truth.Any(Obligations.Concat(RuledOut).Where(o => o.Guarantor == guarantor).Select(o => o.Applies));

    /// <inheritdoc/>
    public bool Equals(DefenceAnswer? other) =>
        other is not null && Victim == other.Victim && Day == other.Day && Attacker == other.Attacker &&
        Equals(Place, other.Place) && PlaceIsHomeTerritory == other.PlaceIsHomeTerritory &&
        VictimProvoked == other.VictimProvoked && Minimum == other.Minimum &&
        Obligations.SequenceEqual(other.Obligations) && RuledOut.SequenceEqual(other.RuledOut) &&
        Facts.SequenceEqual(other.Facts) && IgnoredFacts.SequenceEqual(other.IgnoredFacts) &&
        Explanation.SequenceEqual(other.Explanation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Victim, Day, Attacker, Place?.Id, Minimum, Obligations.Length, RuledOut.Length);

    /// <summary>The explanation, one line each, separated by line feeds.</summary>
    /// <returns>The readable answer.</returns>
    public override string ToString() => string.Join("\n", Explanation);

    /// <summary>What an answer relies on and its reasons as lines.</summary>
    internal sealed record Explained(ImmutableArray<FactReference> Facts, ImmutableArray<FactReference> IgnoredFacts, ImmutableArray<string> Lines);
}
