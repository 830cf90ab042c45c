using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Ledger.LedgerFixtures;
using static Geopolitics.Model.Tests.Analysis.Timeline.TimelineFixtures;
using static Geopolitics.Model.Tests.ArticleFacts;
using Period = NodaTime.Period;

namespace Geopolitics.Model.Tests.Analysis.Timeline;

public class TimelineAnalysisTests
{
    private static TimelineReport Query(TimelineAnalysis timeline, ActorId? actor = null, LocalDate? from = null, LocalDate? to = null, Confidence minimum = Confidence.Reported)
    {
        var result = timeline.Query(actor, from, to, minimum);
        Assert.True(result.IsT0, result.IsT1 ? result.AsT1.ToString() : null);
        return result.AsT0;
    }

    private static Evidence Reported => EvidenceOf(Confidence.Reported);

    // --- The seed scenario ---

    [Fact]
    public void Entries_Seed_InDateOrderWithEveryFactKindThatHasADate()
    {
        var entries = new TimelineAnalysis(BuiltInScenarios.RussiaDprk2024).Entries;

        Assert.True(entries.Zip(entries.Skip(1)).All(pair => pair.First.Date <= pair.Second.Date));
        Assert.Equal(
            [FactKind.Treaty, FactKind.TreatyStep, FactKind.Transfer, FactKind.Stance, FactKind.SanctionsRegime],
            entries.Select(e => e.Kind).Distinct().Order());
        var treaty = entries.Where(e => e.Fact.Id == "rus-prk-2024").ToList();
        Assert.Equal(TimelineEvent.Signature, treaty[0].Event);
        Assert.Equal((TimelineEvent.EntryIntoForce, new PartialDate(2024, 12, 4)), (treaty[^1].Event, treaty[^1].Date));
    }

    // --- What is on the timeline ---

    [Fact]
    public void Entries_RussiaDprk2024_TreatyStepsInOrder()
    {
        var entries = new TimelineAnalysis(Article()).Entries.Where(e => e.Fact.Id == RusPrkTreaty.Value).ToList();

        Assert.Equal(
            [
                TimelineEvent.Signature, TimelineEvent.Signature, TimelineEvent.DomesticStep, TimelineEvent.DomesticStep,
                TimelineEvent.DomesticStep, TimelineEvent.Consent, TimelineEvent.Consent, TimelineEvent.EntryIntoForce,
            ],
            entries.Select(e => e.Event));
        Assert.Equal(
            ["2024-06-19", "2024-06-19", "2024-10-24", "2024-11-06", "2024-11-09", "2024-11-09", "2024-11-11", "2024-12-04"],
            entries.Select(e => e.Date.ToString()));
        Assert.Equal("Treaties[0].Parties[0].DomesticSteps[1]", entries[3].Fact.Path);
        Assert.Equal((FactKind.Treaty, "Treaties[0].EntryIntoForce"), (entries[7].Kind, entries[7].Fact.Path));
        Assert.Equal<ActorId>([Rus, Prk], entries[7].Actors);
        Assert.Equal<ActorId>([Prk], entries[6].Actors);
        Assert.Equal(FactKind.TreatyStep, entries[6].Kind);
        Assert.Equal(Confidence.Confirmed, entries[6].Confidence);
    }

    [Fact]
    public void Entries_SameFirstDayDifferentPrecision_YearThenMonthThenDay()
    {
        var scenario = WithTransfers(
            Transfer("day", Prk, Rus, new DatePeriod(new PartialDate(2024, 1, 1)), ShellsOf(Estimate.Thousands)),
            Transfer("year", Prk, Rus, new DatePeriod(new PartialDate(2024)), ShellsOf(Estimate.Thousands)),
            Transfer("month", Prk, Rus, new DatePeriod(new PartialDate(2024, 1)), ShellsOf(Estimate.Thousands)),
            Transfer("earlier-month", Prk, Rus, new DatePeriod(new PartialDate(2023, 12)), ShellsOf(Estimate.Thousands)));

        var entries = new TimelineAnalysis(scenario).Entries;

        Assert.Equal(["earlier-month", "year", "month", "day"], entries.Select(e => e.Fact.Id));
    }

