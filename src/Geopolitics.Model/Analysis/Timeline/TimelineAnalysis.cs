using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Timeline;

/// <summary>
/// The timeline of a scenario (DOMAIN.md 3.7): every dated fact in order, respecting the precision of its date.
/// </summary>
/// <remarks>
/// <para>
/// The dated facts are the treaty steps (signatures, consents, domestic steps, withdrawal notices and, when recorded or
/// exactly computable, the day they take effect, suspensions and their ends, terminations and the day they take
/// effect, entry into force when the rule records its date), the start and end of each transfer, each stance, and
/// each sanctions regime's legal instruments, start and end. Exchanges carry no date of their own.
/// </para>
/// <para>
/// Entries are ordered as <see cref="PartialDate"/> orders: by the earliest day, then by precision (a year before
/// its first month, a month before its first day), then in scenario order (treaties, transfers, stances, sanctions
/// regimes, each fact in the order it is stored).
/// </para>
/// <para>Immutable and thread-safe: build it once per scenario and query it freely.</para>
/// </remarks>
public sealed class TimelineAnalysis
{
    private readonly Scenario _scenario;

    /// <summary>Builds the timeline of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public TimelineAnalysis(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        var entries = new List<TimelineEntry>();
        AddTreaties(entries);
        AddTransfers(entries);
        AddStances(entries);
        AddSanctions(entries);
        Entries = [.. entries.OrderBy(e => e.Date)]; // OrderBy is stable: equal dates keep scenario order
    }

    /// <summary>Every dated fact of the scenario, of every confidence (denied ones included), in order.</summary>
    public ImmutableArray<TimelineEntry> Entries { get; }

    /// <summary>The entries that involve an actor, fall in a window and are admitted by a minimum confidence.</summary>
    /// <param name="actor">The actor the entries must involve, or <see langword="null"/> for every actor.</param>
    /// <param name="from">The first day of the window (included), or <see langword="null"/> for no start.</param>
    /// <param name="to">The last day of the window (included), or <see langword="null"/> for no end.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>
    /// The report, or an error: <see cref="ErrorCodes.UnknownAnalysisActor"/> for an actor the scenario does not hold,
    /// <see cref="ErrorCodes.AnalysisWindowEndsBeforeStart"/> when <paramref name="to"/> is before <paramref name="from"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<TimelineReport, ModelError> Query(
        ActorId? actor = null,
        LocalDate? from = null,
        LocalDate? to = null,
        Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        if (actor is { } id && _scenario.FindActor(id) is null)
        {
            return new ModelError(
                ErrorCodes.UnknownAnalysisActor,
                $"The actor '{id}' given as 'actor' is not in the scenario '{_scenario.Name}'; an analysis answers only about the scenario's actors.",
                ErrorPath.OfMember(nameof(actor)));
        }

        var created = DayWindow.Create(from, to);
        if (created.TryPickT1(out var error, out var window))
        {
            return error;
        }

        var entries = ImmutableArray.CreateBuilder<TimelineEntry>();
        var possible = ImmutableArray.CreateBuilder<TimelineEntry>();
        var setAside = ImmutableArray.CreateBuilder<SetAsideFact>();
        foreach (var entry in Entries)
        {
            if (actor is { } who && !entry.Involves(who))
            {
                continue;
            }

            var inWindow = window.Contains(entry.Date);
            if (inWindow.IsFalse)
            {
                continue;
            }

            if (!minimum.Admits(entry.Confidence))
            {
                setAside.Add(new SetAsideFact(entry.Fact, SetAsideReason.BelowMinimumConfidence));
            }
            else if (inWindow.IsTrue)
            {
                entries.Add(entry);
            }
            else
            {
                possible.Add(entry);
            }
        }

        return new TimelineReport(actor, from, to, minimum, entries.ToImmutable(), possible.ToImmutable(), setAside.ToImmutable());
    }

    private void AddTreaties(List<TimelineEntry> entries)
    {
        for (var i = 0; i < _scenario.Treaties.Length; i++)
        {
            var treaty = _scenario.Treaties[i];
            var id = treaty.Id.Value;
            var root = $"Treaties[{i}]";
            ImmutableArray<ActorId> parties = [.. treaty.PartyActors];

            void Add(PartialDate date, TimelineEvent what, IEnumerable<ActorId> actors, string path, IEvidenced fact, FactKind kind, string text) =>
                entries.Add(Entry(date, what, actors, new FactReference(kind, id, path, date, fact.Evidence.Confidence, text)));

            if (RecordedEntryIntoForce(treaty.EntryIntoForce) is { } inForce)
            {
                Add(inForce, TimelineEvent.EntryIntoForce, parties, $"{root}.EntryIntoForce", treaty, FactKind.Treaty,
                    $"{treaty.Id} ({treaty.Name}) entered into force ({treaty.EntryIntoForce}).");
            }

            for (var j = 0; j < treaty.Parties.Length; j++)
            {
                var party = treaty.Parties[j];
                var actor = party.Actor;
                var path = $"{root}.Parties[{j}]";
                if (party.Signature is { } signature)
                {
                    Add(signature.Date, TimelineEvent.Signature, [actor], $"{path}.Signature", signature, FactKind.TreatyStep,
                        $"{actor} signed {treaty.Id} ({treaty.Name}).");
                }

                for (var k = 0; k < party.DomesticSteps.Length; k++)
                {
                    var step = party.DomesticSteps[k];
                    Add(step.Date, TimelineEvent.DomesticStep, [actor], $"{path}.DomesticSteps[{k}]", step, FactKind.TreatyStep,
                        $"{actor}, towards {treaty.Id}: {step.Description}");
                }

                if (party.Consent is { } consent)
                {
                    Add(consent.Date, TimelineEvent.Consent, [actor], $"{path}.Consent", consent, FactKind.TreatyStep,
                        $"{actor} gave its consent to be bound by {treaty.Id} ({consent.Kind}).");
                }

                if (party.Withdrawal is { } withdrawal)
                {
                    Add(withdrawal.Notified, TimelineEvent.WithdrawalNotice, [actor], $"{path}.Withdrawal", withdrawal, FactKind.TreatyStep,
                        $"{actor} gave notice of withdrawal from {treaty.Id}.");
                    if (EffectiveDate(withdrawal.Effective, withdrawal.TakesEffect(treaty.WithdrawalNotice), withdrawal.Notified) is { } effective)
                    {
                        Add(effective, TimelineEvent.WithdrawalEffective, [actor], $"{path}.Withdrawal.Effective", withdrawal, FactKind.TreatyStep,
                            $"{actor}'s withdrawal from {treaty.Id} took effect{(withdrawal.Effective is null ? $" (notice of {withdrawal.Notified} plus the notice period)" : string.Empty)}.");
                    }
                }

                for (var k = 0; k < party.Suspensions.Length; k++)
                {
                    AddSuspension(entries, id, [actor], $"{path}.Suspensions[{k}]", party.Suspensions[k], $"{actor}'s obligations under {treaty.Id}");
                }
            }

            for (var k = 0; k < treaty.Suspensions.Length; k++)
            {
                AddSuspension(entries, id, parties, $"{root}.Suspensions[{k}]", treaty.Suspensions[k], treaty.Id.Value);
            }

            if (treaty.Termination is { } termination)
            {
                Add(termination.Date, TimelineEvent.Termination, parties, $"{root}.Termination", termination, FactKind.TreatyStep,
                    termination.Kind == TerminationKind.ByNonRenewal
                        ? $"A party gave notice that {treaty.Id} is not to be renewed{(termination.Description is { } reason ? ": " + reason : ".")}"
                        : $"{treaty.Id} was terminated ({termination.Kind}){(termination.Description is { } why ? ": " + why : ".")}");
                if (termination.Kind == TerminationKind.ByNonRenewal)
                {
                    // The expiry is the end of the running term, which needs the entry into force the facts as strong as the notice give.
                    var admitted = termination.Evidence.Confidence == Confidence.Denied ? Confidence.Potential : termination.Evidence.Confidence;
                    if (TreatyTimeline.Build(treaty, admitted).Expiry is { IsExact: true } expiry && expiry.Earliest != DayArithmetic.Unbounded)
                    {
                        Add(PartialDate.FromLocalDate(expiry.Earliest), TimelineEvent.Expiry, parties, $"{root}.Termination", termination, FactKind.TreatyStep,
                            $"{treaty.Id} expired at the end of its running term, after the notice of non-renewal.");
                    }
                }
                else if (EffectiveDate(termination.Effective, termination.TakesEffect(treaty.WithdrawalNotice), termination.Date) is { } effective)
                {
                    Add(effective, TimelineEvent.TerminationEffective, parties, $"{root}.Termination.Effective", termination, FactKind.TreatyStep,
                        $"The termination of {treaty.Id} took effect.");
                }
            }
        }
    }

    private void AddSuspension(List<TimelineEntry> entries, string id, IEnumerable<ActorId> actors, string path, Suspension suspension, string what)
    {
        var confidence = suspension.Evidence.Confidence;
        var why = suspension.Description is { } text ? $": {text}" : ".";
        entries.Add(Entry(suspension.Period.Start, TimelineEvent.SuspensionStart, actors,
            new FactReference(FactKind.TreatyStep, id, path, suspension.Period.Start, confidence, $"{what} suspended{why}")));
        if (suspension.Period.End is { } end)
        {
            entries.Add(Entry(end, TimelineEvent.SuspensionEnd, actors,
                new FactReference(FactKind.TreatyStep, id, path, end, confidence, $"The suspension of {what} ended (last day).")));
        }
    }

    private void AddTransfers(List<TimelineEntry> entries)
    {
        for (var i = 0; i < _scenario.Transfers.Length; i++)
        {
            var transfer = _scenario.Transfers[i];
            var confidence = transfer.Evidence.Confidence;
            var text = ScenarioFacts.Describe(transfer);
            ImmutableArray<ActorId> actors = [transfer.Supplier, transfer.Recipient];
            var start = transfer.Period.Start;
            entries.Add(Entry(start, TimelineEvent.TransferStart, actors,
                new FactReference(FactKind.Transfer, transfer.Id.Value, $"Transfers[{i}].Period.Start", start, confidence, $"Transfer {transfer.Id} began: {text}")));
            if (transfer.Period.End is { } end)
            {
                entries.Add(Entry(end, TimelineEvent.TransferEnd, actors,
                    new FactReference(FactKind.Transfer, transfer.Id.Value, $"Transfers[{i}].Period.End", end, confidence, $"Transfer {transfer.Id} ended (last day): {text}")));
            }
        }
    }

    private void AddStances(List<TimelineEntry> entries)
    {
        for (var i = 0; i < _scenario.Stances.Length; i++)
        {
            var stance = _scenario.Stances[i];
            var actors = new List<ActorId> { stance.Holder };
            if (stance.Via is { } via)
            {
                actors.Add(via);
            }

            actors.AddRange(TargetActors(stance.Target));
            var text = $"{stance.Holder}{(stance.Via is { } agency ? $" (through {agency})" : string.Empty)} {Verb(stance.Position)} {TargetText(stance.Target)}" +
                       (stance.Summary is { } summary ? $": {summary}" : ".");
            entries.Add(Entry(stance.Date, TimelineEvent.Stance, actors,
                new FactReference(FactKind.Stance, stance.Id.Value, $"Stances[{i}]", stance.Date, stance.Evidence.Confidence, text)));
        }
    }

    private void AddSanctions(List<TimelineEntry> entries)
    {
        for (var i = 0; i < _scenario.SanctionsRegimes.Length; i++)
        {
            var regime = _scenario.SanctionsRegimes[i];
            var id = regime.Id.Value;
            var confidence = regime.Evidence.Confidence;
            var name = regime.Name ?? id;
            ImmutableArray<ActorId> actors = [regime.Authority, regime.Target];
            for (var l = 0; l < regime.LegalBasis.Length; l++)
            {
                if (regime.LegalBasis[l].Adopted is { } adopted)
                {
                    entries.Add(Entry(adopted, TimelineEvent.SanctionsInstrumentAdopted, actors,
                        new FactReference(FactKind.SanctionsRegime, id, $"SanctionsRegimes[{i}].LegalBasis[{l}]", adopted, confidence,
                            $"{regime.LegalBasis[l].Name} adopted, a legal basis of {name} ({regime.Authority} on {regime.Target}).")));
                }
            }

            var start = regime.Period.Start;
            entries.Add(Entry(start, TimelineEvent.SanctionsStart, actors,
                new FactReference(FactKind.SanctionsRegime, id, $"SanctionsRegimes[{i}].Period.Start", start, confidence,
                    $"{name} began: {regime.Authority} imposes {string.Join("; ", regime.Measures)} on {regime.Target}.")));
            if (regime.Period.End is { } end)
            {
                entries.Add(Entry(end, TimelineEvent.SanctionsEnd, actors,
                    new FactReference(FactKind.SanctionsRegime, id, $"SanctionsRegimes[{i}].Period.End", end, confidence, $"{name} ended (last day).")));
            }
        }
    }

    /// <summary>An entry whose actors are those given plus the states their agencies speak for, each once.</summary>
    private TimelineEntry Entry(PartialDate date, TimelineEvent what, IEnumerable<ActorId> actors, FactReference fact)
    {
        var involved = new List<ActorId>();
        foreach (var actor in actors)
        {
            foreach (var one in new[] { actor, _scenario.FindActor(actor)?.Principal ?? actor })
            {
                if (!involved.Contains(one))
                {
                    involved.Add(one);
                }
            }
        }

        return new TimelineEntry(date, what, [.. involved], fact.Description, fact);
    }

    private IEnumerable<ActorId> TargetActors(StanceTarget target) => target.Match<IEnumerable<ActorId>>(
        actor => [actor.Actor],
        group => group.Actors,
        treaty => _scenario.FindTreaty(treaty.Treaty)?.PartyActors ?? [],
        transfer => _scenario.FindTransfer(transfer.Transfer) is { } t ? [t.Supplier, t.Recipient] : [],
        _ => [],
        _ => []);

    private static string TargetText(StanceTarget target) => target.Match(
        actor => actor.Actor.ToString(),
        group => string.Join(" and ", group.Actors),
        treaty => $"the treaty {treaty.Treaty}",
        transfer => $"the transfer {transfer.Transfer}",
        issue => $"the issue '{issue.Issue}'",
        resolution => resolution.Symbol is { } symbol ? $"the resolution {symbol} (roll call {resolution.RollCall})" : $"roll call {resolution.RollCall}");

    private static string Verb(StancePosition position) => position switch
    {
        StancePosition.Condemns => "condemns",
        StancePosition.Opposes => "opposes",
        StancePosition.Concerned => "is concerned about",
        StancePosition.Neutral => "is neutral towards",
        StancePosition.Sympathetic => "is sympathetic to",
        StancePosition.Supports => "supports",
        _ => "endorses",
    };

    private static PartialDate? RecordedEntryIntoForce(EntryIntoForceRule rule) => rule switch
    {
        OnExchangeOfInstrumentsRule { Exchanged: { } exchanged } => exchanged,
        OnFixedDateRule fixedDate => fixedDate.Date,
        RecordedRule recorded => recorded.Date,
        _ => null,
    };

    /// <summary>
    /// The day an act takes effect, as a date: the recorded one, or the computed one when it is a single day that
    /// differs from the act's own; <see langword="null"/> when it takes effect with the act or only a range is known.
    /// </summary>
    private static PartialDate? EffectiveDate(PartialDate? recorded, DayRange computed, PartialDate act)
    {
        if (recorded is { } date)
        {
            return date == act ? null : date;
        }

        return computed.IsExact && computed.Earliest != DayArithmetic.Unbounded && computed != act.Range
            ? PartialDate.FromLocalDate(computed.Earliest)
            : null;
    }
}
