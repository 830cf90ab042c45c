using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// Computes the status of a treaty on a day, for the treaty and for each party, three-valued where dates are
/// partial, from the facts a minimum confidence admits. It holds the treaties it may need so that supersession can
/// be resolved: a treaty is terminated from the entry into force of any treaty that supersedes it.
/// </summary>
/// <remarks>
/// <para>
/// The stages are monotone — signed, consent given, in force, ended — so the evaluator computes, for each stage, the
/// days on which it may have been reached (a <see cref="DayRange"/>), and asks of each whether it has been reached
/// by the day: true, false, or unknown when the day lies inside the range. A status is possible when its stage may
/// have been reached and the next stage has not certainly been reached. Suspension periods are laid over
/// <see cref="TreatyStatus.InForce"/>. Of the ends (withdrawal, termination, expiry), the first to happen stays.
/// A certain answer is never wrong; it is unknown only where the precision of a date decides.
/// </para>
/// <para>
/// Entry into force, per rule: on signature, the second signature (each later signatory bound from its own); on
/// exchange of instruments, the exchange date, or when it is not recorded, not before the last consent of the
/// original parties and unknown after it; <c>N</c> days after the <c>k</c>-th instrument, the <c>k</c>-th consent
/// (its earliest day is the <c>k</c>-th earliest of the consents' earliest days, its latest the <c>k</c>-th
/// earliest of their latest days) plus <c>N</c> days; on a fixed or recorded date, that date. A party is bound from
/// the later of entry into force and its own consent (plus <c>N</c> days), or under a dated rule, its signature when
/// no consent is on record. The treaty is in force once at least two parties are bound; it is terminated on
/// termination, on supersession or once fewer than two parties remain bound after withdrawals, and expired at the
/// end of a fixed term that does not renew, or, after a party's notice of non-renewal
/// (<see cref="TerminationKind.ByNonRenewal"/>), at the end of the renewing term then running (in force with a pending
/// expiry, <see cref="TreatyStatusReport.PendingExpiry"/>, from the notice until that day).
/// </para>
/// <para>
/// Facts whose evidence the minimum confidence does not admit are ignored and reported as ignored. The treaty's own
/// record (its rule and dates of entry into force, its term, what it supersedes) rests on the treaty's evidence and
/// is taken as given.
/// </para>
/// </remarks>
public sealed class StatusAnalysis
{
    // The analysis of each scenario's treaties that the other analyses of that scenario share (first id wins, as in
    // the scenario's own index, so that an unvalidated scenario still has one).
    private static readonly ConditionalWeakTable<Scenario, StatusAnalysis> Shared = [];

    // Frozen once built: the evaluator is immutable and safe to share between threads.
    private readonly FrozenDictionary<TreatyId, Treaty> _treaties;
    private readonly FrozenDictionary<TreatyId, ImmutableArray<Treaty>> _supersededBy;

    /// <summary>Creates the analysis of the treaties of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public StatusAnalysis(Scenario scenario)
        : this((scenario ?? throw new ArgumentNullException(nameof(scenario))).Treaties)
    {
    }

