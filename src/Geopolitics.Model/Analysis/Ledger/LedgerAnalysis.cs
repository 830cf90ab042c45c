using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// The exchange ledger of a pair of actors (DOMAIN.md 3.3): over a window of days and at a minimum confidence, what
/// went each way by item kind with summed estimates, whether it went both ways, and which exchanges link it.
/// </summary>
/// <remarks>
/// <para>
/// A transfer of the pair is counted when the minimum confidence admits it and its period certainly shares a day with
/// the window (<see cref="DatePeriod.Overlaps(LocalDate, LocalDate)"/> is true). When the partial dates of its period
/// leave that unknown (a transfer "from October" asked about up to 15 October), it is listed as possibly in the period
/// and not summed. A transfer certainly outside the window, or below the minimum confidence, is set aside with its
/// reason. The status of a transfer (planned, agreed, ongoing…) does not filter it: the ledger records commitments as
/// well as deliveries.
/// </para>
/// <para>Immutable and thread-safe: build it once per scenario and query it freely.</para>
/// </remarks>
public sealed class LedgerAnalysis
{
    private readonly ScenarioFacts _facts;

    // For each transfer, the positions of the exchanges that link it, in scenario order: a ledger looks at the
    // exchanges of its own transfers instead of scanning them all.
    private readonly FrozenDictionary<TransferId, int[]> _exchangesOf;

    /// <summary>Creates the ledger of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public LedgerAnalysis(Scenario scenario)
    {
        _facts = ScenarioFacts.Of(scenario);
        var exchangesOf = new Dictionary<TransferId, List<int>>();
        for (var i = 0; i < scenario.Exchanges.Length; i++)
        {
            foreach (var transfer in scenario.Exchanges[i].Transfers)
            {
                if (!exchangesOf.TryGetValue(transfer, out var list))
                {
                    exchangesOf[transfer] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        _exchangesOf = exchangesOf.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    /// <summary>The ledger of <paramref name="first"/> and <paramref name="second"/> over <c>[from, to]</c>.</summary>
    /// <param name="first">One actor of the pair.</param>
    /// <param name="second">The other actor.</param>
    /// <param name="from">The first day of the window (included), or <see langword="null"/> for no start.</param>
    /// <param name="to">The last day of the window (included), or <see langword="null"/> for no end.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>
    /// The ledger, or an error: <see cref="ErrorCodes.UnknownAnalysisActor"/> for an actor the scenario does not hold,
    /// <see cref="ErrorCodes.AnalysisPairNotDistinct"/> for the same actor twice,
    /// <see cref="ErrorCodes.AnalysisWindowEndsBeforeStart"/> when <paramref name="to"/> is before <paramref name="from"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<LedgerReport, ModelError> Between(
        ActorId first,
        ActorId second,
        LocalDate? from,
        LocalDate? to,
        Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        if (_facts.CheckActor(first, nameof(first)) is { } unknownFirst)
        {
            return unknownFirst;
        }

        if (_facts.CheckActor(second, nameof(second)) is { } unknownSecond)
        {
            return unknownSecond;
        }

        if (first == second)
        {
            return new ModelError(
                ErrorCodes.AnalysisPairNotDistinct,
                $"'first' and 'second' are both '{first}'; a ledger is kept between two different actors.",
                ErrorPath.OfMember(nameof(second)));
        }

        var window = DayWindow.Create(from, to);
        return window.TryPickT1(out var error, out var days) ? error : Compute(first, second, days, minimum);
    }

    private LedgerReport Compute(ActorId first, ActorId second, DayWindow window, Confidence minimum)
    {
        var counted = new List<Transfer>();
        var used = ImmutableArray.CreateBuilder<FactReference>();
        var possible = new List<Transfer>();
        var possiblyInPeriod = ImmutableArray.CreateBuilder<FactReference>();
        var setAside = ImmutableArray.CreateBuilder<SetAsideFact>();

        foreach (var transfer in _facts.Scenario.TransfersBetween(first, second))
        {
            var fact = _facts.Transfer(transfer);
            var overlap = window.Overlaps(transfer.Period);

            // Out of the window first: admitting weaker facts would not bring such a transfer in.
            if (overlap.IsFalse)
            {
                setAside.Add(new SetAsideFact(fact, SetAsideReason.OutsidePeriod));
            }
            else if (!transfer.Evidence.IsAdmittedBy(minimum))
            {
                setAside.Add(new SetAsideFact(fact, SetAsideReason.BelowMinimumConfidence));
            }
            else if (overlap.IsTrue)
            {
                counted.Add(transfer);
                used.Add(fact);
            }
            else
            {
                possible.Add(transfer);
                possiblyInPeriod.Add(fact);
            }
        }

        var inLedger = counted.Concat(possible).Select(t => t.Id).ToHashSet();
        var candidates = new SortedSet<int>();
        foreach (var id in inLedger)
        {
            if (_exchangesOf.TryGetValue(id, out var positions))
            {
                candidates.UnionWith(positions);
            }
        }

        var exchanges = ImmutableArray.CreateBuilder<LinkedExchange>();
        foreach (var position in candidates)
        {
            var exchange = _facts.Scenario.Exchanges[position];
            ImmutableArray<TransferId> linked = [.. exchange.Transfers.Where(inLedger.Contains).Distinct()];
            if (linked.IsEmpty)
            {
                continue;
            }

            var fact = _facts.Exchange(exchange);
            if (exchange.Evidence.IsAdmittedBy(minimum))
            {
                exchanges.Add(new LinkedExchange(exchange.Id, fact, linked));
            }
            else
            {
                setAside.Add(new SetAsideFact(fact, SetAsideReason.BelowMinimumConfidence));
            }
        }

        var firstToSecond = LedgerFlow.Of(first, second, [.. counted.Where(t => t.Supplier == first)]);
        var secondToFirst = LedgerFlow.Of(second, first, [.. counted.Where(t => t.Supplier == second)]);
        var reciprocal = Flows(firstToSecond, possible, first) & Flows(secondToFirst, possible, second);

        return new LedgerReport(
            first,
            second,
            window.From,
            window.To,
            minimum,
            firstToSecond,
            secondToFirst,
            reciprocal,
            exchanges.ToImmutable(),
            used.ToImmutable(),
            possiblyInPeriod.ToImmutable(),
            setAside.ToImmutable());
    }

    /// <summary>Whether something went from <paramref name="supplier"/>: certainly when counted, possibly when only possibly in the period.</summary>
    private static Truth Flows(LedgerFlow flow, List<Transfer> possible, ActorId supplier) =>
        !flow.IsEmpty ? Truth.True
        : possible.Exists(t => t.Supplier == supplier) ? Truth.Unknown
        : Truth.False;
}
