using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// The days on which each stage of a treaty and of each party was reached, computed once from the facts a minimum
/// confidence admits. Each stage is a <see cref="DayRange"/> (the days it may have happened on) or
/// <see langword="null"/> (it never happens on the admitted facts). Supersession, which needs other treaties, is
/// added by <see cref="StatusAnalysis"/>.
/// </summary>
internal sealed class TreatyTimeline
{
    private TreatyTimeline(Treaty treaty)
    {
        Treaty = treaty;
    }

    public Treaty Treaty { get; }

    public List<PartyTimeline> Parties { get; } = [];

    public List<TreatyFact> Facts { get; } = [];

    public List<TreatyFact> Ignored { get; } = [];

    /// <summary>The first signature by any party (under a treaty that binds on signature, the first signature or consent).</summary>
    public DayRange? Signed { get; private set; }

    /// <summary>The day the consents entry into force needs were all given, when that is a stage of its own (not on signature).</summary>
    public DayRange? ConsentsComplete { get; private set; }

    /// <summary>The day the rule is met and at least two parties are bound.</summary>
    public DayRange? InForce { get; private set; }

    public DayRange? Termination { get; private set; }

    /// <summary>The day fewer than two parties remain bound because of withdrawals.</summary>
    public DayRange? Collapse { get; private set; }

    /// <summary>The day the treaty expires: the end of a fixed term that does not renew, or of the running term after a notice of non-renewal.</summary>
    public DayRange? Expiry { get; private set; }

    /// <summary>The day a party gave notice of non-renewal, when admitted; the treaty is in force with a pending expiry from then until <see cref="Expiry"/>.</summary>
    public DayRange? NonRenewalNotice { get; private set; }

    public List<DatePeriod> Suspensions { get; } = [];

    public static TreatyTimeline Build(Treaty treaty, Confidence minimum)
    {
        var timeline = new TreatyTimeline(treaty);
        timeline.CollectFacts(minimum);
        timeline.ComputeStages();
        timeline.ApplyNonRenewal(minimum);
        return timeline;
    }

    /// <summary>A day range as a noun phrase: <c>2024-12-04</c>, <c>a day between 2024-11-01 and 2024-11-30</c> or <c>a day on or after 2024-06-01</c>.</summary>
    public static string Describe(DayRange range)
    {
        return range.IsExact ? DayWindow.Iso(range.Earliest)
            : range.Latest == DayArithmetic.Unbounded ? $"a day on or after {DayWindow.Iso(range.Earliest)}"
            : $"a day between {DayWindow.Iso(range.Earliest)} and {DayWindow.Iso(range.Latest)}";
    }

    private bool Admit(TreatyFact fact, Confidence minimum)
    {
        if (fact.Evidence.IsAdmittedBy(minimum))
        {
            Facts.Add(fact);
            return true;
        }

        Ignored.Add(fact);
        return false;
    }

