using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// Computes the partnership profile of a pair of actors (DOMAIN.md 3.4): on a day, which of the conditions Symbolic,
/// Transactional, Formalized, Allied and Operational hold, and the stage; over a period, the timeline of stage changes.
/// The rules are in <c>docs/analyses/partnership.md</c>.
/// </summary>
/// <remarks>Immutable once built, so one instance can serve many threads.</remarks>
public sealed class PartnershipAnalysis
{
    /// <summary>How far back, in months, a transfer still makes a pair <see cref="PartnershipStage.Transactional"/>.</summary>
    public const int TransactionalWindowMonths = 24;

    private static readonly FrozenSet<ClauseKind> CooperationKinds = new[]
    {
        ClauseKind.MutualDefence, ClauseKind.Offence, ClauseKind.MilitaryCooperation, ClauseKind.TechnologyTransfer,
        ClauseKind.EconomicCooperation, ClauseKind.SanctionsOpposition,
    }.ToFrozenSet();

    private static readonly FrozenSet<PersonnelRole> OperationalRoles = new[]
    {
        PersonnelRole.CombatTroops, PersonnelRole.MilitaryEngineers, PersonnelRole.Technicians, PersonnelRole.Advisers, PersonnelRole.Instructors,
    }.ToFrozenSet();

    private readonly Scenario _scenario;
    private readonly ScenarioFacts _facts;
    private readonly StanceHistory _stances;
    private readonly StatusAnalysis _evaluator;
    private readonly DefenceTieIndex _ties;

    /// <summary>
    /// The clause kinds that commit the parties to act together or for each other, one of which a treaty needs to make a
    /// pair <see cref="PartnershipStage.Formalized"/>: mutual defence, offence, military cooperation, technology transfer,
    /// economic cooperation and opposition to third-party sanctions. Commitments to consult, not to attack, to stay
    /// neutral or not to join hostile alliances are found between rivals too, and do not formalize a partnership.
    /// </summary>
    public static ImmutableArray<ClauseKind> CooperationClauseKinds { get; } = [.. CooperationKinds.Order()];