    /// <summary>Creates the analysis of <paramref name="treaties"/>, which need not come from a scenario.</summary>
    /// <param name="treaties">The treaties that may be evaluated or that may supersede the one evaluated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="treaties"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two treaties share an id (validate the scenario first).</exception>
    public StatusAnalysis(IEnumerable<Treaty> treaties)
    {
        ArgumentNullException.ThrowIfNull(treaties);
        var byId = new Dictionary<TreatyId, Treaty>();
        var supersededBy = new Dictionary<TreatyId, List<Treaty>>();
        foreach (var treaty in treaties)
        {
            ArgumentNullException.ThrowIfNull(treaty, nameof(treaties));
            if (!byId.TryAdd(treaty.Id, treaty))
            {
                throw new ArgumentException($"Two treaties have the id '{treaty.Id}'; treaty ids must be unique.", nameof(treaties));
            }

            foreach (var superseded in treaty.Supersedes.Distinct())
            {
                if (superseded == treaty.Id)
                {
                    continue;
                }

                if (!supersededBy.TryGetValue(superseded, out var list))
                {
                    supersededBy[superseded] = list = [];
                }

                list.Add(treaty);
            }
        }

        _treaties = byId.ToFrozenDictionary();
        _supersededBy = supersededBy.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToImmutableArray());
    }

    /// <summary>The analysis of the treaties of <paramref name="scenario"/> shared by the analyses built on it.</summary>
    internal static StatusAnalysis Of(Scenario scenario) =>
        Shared.GetValue(scenario, static s => new StatusAnalysis(s.Treaties.DistinctBy(t => t.Id)));

    /// <summary>The status on <paramref name="day"/> of the treaty with id <paramref name="treaty"/>.</summary>
    /// <param name="treaty">The id of one of the analysis's treaties.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>
    /// The report, or an error: <see cref="ErrorCodes.UnknownAnalysisTreaty"/> (path <c>treaty</c>) when no treaty of the
    /// analysis has that id.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<TreatyStatusReport, ModelError> Evaluate(TreatyId treaty, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum) =>
        _treaties.TryGetValue(treaty, out var found)
            ? EvaluateTreaty(found, day, minimum)
            : new ModelError(ErrorCodes.UnknownAnalysisTreaty, $"No treaty has the id '{treaty}'; an analysis answers only about its own treaties.", ErrorPath.OfMember(nameof(treaty)));

    /// <summary>The status of <paramref name="treaty"/> on <paramref name="day"/>; the evaluator's treaties that supersede it count.</summary>
    /// <param name="treaty">The treaty, one of the evaluator's or not.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="treaty"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public TreatyStatusReport EvaluateTreaty(Treaty treaty, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));

        var timeline = TreatyTimeline.Build(treaty, minimum);
        DayRange? superseded = null;
        if (_supersededBy.TryGetValue(treaty.Id, out var successors))
        {
            foreach (var successor in successors.Where(s => s.Id != treaty.Id))
            {
                var successorInForce = TreatyTimeline.Build(successor, minimum).InForce;
                var index = successor.Supersedes.IndexOf(treaty.Id);
                var text = successorInForce is { } range
                    ? $"{successor.Id} ({successor.Name}) supersedes {treaty.Id} and entered into force on {TreatyTimeline.Describe(range)}, so {treaty.Id} is terminated from then."
                    : $"{successor.Id} ({successor.Name}) supersedes {treaty.Id} but does not enter into force on the admitted facts.";
                timeline.Facts.Add(new TreatyFact(successor.Id, null, TreatyFactKind.Supersession, $"Supersedes[{index}]", null, successor.Evidence, text));
                superseded = DayArithmetic.EarlierOf(superseded, successorInForce);
            }
        }

        var terminated = DayArithmetic.EarlierOf(DayArithmetic.EarlierOf(timeline.Termination, superseded), timeline.Collapse);
        var expired = timeline.Expiry;

        var treatyTruths = Compute(
            day,
            timeline.Signed,
            timeline.ConsentsComplete,
            timeline.InForce,
            [(TreatyStatus.Terminated, terminated), (TreatyStatus.Expired, expired)],
            timeline.Suspensions);

        var treatyEvents = new List<(string Label, DayRange? Range)>
        {
            ("the first signature", timeline.Signed),
            ("the last consent entry into force needs", timeline.ConsentsComplete),
            ("entry into force", timeline.InForce),
            ("termination", terminated),
            ("expiry", expired),
        };

        var parties = ImmutableArray.CreateBuilder<TreatyPartyStatus>(timeline.Parties.Count);
        var partyLines = new List<string>();
        foreach (var party in timeline.Parties)
        {
            var truths = Compute(
                day,
                party.Signed,
                party.Consented,
                party.Bound,
                [(TreatyStatus.Withdrawn, party.Withdrawal), (TreatyStatus.Terminated, terminated), (TreatyStatus.Expired, expired)],
                party.Suspensions.Concat(timeline.Suspensions));
            var facts = timeline.Facts.Where(f => f.Party == party.Actor).ToImmutableArray();
            var ignored = timeline.Ignored.Where(f => f.Party == party.Actor).ToImmutableArray();
            var summary = $"{party.Actor}: {StatusText(truths.Possible)}; {(party.Bound is { } b ? $"bound from {TreatyTimeline.Describe(b)}" : "never bound on the admitted facts")}.";
            partyLines.Add(summary);
            var lines = new List<string> { summary };
            lines.AddRange(facts.Select(f => "Relied on: " + f));
            lines.AddRange(ignored.Select(f => IgnoredLine(f, minimum)));
            lines.AddRange(OpenLines(day, truths,
            [
                ($"{party.Actor}'s signature", party.Signed),
                ($"{party.Actor}'s consent", party.Consented),
                ($"the day {party.Actor} became bound", party.Bound),
                ($"the day {party.Actor}'s withdrawal took effect", party.Withdrawal),
                .. treatyEvents.Skip(3),
            ]));
            parties.Add(new TreatyPartyStatus(party.Actor, truths, party.Bound, facts, ignored, [.. lines]));
        }

        var explanation = new List<string>
        {
            $"{treaty.Id} ({treaty.Name}) on {day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, admitting facts of confidence {minimum} or stronger: {StatusText(treatyTruths.Possible)}.",
            timeline.InForce is { } inForce
                ? $"Entry into force: {TreatyTimeline.Describe(inForce)} (rule: {treaty.EntryIntoForce})."
                : $"Entry into force: not reached on the admitted facts (rule: {treaty.EntryIntoForce}).",
        };
        DayRange? pendingExpiry = null;
        if (timeline.NonRenewalNotice is { } notice && expired is { } expiry &&
            !notice.HasOccurredBy(day).IsFalse && !expiry.HasOccurredBy(day).IsTrue)
        {
            pendingExpiry = expiry;
            explanation.Add($"Pending expiry: a party gave notice of non-renewal on {TreatyTimeline.Describe(notice)}; {treaty.Id} stays in force until the end of its running term and expires on {TreatyTimeline.Describe(expiry)}.");
        }

        explanation.AddRange(partyLines);
        explanation.AddRange(timeline.Facts.Select(f => "Relied on: " + f));
        explanation.AddRange(timeline.Ignored.Select(f => IgnoredLine(f, minimum)));
        explanation.AddRange(OpenLines(day, treatyTruths, treatyEvents));

        return new TreatyStatusReport(
            treaty.Id,
            day,
            minimum,
            treatyTruths,
            timeline.InForce,
            expired,
            pendingExpiry,
            parties.MoveToImmutable(),
            [.. timeline.Facts],
            [.. timeline.Ignored],
            [.. explanation]);
    }

    /// <summary>
    /// The days on which a status of <paramref name="treaty"/> or of one of its parties may change, at the minimum
    /// confidence: every day a stage's range begins or ends (and the day after), and the same for suspensions and for
    /// the entry into force of the treaties that supersede it. Between two consecutive days of the list every status is
    /// the same, because <see cref="EvaluateTreaty(Treaty, LocalDate, Confidence)"/> compares the day only with these days.
    /// </summary>
    /// <param name="treaty">The treaty.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The days, sorted, each once.</returns>
    internal LocalDate[] ChangeDays(Treaty treaty, Confidence minimum)
    {
        var timeline = TreatyTimeline.Build(treaty, minimum);
        var days = new SortedSet<LocalDate>();
        void Add(DayRange? range)
        {
            if (range is { } r)
            {
                foreach (var day in (ReadOnlySpan<LocalDate>)[r.Earliest, r.Latest])
                {
                    days.Add(day);
                    if (day < LocalDate.MaxIsoValue)
                    {
                        days.Add(day.PlusDays(1));
                    }
                }
            }
        }

        void AddPeriods(IEnumerable<DatePeriod> periods)
        {
            foreach (var period in periods)
            {
                Add(period.Start.Range);
                Add(period.End?.Range);
            }
        }

        foreach (var range in (ReadOnlySpan<DayRange?>)[timeline.Signed, timeline.ConsentsComplete, timeline.InForce, timeline.Termination, timeline.Collapse, timeline.Expiry, timeline.NonRenewalNotice])
        {
            Add(range);
        }

        AddPeriods(timeline.Suspensions);
        foreach (var party in timeline.Parties)
        {
            foreach (var range in (ReadOnlySpan<DayRange?>)[party.Signature, party.Consent, party.Signed, party.Consented, party.Bound, party.Withdrawal])
            {
                Add(range);
            }

            AddPeriods(party.Suspensions);
        }

        if (_supersededBy.TryGetValue(treaty.Id, out var successors))
        {
            foreach (var successor in successors.Where(s => s.Id != treaty.Id))
            {
                Add(TreatyTimeline.Build(successor, minimum).InForce);
            }
        }

        return [.. days];
    }

    /// <summary>
    /// Whether each party of <paramref name="treaty"/> is bound by it on each of <paramref name="days"/>: the
    /// <see cref="TreatyPartyStatus.IsInForce"/> of <see cref="EvaluateTreaty(Treaty, LocalDate, Confidence)"/>,
    /// decided the same way from one timeline built once, without the reports' explanations and facts.
    /// </summary>
    /// <param name="treaty">The treaty.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <param name="days">The days asked about.</param>
    /// <returns>The parties, in the order of the report's <see cref="TreatyStatusReport.Parties"/>, and for each day their truths in that order.</returns>
    internal (ActorId[] Parties, Truth[][] InForce) PartiesInForce(Treaty treaty, Confidence minimum, ReadOnlySpan<LocalDate> days)
    {
        var timeline = TreatyTimeline.Build(treaty, minimum);
        DayRange? superseded = null;
        if (_supersededBy.TryGetValue(treaty.Id, out var successors))
        {
            foreach (var successor in successors.Where(s => s.Id != treaty.Id))
            {
                superseded = DayArithmetic.EarlierOf(superseded, TreatyTimeline.Build(successor, minimum).InForce);
            }
        }

        var terminated = DayArithmetic.EarlierOf(DayArithmetic.EarlierOf(timeline.Termination, superseded), timeline.Collapse);
        var expired = timeline.Expiry;
        var parties = new ActorId[timeline.Parties.Count];
        var ends = new IReadOnlyList<(TreatyStatus, DayRange?)>[timeline.Parties.Count];
        var suspensions = new DatePeriod[timeline.Parties.Count][];
        for (var p = 0; p < parties.Length; p++)
        {
            var party = timeline.Parties[p];
            parties[p] = party.Actor;
            ends[p] = [(TreatyStatus.Withdrawn, party.Withdrawal), (TreatyStatus.Terminated, terminated), (TreatyStatus.Expired, expired)];
            suspensions[p] = [.. party.Suspensions.Concat(timeline.Suspensions)];
        }

        var result = new Truth[days.Length][];
        Span<Truth> statuses = stackalloc Truth[StatusTruths.Count];
        for (var i = 0; i < days.Length; i++)
        {
            var truths = result[i] = new Truth[parties.Length];
            for (var p = 0; p < parties.Length; p++)
            {
                var party = timeline.Parties[p];
                Fill(statuses, days[i], party.Signed, party.Consented, party.Bound, ends[p], suspensions[p]);
                truths[p] = StatusTruths.Normalised(statuses, TreatyStatus.InForce);
            }
        }

        return (parties, result);
    }

    /// <summary>
    /// The truth of each status on <paramref name="day"/> from the days each stage may have been reached on.
    /// <paramref name="ends"/> are listed by priority: of two ends on the same day, the earlier in the list stays.
    /// </summary>
    private static StatusTruths Compute(
        LocalDate day,
        DayRange? signed,
        DayRange? consented,
        DayRange? inForce,
        IReadOnlyList<(TreatyStatus Status, DayRange? Range)> ends,
        IEnumerable<DatePeriod> suspensions)
    {
        Span<Truth> truths = stackalloc Truth[StatusTruths.Count];
        Fill(truths, day, signed, consented, inForce, ends, suspensions);
        return new StatusTruths(truths);
    }

    /// <summary>As <see cref="Compute"/>, into <paramref name="truths"/> (by status), before normalising.</summary>
    private static void Fill(
        Span<Truth> truths,
        LocalDate day,
        DayRange? signed,
        DayRange? consented,
        DayRange? inForce,
        IReadOnlyList<(TreatyStatus Status, DayRange? Range)> ends,
        IEnumerable<DatePeriod> suspensions)
    {
        Truth Reached(DayRange? range) => range is { } r ? r.HasOccurredBy(day) : Truth.False;

        truths.Fill(Truth.False);
        var ended = Truth.False;
        for (var i = 0; i < ends.Count; i++)
        {
            var (status, range) = ends[i];
            var reached = Reached(range);
            ended |= reached;
            var first = reached;
            for (var j = 0; j < ends.Count && range is { } own; j++)
            {
                if (j != i && ends[j].Range is { } other)
                {
                    first &= !(Reached(other) & Precedes(other, own, otherHasPriority: j < i));
                }
            }

            truths[(int)status] = first;
        }

        // A status needs its own stage's event: the later stages only tell when it ended.
        var reachedInForce = Reached(inForce) | ended;
        var reachedConsent = Reached(consented) | reachedInForce;
        var reachedSigned = Reached(signed) | reachedConsent;
        var suspended = Truth.Any(suspensions.Select(period => period.Contains(day)));
        truths[(int)TreatyStatus.NotSigned] = !reachedSigned;
        truths[(int)TreatyStatus.Signed] = Reached(signed) & !reachedConsent;
        truths[(int)TreatyStatus.ConsentGiven] = Reached(consented) & !reachedInForce;
        truths[(int)TreatyStatus.InForce] = Reached(inForce) & !ended & !suspended;
        truths[(int)TreatyStatus.Suspended] = Reached(inForce) & !ended & suspended;
    }

    /// <summary>Whether the event on <paramref name="other"/> happened before the one on <paramref name="own"/> (on the same day too, when it has priority).</summary>
    private static Truth Precedes(DayRange other, DayRange own, bool otherHasPriority)
    {
        if (otherHasPriority ? other.Latest <= own.Earliest : other.Latest < own.Earliest)
        {
            return Truth.True;
        }

        return (otherHasPriority ? other.Earliest > own.Latest : other.Earliest >= own.Latest) ? Truth.False : Truth.Unknown;
    }

    private static string StatusText(ImmutableArray<TreatyStatus> statuses) =>
        statuses.Length == 1 ? statuses[0].ToString() : $"one of {string.Join(", ", statuses)} (the dates on record do not decide)";

    private static string IgnoredLine(TreatyFact fact, Confidence minimum) =>
        fact.Evidence.Confidence == Confidence.Denied
            ? $"Ignored (denied): {fact.Description}"
            : $"Ignored ({fact.Evidence.Confidence} is below the minimum {minimum}): {fact.Description}";

    private static IEnumerable<string> OpenLines(LocalDate day, StatusTruths truths, IEnumerable<(string Label, DayRange? Range)> events)
    {
        if (truths.Possible.Length == 1)
        {
            yield break;
        }

        var text = day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (label, range) in events)
        {
            if (range is { } r && r.HasOccurredBy(day).IsUnknown)
            {
                yield return $"Open: {label} fell on {TreatyTimeline.Describe(r)}, so whether it had happened by {text} is unknown.";
            }
        }
    }
}