    private void CollectFacts(Confidence minimum)
    {
        var id = Treaty.Id;
        var rule = Treaty.EntryIntoForce;
        var ruleDate = rule switch
        {
            OnExchangeOfInstrumentsRule exchange => exchange.Exchanged,
            OnFixedDateRule fixedDate => fixedDate.Date,
            RecordedRule recorded => recorded.Date,
            _ => (PartialDate?)null,
        };

        // The treaty's own record (its rule, term and supersessions) rests on the treaty's evidence and is taken as given;
        // the dated steps carry their own evidence and are filtered.
        Facts.Add(new TreatyFact(id, null, TreatyFactKind.EntryIntoForce, "EntryIntoForce", ruleDate, Treaty.Evidence, $"{id}: entry into force {rule}."));
        if (Treaty.Duration is FixedTermDuration term)
        {
            var text = term.RenewsAutomatically
                ? Treaty.Termination is { Kind: TerminationKind.ByNonRenewal }
                    ? $"{id} has a fixed term of {term.Term} from entry into force and renews automatically every {term.EffectiveRenewalTerm}, until a party gives notice of non-renewal."
                    : $"{id} has a fixed term of {term.Term} from entry into force and renews automatically every {term.EffectiveRenewalTerm}, so it does not expire."
                : $"{id} has a fixed term of {term.Term} from entry into force and does not renew.";
            Facts.Add(new TreatyFact(id, null, TreatyFactKind.Duration, "Duration", null, Treaty.Evidence, text));
        }

        for (var i = 0; i < Treaty.Parties.Length; i++)
        {
            var party = Treaty.Parties[i];
            var actor = party.Actor;
            var timeline = new PartyTimeline(actor);
            if (party.Signature is { } signature &&
                Admit(new TreatyFact(id, actor, TreatyFactKind.Signature, $"Parties[{i}].Signature", signature.Date, signature.Evidence, $"{actor} signed {id} on {signature.Date}."), minimum))
            {
                timeline.Signature = signature.Date.Range;
            }

            if (party.Consent is { } consent &&
                Admit(new TreatyFact(id, actor, TreatyFactKind.Consent, $"Parties[{i}].Consent", consent.Date, consent.Evidence, $"{actor} gave its consent to be bound by {consent.Kind} on {consent.Date}."), minimum))
            {
                timeline.Consent = consent.Date.Range;
                timeline.ConsentKind = consent.Kind;
            }

            if (party.Withdrawal is { } withdrawal)
            {
                var effective = withdrawal.TakesEffect(Treaty.WithdrawalNotice);
                var how = withdrawal.Effective is not null ? "as recorded"
                    : Treaty.WithdrawalNotice is { } notice ? $"after the notice period of {notice}"
                    : "at once, the treaty having no notice period";
                var text = $"{actor} gave notice of withdrawal on {withdrawal.Notified}; it takes effect on {Describe(effective)} ({how}).";
                if (Admit(new TreatyFact(id, actor, TreatyFactKind.Withdrawal, $"Parties[{i}].Withdrawal", withdrawal.Notified, withdrawal.Evidence, text), minimum))
                {
                    timeline.Withdrawal = effective;
                }
            }

            for (var j = 0; j < party.Suspensions.Length; j++)
            {
                var suspension = party.Suspensions[j];
                if (Admit(new TreatyFact(id, actor, TreatyFactKind.Suspension, $"Parties[{i}].Suspensions[{j}]", suspension.Period.Start, suspension.Evidence, $"{actor}'s obligations under {id} were suspended {suspension.Period}."), minimum))
                {
                    timeline.Suspensions.Add(suspension.Period);
                }
            }

            // The directed facts do not change the party's own status; they are listed, and the analyses that follow
            // obligations (defence, partnership) read them per pair.
            for (var j = 0; j < party.PartnerSuspensions.Length; j++)
            {
                Admit(DirectedObligations.Fact(Treaty, i, j), minimum);
            }

            for (var j = 0; j < party.Understandings.Length; j++)
            {
                Admit(DirectedObligations.UnderstandingFact(Treaty, i, j), minimum);
            }

            Parties.Add(timeline);
        }

        for (var j = 0; j < Treaty.Suspensions.Length; j++)
        {
            var suspension = Treaty.Suspensions[j];
            if (Admit(new TreatyFact(id, null, TreatyFactKind.Suspension, $"Suspensions[{j}]", suspension.Period.Start, suspension.Evidence, $"{id} was suspended {suspension.Period}."), minimum))
            {
                Suspensions.Add(suspension.Period);
            }
        }

        if (Treaty.Termination is { Kind: not TerminationKind.ByNonRenewal } termination)
        {
            var effective = termination.TakesEffect(Treaty.WithdrawalNotice);
            var text = $"{id} was terminated ({termination.Kind}) on {termination.Date}; the termination takes effect on {Describe(effective)}.";
            if (Admit(new TreatyFact(id, null, TreatyFactKind.Termination, "Termination", termination.Date, termination.Evidence, text), minimum))
            {
                Termination = effective;
            }
        }
    }