    /// <summary>Prepares the analysis of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public PartnershipAnalysis(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _facts = ScenarioFacts.Of(scenario);
        _stances = new StanceHistory(scenario);
        _evaluator = StatusAnalysis.Of(scenario);
        _ties = DefenceTieIndex.Of(scenario);
    }

    /// <summary>The partnership profile of a pair on a day.</summary>
    /// <param name="first">One actor of the pair.</param>
    /// <param name="second">The other actor.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <returns>
    /// The profile, or an error when an actor is not in the scenario (<see cref="ErrorCodes.PartnershipUnknownActor"/>) or
    /// both are the same (<see cref="ErrorCodes.PartnershipSameActor"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<PartnershipProfile, ModelError> Profile(ActorId first, ActorId second, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        return CheckPair(first, second) is { } error ? error : Evaluate(first, second, day, minimum);
    }

    /// <summary>
    /// The timeline of a pair's stage from <paramref name="from"/> to <paramref name="to"/> (both included), computed at
    /// the days where a fact's date can change a condition rather than day by day.
    /// </summary>
    /// <param name="first">One actor of the pair.</param>
    /// <param name="second">The other actor.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period; not before <paramref name="from"/>.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <returns>The timeline, or an error as for <see cref="Profile"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<PartnershipTimeline, ModelError> Timeline(ActorId first, ActorId second, LocalDate from, LocalDate to, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period must not end ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(to));
        }

        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        return CheckPair(first, second) is { } error ? error : BuildTimeline(first, second, from, to, minimum);
    }

    /// <summary>The first day whose 24-month window starts after <paramref name="day"/>, so that a transfer ending on it no longer counts.</summary>
    internal static LocalDate? FirstDayWindowStartsAfter(LocalDate day)
    {
        if (day.Year > 9000)
        {
            return null;
        }

        // Adding months clamps at month ends, so step to the exact boundary of this monotone function.
        var candidate = day.PlusMonths(TransactionalWindowMonths);
        while (WindowStart(candidate) <= day)
        {
            candidate = candidate.PlusDays(1);
        }

        while (WindowStart(candidate.PlusDays(-1)) > day)
        {
            candidate = candidate.PlusDays(-1);
        }

        return candidate;
    }

    // The window of a day in the calendar's first 24 months starts on its first day.
    private static LocalDate WindowStart(LocalDate day) =>
        day < LocalDate.MinIsoValue.PlusMonths(TransactionalWindowMonths) ? LocalDate.MinIsoValue : day.PlusMonths(-TransactionalWindowMonths);

    private static bool IsMaterial(Transfer transfer) => transfer.Status is not (TransferStatus.Planned or TransferStatus.Agreed);

    private static bool IsSupportive(Stance stance) =>
        stance.Position >= StancePosition.Sympathetic ||
        (stance.Signals.Contains(StanceSignal.Visit) && stance.Position >= StancePosition.Neutral);

    private static bool IsDeployment(Transfer transfer) =>
        transfer.Item is PersonnelItem { InSupportOfOperations: true } personnel && OperationalRoles.Contains(personnel.Role);

    private static PartnershipIndicator Indicator(PartnershipStage stage, IReadOnlyCollection<Truth> truths, IEnumerable<FactReference> facts, string subject, string? note = null)
    {
        var holds = Truth.Any(truths);
        var text = holds.IsTrue ? $"{stage}: true: {subject}."
            : holds.IsUnknown ? $"{stage}: unknown: {subject}, but partial dates leave it open."
            : $"{stage}: false: no {subject}.";
        return new PartnershipIndicator(stage, holds, holds.IsFalse ? [] : [.. facts.Distinct()], text + note);
    }

    private ModelError? CheckPair(ActorId first, ActorId second)
    {
        foreach (var (actor, name) in new[] { (first, nameof(first)), (second, nameof(second)) })
        {
            if (actor == default || _scenario.FindActor(actor) is null)
            {
                return new ModelError(
                    ErrorCodes.PartnershipUnknownActor,
                    $"'{name}' ({actor}) is not an actor of the scenario '{_scenario.Name}'; a partnership profile needs two of its actors.",
                    ErrorPath.OfMember(name));
            }
        }

        return first == second
            ? new ModelError(ErrorCodes.PartnershipSameActor, $"'second' ({second}) is the same actor as 'first'; a partnership needs two different actors.", ErrorPath.OfMember(nameof(second)))
            : null;
    }

    private PartnershipProfile Evaluate(ActorId a, ActorId b, LocalDate day, Confidence minimum)
    {
        var ignored = new List<FactReference>();
        var pair = $"{a} and {b}";
        var indicators = ImmutableArray.Create(
            Symbolic(a, b, day, minimum, ignored, pair),
            Transactional(a, b, day, minimum, ignored, pair),
            Formalized(a, b, day, minimum, ignored, pair),
            Allied(a, b, day, minimum, ignored, pair),
            Operational(a, b, day, minimum, ignored, pair));
        return new PartnershipProfile(a, b, day, minimum, indicators, [.. ignored.Distinct()]);
    }

    private PartnershipIndicator Symbolic(ActorId a, ActorId b, LocalDate day, Confidence minimum, List<FactReference> ignored, string pair)
    {
        var truths = new List<Truth>();
        var facts = new List<FactReference>();
        foreach (var (holder, other) in new[] { (a, b), (b, a) })
        {
            foreach (var target in _stances.TargetsOf(holder).Where(t => Concerns(t, holder, other)))
            {
                var outcome = _stances.Outcome(holder, target, day, minimum);
                ignored.AddRange(outcome.Ignored.Select(_facts.Stance));
                var supportive = outcome.Satisfies(IsSupportive);
                if (supportive.IsPossible)
                {
                    truths.Add(supportive);
                    facts.AddRange(outcome.Candidates.Where(IsSupportive).Select(_facts.Stance));
                }
            }
        }

        return Indicator(PartnershipStage.Symbolic, truths, facts, $"supportive stance or visit between {pair} in effect on {DayWindow.Iso(day)}");
    }

    private PartnershipIndicator Transactional(ActorId a, ActorId b, LocalDate day, Confidence minimum, List<FactReference> ignored, string pair)
    {
        var from = WindowStart(day);
        var truths = new List<Truth>();
        var facts = new List<FactReference>();
        foreach (var transfer in _scenario.TransfersBetween(a, b).Where(IsMaterial))
        {
            var overlaps = transfer.Period.Overlaps(from, day);
            if (!overlaps.IsPossible)
            {
                continue;
            }

            if (!transfer.Evidence.IsAdmittedBy(minimum))
            {
                ignored.Add(_facts.Transfer(transfer));
                continue;
            }

            truths.Add(overlaps);
            facts.Add(_facts.Transfer(transfer));
        }

        return Indicator(PartnershipStage.Transactional, truths, facts, $"material transfer between {pair} from {DayWindow.Iso(from)} to {DayWindow.Iso(day)}");
    }

    private PartnershipIndicator Formalized(ActorId a, ActorId b, LocalDate day, Confidence minimum, List<FactReference> ignored, string pair)
    {
        static Truth Joined(TreatyPartyStatus party) =>
            !party.Is(TreatyStatus.NotSigned) & !(party.Is(TreatyStatus.Withdrawn) | party.Is(TreatyStatus.Terminated) | party.Is(TreatyStatus.Expired));

        var truths = new List<Truth>();
        var facts = new List<FactReference>();
        var setAside = new List<string>();
        foreach (var treaty in SharedTreaties(a, b))
        {
            var report = _evaluator.EvaluateTreaty(treaty, day, minimum);
            var formal = Joined(report.Party(a)!) & Joined(report.Party(b)!);
            if (!treaty.Clauses.Any(c => CooperationKinds.Contains(c.Kind)))
            {
                // A treaty of friendship, consultation or non-aggression regulates relations; it sets down no cooperation.
                if (formal.IsPossible)
                {
                    setAside.Add(treaty.Id.Value);
                }

                continue;
            }

            ignored.AddRange(DefenceTieIndex.FactsFor(report.IgnoredFacts, a, b).Select(_facts.TreatyFact));
            if (formal.IsPossible)
            {
                truths.Add(formal);
                facts.AddRange(DefenceTieIndex.FactsFor(report.Facts, a, b).Select(_facts.TreatyFact));
            }
        }

        var note = setAside.Count == 0 ? null
            : $" Not counted, for carrying no clause of cooperation: {string.Join(", ", setAside)}.";
        return Indicator(PartnershipStage.Formalized, truths, facts, $"treaty with a clause of cooperation signed by both {pair} and not ended for either on {DayWindow.Iso(day)}", note);
    }

    private PartnershipIndicator Allied(ActorId a, ActorId b, LocalDate day, Confidence minimum, List<FactReference> ignored, string pair)
    {
        var truths = new List<Truth>();
        var facts = new List<FactReference>();
        var clauses = new List<string>();
        foreach (var tie in _ties.Between(a, b, day, minimum))
        {
            ignored.AddRange(tie.Ignored);
            if (tie.InForce.IsPossible)
            {
                truths.Add(tie.InForce);
                facts.AddRange(tie.Facts);
                clauses.Add(tie.Describe());
            }
        }

        var detail = clauses.Count == 0 ? string.Empty : $" ({string.Join("; ", clauses)})";
        return Indicator(PartnershipStage.Allied, truths, facts, $"mutual-defence clause between {pair} binding both on {DayWindow.Iso(day)}{detail}");
    }

    private PartnershipIndicator Operational(ActorId a, ActorId b, LocalDate day, Confidence minimum, List<FactReference> ignored, string pair)
    {
        var truths = new List<Truth>();
        var facts = new List<FactReference>();
        foreach (var transfer in _scenario.TransfersBetween(a, b).Where(t => IsMaterial(t) && IsDeployment(t)))
        {
            var deployed = transfer.Period.Contains(day);
            if (!deployed.IsPossible)
            {
                continue;
            }

            if (!transfer.Evidence.IsAdmittedBy(minimum))
            {
                ignored.Add(_facts.Transfer(transfer));
                continue;
            }

            truths.Add(deployed);
            facts.Add(_facts.Transfer(transfer));
        }

        return Indicator(PartnershipStage.Operational, truths, facts, $"deployment of forces of one of {pair} in support of the other's operations on {DayWindow.Iso(day)}");
    }

    private IEnumerable<Treaty> SharedTreaties(ActorId a, ActorId b) =>
        _scenario.TreatiesOf(a).Where(t => t.IsParty(b)).DistinctBy(t => t.Id);

    private bool Concerns(StanceTarget target, ActorId holder, ActorId other) => target switch
    {
        ActorTarget t => t.Actor == other,
        ActorsTarget t => t.Actors.Contains(holder) && t.Actors.Contains(other),
        TreatyTarget t => _scenario.FindTreaty(t.Treaty) is { } treaty && treaty.IsParty(holder) && treaty.IsParty(other),
        TransferTarget t => _scenario.FindTransfer(t.Transfer) is { } transfer && transfer.IsBetween(holder, other),
        _ => false,
    };

    private PartnershipTimeline BuildTimeline(ActorId a, ActorId b, LocalDate from, LocalDate to, Confidence minimum)
    {
        var days = CandidateDays(a, b, minimum).Where(d => from < d && d <= to).Prepend(from).ToList();

        // Between two candidate days no fact's date can change a condition, so the stage is that of the earlier one.
        var spans = new List<(LocalDate From, LocalDate To, PartnershipProfile Profile)>();
        for (var i = 0; i < days.Count; i++)
        {
            var profile = Evaluate(a, b, days[i], minimum);
            var end = i + 1 < days.Count ? days[i + 1].PlusDays(-1) : to;
            if (spans.Count > 0 && spans[^1].Profile.CertainStage == profile.CertainStage && spans[^1].Profile.PossibleStage == profile.PossibleStage)
            {
                spans[^1] = (spans[^1].From, end, spans[^1].Profile);
            }
            else
            {
                spans.Add((days[i], end, profile));
            }
        }

        var changes = ImmutableArray.CreateBuilder<PartnershipStageChange>();
        (LocalDate From, LocalDate To, PartnershipProfile Profile)? previous = null;
        foreach (var span in spans.Where(s => s.Profile.IsCertain))
        {
            if (previous is { } known && known.Profile.CertainStage != span.Profile.CertainStage)
            {
                var before = known.Profile.CertainStage;
                var after = span.Profile.CertainStage;
                var facts = after > before
                    ? span.Profile.Indicator(after).Facts
                    : Evaluate(a, b, known.To, minimum).Indicator(before).Facts;
                changes.Add(new PartnershipStageChange(before, after, new DayRange(known.To.PlusDays(1), span.From), facts));
            }

            previous = span;
        }

        return new PartnershipTimeline(
            a,
            b,
            from,
            to,
            minimum,
            [.. spans.Select(s => new PartnershipSpan(s.From, s.To, s.Profile.CertainStage, s.Profile.PossibleStage))],
            changes.ToImmutable());
    }

    private SortedSet<LocalDate> CandidateDays(ActorId a, ActorId b, Confidence minimum)
    {
        var days = new SortedSet<LocalDate>();

        // A range [e, l] decides "happened by D" from D = e and D = l, and "happened before D" one day later.
        void AddRange(DayRange range)
        {
            foreach (var day in new[] { range.Earliest, range.Latest })
            {
                days.Add(day);
                if (day < LocalDate.MaxIsoValue)
                {
                    days.Add(day.PlusDays(1));
                }
            }
        }

        void AddPeriod(DatePeriod period)
        {
            AddRange(period.Start.Range);
            if (period.End is { } end)
            {
                AddRange(end.Range);
            }
        }

        foreach (var (holder, other) in new[] { (a, b), (b, a) })
        {
            foreach (var target in _stances.TargetsOf(holder).Where(t => Concerns(t, holder, other)))
            {
                foreach (var stance in _stances.StancesOn(holder, target))
                {
                    AddRange(stance.Date.Range);
                }
            }
        }

        foreach (var transfer in _scenario.TransfersBetween(a, b))
        {
            AddPeriod(transfer.Period);
            if (transfer.Period.End is { } end)
            {
                foreach (var day in new[] { end.Start, end.End })
                {
                    if (FirstDayWindowStartsAfter(day) is { } boundary)
                    {
                        days.Add(boundary);
                    }
                }
            }
        }

        foreach (var treaty in SharedTreaties(a, b))
        {
            var timeline = TreatyTimeline.Build(treaty, minimum);
            foreach (var range in new[] { timeline.Signed, timeline.ConsentsComplete, timeline.InForce, timeline.Termination, timeline.Collapse, timeline.Expiry })
            {
                if (range is { } r)
                {
                    AddRange(r);
                }
            }

            foreach (var period in timeline.Suspensions)
            {
                AddPeriod(period);
            }

            // A suspension between the two alone may end or start their alliance (admitted or not: a day too many is harmless).
            foreach (var party in treaty.Parties.Where(p => p.Actor == a || p.Actor == b))
            {
                foreach (var suspension in party.PartnerSuspensions.Where(s => s.Partner == a || s.Partner == b))
                {
                    AddPeriod(suspension.Period);
                }
            }

            foreach (var party in timeline.Parties)
            {
                foreach (var range in new[] { party.Signature, party.Consent, party.Signed, party.Consented, party.Bound, party.Withdrawal })
                {
                    if (range is { } r)
                    {
                        AddRange(r);
                    }
                }

                foreach (var period in party.Suspensions)
                {
                    AddPeriod(period);
                }
            }

            // A successor's entry into force terminates the treaty it supersedes.
            foreach (var successor in _scenario.Treaties.Where(t => t.Supersedes.Contains(treaty.Id)))
            {
                if (TreatyTimeline.Build(successor, minimum).InForce is { } inForce)
                {
                    AddRange(inForce);
                }
            }
        }

        return days;
    }
}