    [Fact]
    public void Entries_SameDate_ScenarioOrder()
    {
        var stances = new TimelineAnalysis(Article()).Entries.Where(e => e.Date == new PartialDate(2024, 6, 24)).ToList();

        Assert.Equal(["usa-condemns-treaty", "kor-condemns-treaty", "jpn-condemns-treaty"], stances.Select(e => e.Fact.Id));
        Assert.All(stances, e => Assert.Equal((TimelineEvent.Stance, FactKind.Stance), (e.Event, e.Kind)));
    }

    [Fact]
    public void Entries_StanceThroughAnAgencyOnAPair_InvolvesHolderAgencyAndTargets()
    {
        var entry = Assert.Single(new TimelineAnalysis(Article()).Entries, e => e.Fact.Id == SeoulCondemns.Id.Value);

        Assert.Equal<ActorId>([Kor, KorNis, Prk, Rus], entry.Actors);
        Assert.Equal("KOR (through KOR-NIS) condemns PRK and RUS.", entry.Description);
        Assert.Equal(new PartialDate(2024, 10), entry.Date);
    }

    [Fact]
    public void Entries_StanceOnATreaty_InvolvesTheTreatyParties()
    {
        var entry = Assert.Single(new TimelineAnalysis(Article()).Entries, e => e.Fact.Id == "jpn-condemns-treaty");

        Assert.Equal<ActorId>([Jpn, Rus, Prk], entry.Actors);
    }