    private void ComputeStages()
    {
        // Each stage gets only its own event; a stage with no event of its own (null) is never a party's status, so
        // that one event reached by two stages (signing that is consenting) leaves no false doubt between them.
        DayRange? entry;
        switch (Treaty.EntryIntoForce)
        {
            case OnSignatureRule:
                // Signing is consenting: in force from the second signature, each later signatory from its own.
                foreach (var party in Parties)
                {
                    party.Consented = DayArithmetic.EarlierOf(party.Signature, party.Consent);
                }

                Signed = DayArithmetic.KthEvent(Acts(p => p.Consented), 1);
                entry = DayArithmetic.KthEvent(Acts(p => p.Consented), 2);
                foreach (var party in Parties)
                {
                    party.Bound = DayArithmetic.LaterOf(entry, party.Consented);
                }

                break;

            case OnExchangeOfInstrumentsRule exchange:
                SetConsentsFromInstruments();
                var originals = Parties.Where(p => p.ConsentKind is not { } kind || !kind.JoinsWithoutSignature()).ToList();
                DayRange? lastConsent = originals.Count >= 2 && originals.All(p => p.Consent is not null)
                    ? originals.Select(p => p.Consent!.Value).Aggregate((a, b) => a.LaterOf(b))
                    : null;
                ConsentsComplete = lastConsent;
                if (exchange.Exchanged is { } exchanged)
                {
                    entry = exchanged.Range;
                    BindFromDatedEntry(entry.Value);
                }
                else
                {
                    // Not recorded: not before the last consent, and no later bound is known.
                    entry = lastConsent is { } last ? new DayRange(last.Earliest, DayArithmetic.Unbounded) : null;
                    foreach (var party in Parties)
                    {
                        party.Bound = DayArithmetic.LaterOf(entry, party.Consent);
                    }
                }

                break;

            case AfterInstrumentsRule after:
                SetConsentsFromInstruments();
                var instrument = DayArithmetic.KthEvent(Acts(p => p.Consent), after.Count);
                ConsentsComplete = instrument;
                entry = instrument is { } k ? DayArithmetic.PlusDays(k, after.Days) : null;
                foreach (var party in Parties)
                {
                    party.Bound = party.Consent is { } consent ? DayArithmetic.LaterOf(entry, DayArithmetic.PlusDays(consent, after.Days)) : null;
                }

                break;

            case OnFixedDateRule fixedDate:
                SetConsentsFromInstruments();
                ConsentsComplete = DayArithmetic.KthEvent(Acts(p => p.Consent), 2);
                entry = fixedDate.Date.Range;
                BindFromDatedEntry(entry.Value);
                break;

            case RecordedRule recorded:
                SetConsentsFromInstruments();
                ConsentsComplete = DayArithmetic.KthEvent(Acts(p => p.Consent), 2);
                entry = recorded.Date.Range;
                BindFromDatedEntry(entry.Value);
                break;

            default:
                throw new InvalidOperationException($"Unknown entry-into-force rule {Treaty.EntryIntoForce.GetType().Name}.");
        }

        // The treaty is in force once at least two parties are bound; no party is bound before that.
        InForce = DayArithmetic.KthEvent(Acts(p => p.Bound), 2);
        foreach (var party in Parties)
        {
            party.Bound = DayArithmetic.LaterOf(party.Bound, InForce);
        }

        // Fewer than two parties remain bound once all but one of those ever bound have withdrawn.
        var bound = Parties.Where(p => p.Bound is not null).ToList();
        if (bound.Count >= 2)
        {
            Collapse = DayArithmetic.KthEvent([.. bound.Select(p => p.Withdrawal).OfType<DayRange>()], bound.Count - 1);
        }

        if (Treaty.Duration is FixedTermDuration { RenewsAutomatically: false } term && InForce is { } inForce)
        {
            Expiry = DayArithmetic.Plus(inForce, term.Term);
        }
    }

    /// <summary>
    /// A notice of non-renewal ends a renewing fixed term at the end of the term running when the notice was given
    /// (or of the first term ending at least the notice period after it): the treaty expires then, unless a recorded
    /// effective day says otherwise. Without a renewing term (an unvalidated treaty) the notice takes effect as a
    /// termination by notice would, and the treaty expires then.
    /// </summary>
    private void ApplyNonRenewal(Confidence minimum)
    {
        if (Treaty.Termination is not { Kind: TerminationKind.ByNonRenewal } termination)
        {
            return;
        }

        var id = Treaty.Id;
        DayRange? effective;
        string how;
        if (termination.Effective is { } recorded)
        {
            effective = recorded.Range;
            how = "as recorded";
        }
        else if (Treaty.Duration is FixedTermDuration { RenewsAutomatically: true } term)
        {
            effective = InForce is { } inForce ? EndOfRunningTerm(inForce, term, termination.Date.Range, Treaty.WithdrawalNotice) : null;
            how = Treaty.WithdrawalNotice is { } notice
                ? $"the end of the first term ending at least {notice} after the notice"
                : "the end of the term running on the day of the notice";
        }
        else
        {
            effective = DayArithmetic.Plus(termination.Date.Range, Treaty.WithdrawalNotice ?? Period.Zero);
            how = "the treaty having no renewing term, as a notice of termination would";
        }

        var text = effective is { } end
            ? $"{id}: notice of non-renewal given on {termination.Date}; the treaty expires on {Describe(end)} ({how})."
            : $"{id}: notice of non-renewal given on {termination.Date}; the treaty never enters into force on the admitted facts, so no term runs out.";
        if (Admit(new TreatyFact(id, null, TreatyFactKind.Termination, "Termination", termination.Date, termination.Evidence, text), minimum))
        {
            NonRenewalNotice = termination.Date.Range;
            Expiry = DayArithmetic.EarlierOf(Expiry, effective);
        }
    }