    [Fact]
    public void Entries_TransferWithAnEnd_StartAndEnd()
    {
        var scenario = WithTransfers(Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9), Month(2024, 6)), ShellsOf(Estimate.Thousands)));

        var entries = new TimelineAnalysis(scenario).Entries;

        Assert.Equal([TimelineEvent.TransferStart, TimelineEvent.TransferEnd], entries.Select(e => e.Event));
        Assert.Equal(["Transfers[0].Period.Start", "Transfers[0].Period.End"], entries.Select(e => e.Fact.Path));
        Assert.Equal<ActorId>([Prk, Rus], entries[0].Actors);
    }

    [Fact]
    public void Entries_OngoingTransfer_StartOnly()
    {
        var entries = new TimelineAnalysis(WithTransfers(Shells)).Entries;

        Assert.Equal(TimelineEvent.TransferStart, Assert.Single(entries).Event);
    }

    [Fact]
    public void Entries_UnSanctions_InstrumentsThenStart()
    {
        var entries = new TimelineAnalysis(Article()).Entries.Where(e => e.Kind == FactKind.SanctionsRegime).ToList();

        Assert.Equal(
            [
                TimelineEvent.SanctionsInstrumentAdopted, TimelineEvent.SanctionsStart, TimelineEvent.SanctionsInstrumentAdopted,
                TimelineEvent.SanctionsInstrumentAdopted, TimelineEvent.SanctionsInstrumentAdopted,
            ],
            entries.Select(e => e.Event));
        Assert.Equal("SanctionsRegimes[0].LegalBasis[0]", entries[0].Fact.Path);
        Assert.Equal<ActorId>([Unsc, Prk], entries[1].Actors);
    }

    [Fact]
    public void Entries_RegimeThatEnded_StartAndEnd()
    {
        var regime = new SanctionsRegime(new SanctionsRegimeId("ended"), Usa, Prk, [], new DatePeriod(new PartialDate(2010), new PartialDate(2012, 3)),
            [new WorkerBan()], SanctionsBinding.AuthorityOnly, Reported);

        var entries = new TimelineAnalysis(Build(b => b.AddSanctionsRegime(regime))).Entries;

        Assert.Equal([TimelineEvent.SanctionsStart, TimelineEvent.SanctionsEnd], entries.Select(e => e.Event));
        Assert.Equal(new PartialDate(2012, 3), entries[1].Date);
    }

    [Fact]
    public void Entries_WithdrawalByNoticeKnownToTheDay_NoticeThenComputedEffect()
    {
        var treaty = new Treaty(new TreatyId("pact"), "Pact",
            [
                new TreatyParty(Rus, new Signature(new PartialDate(2020, 1, 1), Reported), new Consent(ConsentKind.Ratification, new PartialDate(2020, 2, 1), Reported),
                    withdrawal: new Withdrawal(new PartialDate(2024, 1, 15), null, Reported)),
                new TreatyParty(Prk, new Signature(new PartialDate(2020, 1, 1), Reported), new Consent(ConsentKind.Ratification, new PartialDate(2020, 2, 1), Reported)),
            ],
            new OnExchangeOfInstrumentsRule(null), Reported, withdrawalNotice: Period.FromMonths(6));

        var entries = new TimelineAnalysis(WithTreaty(treaty)).Entries;

        Assert.DoesNotContain(entries, e => e.Event == TimelineEvent.EntryIntoForce);
        var effective = Assert.Single(entries, e => e.Event == TimelineEvent.WithdrawalEffective);
        Assert.Equal(new PartialDate(2024, 7, 15), effective.Date);
        Assert.Equal(TimelineEvent.WithdrawalNotice, entries[^2].Event);
    }

    [Fact]
    public void Entries_WithdrawalNoticeKnownToTheMonth_NoComputedEffect()
    {
        var treaty = new Treaty(new TreatyId("pact"), "Pact",
            [
                new TreatyParty(Rus, new Signature(new PartialDate(2020, 1, 1), Reported), withdrawal: new Withdrawal(new PartialDate(2024, 1), null, Reported)),
                new TreatyParty(Prk, new Signature(new PartialDate(2020, 1, 1), Reported)),
            ],
            new OnSignatureRule(), Reported, withdrawalNotice: Period.FromMonths(6));

        var entries = new TimelineAnalysis(WithTreaty(treaty)).Entries;

        Assert.Contains(entries, e => e.Event == TimelineEvent.WithdrawalNotice);
        Assert.DoesNotContain(entries, e => e.Event is TimelineEvent.WithdrawalEffective or TimelineEvent.EntryIntoForce);
    }

    [Fact]
    public void Entries_SuspensionAndTermination_StartEndAndEffect()
    {
        var treaty = new Treaty(new TreatyId("pact"), "Pact",
            [
                new TreatyParty(Rus, new Signature(new PartialDate(2020, 1, 1), Reported)),
                new TreatyParty(Prk, new Signature(new PartialDate(2020, 1, 1), Reported)),
            ],
            new OnSignatureRule(), Reported,
            suspensions: [new Suspension(new DatePeriod(new PartialDate(2021, 3), new PartialDate(2021, 9)), Reported)],
            termination: new Termination(TerminationKind.ByAgreement, new PartialDate(2023, 1, 10), new PartialDate(2023, 6, 30), Reported));

        var entries = new TimelineAnalysis(WithTreaty(treaty)).Entries;

        Assert.Equal(
            [
                TimelineEvent.Signature, TimelineEvent.Signature, TimelineEvent.SuspensionStart, TimelineEvent.SuspensionEnd,
                TimelineEvent.Termination, TimelineEvent.TerminationEffective,
            ],
            entries.Select(e => e.Event));
        Assert.Equal("Treaties[0].Suspensions[0]", entries[2].Fact.Path);
        Assert.Equal<ActorId>([Rus, Prk], entries[4].Actors);
    }

    [Fact]
    public void Entries_KeepEveryConfidence()
    {
        var entries = new TimelineAnalysis(Article()).Entries;

        Assert.Contains(entries, e => e.Confidence == Confidence.Potential && e.Fact.Id == MissileTechnology.Id.Value);
    }

    // --- Filters ---

    [Fact]
    public void Query_ByActor_OnlyEntriesInvolvingIt()
    {
        var report = Query(new TimelineAnalysis(Article()), actor: Kor);

        Assert.Equal(["kor-condemns-treaty", "kor-condemns-rus-prk"], report.Entries.Select(e => e.Fact.Id));
        Assert.Equal(Kor, report.Actor);
    }

    [Fact]
    public void Query_ByAgency_EntriesThroughIt()
    {
        var report = Query(new TimelineAnalysis(Article()), actor: KorNis);

        Assert.Equal("kor-condemns-rus-prk", Assert.Single(report.Entries).Fact.Id);
    }

    [Fact]
    public void Query_Window_MonthPrecisionEntryAtTheEdgeIsPossiblyInPeriod()
    {
        var report = Query(new TimelineAnalysis(Article()), actor: Kor, from: Day(2024, 10, 15), to: Day(2024, 12, 31));

        Assert.Empty(report.Entries);
        Assert.Equal("kor-condemns-rus-prk", Assert.Single(report.PossiblyInPeriod).Fact.Id);
    }

    [Fact]
    public void Query_Window_EntriesOutsideAreLeftOut()
    {
        var report = Query(new TimelineAnalysis(Article()), from: Day(2024, 11, 1), to: Day(2024, 11, 30));

        Assert.Equal(["2024-11-06", "2024-11-09", "2024-11-09", "2024-11-11"], report.Entries.Select(e => e.Date.ToString()));
        Assert.Empty(report.PossiblyInPeriod);
        Assert.Equal(MissileTechnology.Id.Value, Assert.Single(report.SetAside).Fact.Id); // dated 2024: possibly in November, but Potential
    }

    [Fact]
    public void Query_ByConfidence_WeakerEntriesSetAside()
    {
        var timeline = new TimelineAnalysis(Article());

        var reported = Query(timeline, actor: Rus, from: Day(2024, 1, 1), to: Day(2024, 12, 31));
        var potential = Query(timeline, actor: Rus, from: Day(2024, 1, 1), to: Day(2024, 12, 31), minimum: Confidence.Potential);

        Assert.DoesNotContain(reported.Entries, e => e.Fact.Id == MissileTechnology.Id.Value);
        Assert.Contains(reported.SetAside, s => s.Fact.Id == MissileTechnology.Id.Value && s.Reason == SetAsideReason.BelowMinimumConfidence);
        Assert.Contains(potential.Entries, e => e.Fact.Id == MissileTechnology.Id.Value);
    }

    [Fact]
    public void Query_DeniedEntry_SetAsideEvenAtPotential()
    {
        var scenario = Build(b => b.AddStance(Stance("denial", Chn, new PartialDate(2024, 7, 1), Confidence.Denied)));

        var report = Query(new TimelineAnalysis(scenario), minimum: Confidence.Potential);

        Assert.Empty(report.Entries);
        Assert.Equal("denial", Assert.Single(report.SetAside).Fact.Id);
    }

    [Fact]
    public void Query_UnknownActor_GM1151()
    {
        var error = new TimelineAnalysis(Article()).Query(actor: new ActorId("XYZ")).AsT1;

        Assert.Equal(ErrorCodes.UnknownAnalysisActor, error.Code);
        Assert.Equal("actor", error.Location.Path?.ToString());
    }

    [Fact]
    public void Query_WindowEndsBeforeItStarts_GM1153()
    {
        var error = new TimelineAnalysis(Article()).Query(from: Day(2024, 2, 1), to: Day(2024, 1, 31)).AsT1;

        Assert.Equal(ErrorCodes.AnalysisWindowEndsBeforeStart, error.Code);
    }

    [Fact]
    public void ToString_OneLinePerEntry()
    {
        var report = Query(new TimelineAnalysis(Article()), actor: Kor);

        Assert.Equal(
            "Timeline of KOR, ../.., confidence Reported or stronger\n" +
            "2024-06-24 [Reported] KOR condemns the treaty rus-prk-2024.\n" +
            "2024-10 [Reported] KOR (through KOR-NIS) condemns PRK and RUS.",
            report.ToString());
    }
}