    /// <summary>
    /// The end of the term running on the notice: the first day entry into force plus the term, plus whole renewal
    /// terms, that is after the notice and at least the notice period after it. Ranges give the earliest and latest
    /// such day; an entry into force known only to a range gives a range that holds every possible end.
    /// </summary>
    private static DayRange EndOfRunningTerm(DayRange inForce, FixedTermDuration term, DayRange notice, Period? noticePeriod)
    {
        LocalDate End(LocalDate entry, LocalDate noticed)
        {
            var earliest = noticePeriod is { } p ? DayArithmetic.Plus(noticed, p) : noticed;
            var end = DayArithmetic.Plus(entry, term.Term);
            while (end != DayArithmetic.Unbounded && (end <= noticed || end < earliest))
            {
                end = DayArithmetic.Plus(end, term.EffectiveRenewalTerm!);
            }

            return end;
        }

        if (inForce.Latest == DayArithmetic.Unbounded || notice.Latest == DayArithmetic.Unbounded)
        {
            return new DayRange(End(inForce.Earliest, notice.Earliest), DayArithmetic.Unbounded);
        }

        if (inForce.IsExact)
        {
            // The end moves forward with the notice, so the notice's two ends bound it.
            return new DayRange(End(inForce.Earliest, notice.Earliest), End(inForce.Earliest, notice.Latest));
        }

        // A later entry into force can end an earlier term later, so take every possible entry's end.
        var low = DayArithmetic.Unbounded;
        var high = inForce.Earliest;
        for (var day = inForce.Earliest; day <= inForce.Latest; day = day.PlusDays(1))
        {
            var first = End(day, notice.Earliest);
            var last = End(day, notice.Latest);
            low = first < low ? first : low;
            high = last > high ? last : high;
        }

        return new DayRange(low, high);
    }

    private void SetConsentsFromInstruments()
    {
        foreach (var party in Parties)
        {
            party.Signed = party.Signature;
            party.Consented = party.Consent;
        }

        Signed = DayArithmetic.KthEvent(Acts(p => p.Signed), 1);
    }

    /// <summary>Under a dated rule, a party is bound from the later of that day and its consent (its signature when no consent is on record).</summary>
    private void BindFromDatedEntry(DayRange entry)
    {
        foreach (var party in Parties)
        {
            party.Bound = DayArithmetic.LaterOf(entry, party.Consent ?? party.Signature);
        }
    }

    private ImmutableArray<DayRange> Acts(Func<PartyTimeline, DayRange?> select) => [.. Parties.Select(select).OfType<DayRange>()];
}

/// <summary>The stages of one party, as day ranges (<see langword="null"/>: never, on the admitted facts).</summary>
internal sealed class PartyTimeline(ActorId actor)
{
    public ActorId Actor { get; } = actor;

    public DayRange? Signature { get; set; }

    public DayRange? Consent { get; set; }

    public ConsentKind? ConsentKind { get; set; }

    /// <summary>The day the party signed, when signing is a stage of its own (not under a treaty that binds on signature).</summary>
    public DayRange? Signed { get; set; }

    /// <summary>The day the party's consent counts (its signature under a treaty that binds on signature).</summary>
    public DayRange? Consented { get; set; }

    public DayRange? Bound { get; set; }

    public DayRange? Withdrawal { get; set; }

    public List<DatePeriod> Suspensions { get; } = [];
}
