using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Status;

/// <summary>
/// A renewing fixed term ended by notice of non-renewal (<see cref="TerminationKind.ByNonRenewal"/>): in force with a
/// pending expiry from the notice, expired from the end of the running term. The 1961 China–DPRK treaty (in force
/// 1961-09-10, renewing every 20 years: 1981, 2001, 2021, 2041) with a notice no party has given.
/// </summary>
public class StatusAnalysisNonRenewalTests
{
    private static Treaty ChinaDprkWithNotice(PartialDate notice, Period? noticePeriod = null, PartialDate? effective = null) => new(
        ChnPrk1961,
        "Sino-North Korean Mutual Aid and Cooperation Friendship Treaty",
        [Party(Chn, Day(1961, 7, 11)), Party(Prk, Day(1961, 7, 11))],
        new RecordedRule(Day(1961, 9, 10)),
        Reported,
        new FixedTermDuration(Period.FromYears(20), renewsAutomatically: true),
        withdrawalNotice: noticePeriod,
        termination: new Termination(TerminationKind.ByNonRenewal, notice, effective, Reported));

    private static TreatyStatusReport Evaluate(Treaty treaty, LocalDate day) => new StatusAnalysis([treaty]).EvaluateTreaty(treaty, day);

    [Fact]
    public void Evaluate_DayBeforeTheNotice_InForceWithNoPendingExpiry()
    {
        var report = Evaluate(ChinaDprkWithNotice(Day(2030, 3, 1)), On(2030, 2, 28));

        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], report.Statuses);
        Assert.Null(report.PendingExpiry);
        Assert.Equal(new DayRange(On(2041, 9, 10), On(2041, 9, 10)), report.Expiry);
    }

    [Fact]
    public void Evaluate_NoticeDay_InForceWithTheEndOfTheRunningTermPending()
    {
        var report = Evaluate(ChinaDprkWithNotice(Day(2030, 3, 1)), On(2030, 3, 1));

        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], report.Statuses);
        Assert.Equal(new DayRange(On(2041, 9, 10), On(2041, 9, 10)), report.PendingExpiry);
        Assert.Contains(report.Explanation, line => line.StartsWith("Pending expiry:", StringComparison.Ordinal) && line.Contains("2041-09-10", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DayBeforeTheExpiry_StillInForce()
    {
        var report = Evaluate(ChinaDprkWithNotice(Day(2030, 3, 1)), On(2041, 9, 9));

        Assert.Equal(Truth.True, report.IsInForce);
        Assert.Equal(Truth.True, report.Party(Prk)!.IsInForce);
        Assert.NotNull(report.PendingExpiry);
    }

    [Fact]
    public void Evaluate_ExpiryDay_ExpiredForTheTreatyAndEveryParty()
    {
        var report = Evaluate(ChinaDprkWithNotice(Day(2030, 3, 1)), On(2041, 9, 10));

        Assert.Equal<TreatyStatus>([TreatyStatus.Expired], report.Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.Expired], report.Party(Chn)!.Statuses);
        Assert.Equal(Truth.False, report.Is(TreatyStatus.Terminated));
        Assert.Null(report.PendingExpiry);
    }

    [Fact]
    public void Evaluate_NoticeOnARenewalDay_EndsTheTermThatJustBegan()
    {
        var treaty = ChinaDprkWithNotice(Day(2021, 9, 10));

        Assert.Equal(Truth.True, Evaluate(treaty, On(2041, 9, 9)).IsInForce);
        Assert.Equal(Truth.True, Evaluate(treaty, On(2041, 9, 10)).Is(TreatyStatus.Expired));
    }

    [Fact]
    public void Evaluate_NoticeDayBeforeARenewal_EndsAtThatRenewal()
    {
        var treaty = ChinaDprkWithNotice(Day(2021, 9, 9));

        Assert.Equal(Truth.True, Evaluate(treaty, On(2021, 9, 9)).IsInForce);
        Assert.Equal(Truth.True, Evaluate(treaty, On(2021, 9, 10)).Is(TreatyStatus.Expired));
    }

    [Fact]
    public void Evaluate_NoticeShorterThanTheNoticePeriodBeforeTheTermEnds_RunsOneMoreTerm()
    {
        // A year's notice given eight months before 2041-09-10 is too late for that day, so the next term runs out.
        var treaty = ChinaDprkWithNotice(Day(2041, 1, 10), Period.FromYears(1));

        Assert.Equal(new DayRange(On(2061, 9, 10), On(2061, 9, 10)), Evaluate(treaty, On(2041, 9, 10)).PendingExpiry);
        Assert.Equal(Truth.True, Evaluate(treaty, On(2061, 9, 9)).IsInForce);
        Assert.Equal(Truth.True, Evaluate(treaty, On(2061, 9, 10)).Is(TreatyStatus.Expired));
    }

    [Fact]
    public void Evaluate_NoticeKnownToTheMonth_ExpiryCertainWhenTheMonthHoldsNoTermEnd()
    {
        var report = Evaluate(ChinaDprkWithNotice(new PartialDate(2030, 3)), On(2041, 9, 10));

        Assert.Equal<TreatyStatus>([TreatyStatus.Expired], report.Statuses);
    }

    [Fact]
    public void Evaluate_NoticeKnownToTheYearOfARenewal_ExpiryOpenBetweenTwoTermEnds()
    {
        var treaty = ChinaDprkWithNotice(new PartialDate(2021));

        var report = Evaluate(treaty, On(2030, 1, 1));

        Assert.Equal(new DayRange(On(2021, 9, 10), On(2041, 9, 10)), report.Expiry);
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce, TreatyStatus.Expired], report.Statuses);
    }

    [Fact]
    public void Evaluate_RecordedEffectiveDay_ExpiresThen()
    {
        var report = Evaluate(ChinaDprkWithNotice(Day(2030, 3, 1), effective: Day(2031, 1, 1)), On(2031, 1, 1));

        Assert.Equal<TreatyStatus>([TreatyStatus.Expired], report.Statuses);
    }

    [Fact]
    public void Evaluate_NoticeBelowTheMinimumConfidence_IgnoredAndTheTreatyRenews()
    {
        var weak = new Termination(TerminationKind.ByNonRenewal, Day(2030, 3, 1), null, Evidence.Unsourced(Confidence.Alleged));
        var seed = ChinaDprk1961();
        var treaty = new Treaty(seed.Id, seed.Name, seed.Parties, seed.EntryIntoForce, seed.Evidence, seed.Duration, seed.Clauses, termination: weak);

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2050, 1, 1), Confidence.Reported);

        Assert.Equal<TreatyStatus>([TreatyStatus.InForce], report.Statuses);
        Assert.Null(report.Expiry);
        Assert.Contains(report.IgnoredFacts, fact => fact.Kind == TreatyFactKind.Termination);
    }

    [Fact]
    public void Query_Timeline_ShowsTheNoticeAndTheExpiry()
    {
        var scenario = new ScenarioBuilder("non-renewal").AddStates("CHN", "PRK").AddTreaty(ChinaDprkWithNotice(Day(2030, 3, 1))).Build().AsT0;

        var entries = new TimelineAnalysis(scenario).Query(Chn).AsT0.Entries;

        Assert.Contains(entries, e => e.Event == TimelineEvent.Termination && e.Date == Day(2030, 3, 1));
        Assert.Contains(entries, e => e.Event == TimelineEvent.Expiry && e.Date == Day(2041, 9, 10));
        Assert.DoesNotContain(entries, e => e.Event == TimelineEvent.TerminationEffective);
    }

    [Fact]
    public void Build_NonRenewalOfAnIndefiniteTreaty_IsGM0450()
    {
        var seed = RussiaDprk2024();
        var treaty = new Treaty(seed.Id, seed.Name, seed.Parties, seed.EntryIntoForce, seed.Evidence, seed.Duration, seed.Clauses, termination: new Termination(TerminationKind.ByNonRenewal, Day(2030, 1, 1), null, Reported));

        var errors = new ScenarioBuilder("bad").AddStates("RUS", "PRK").AddTreaty(treaty).Build().AsT1;

        var error = Assert.Single(errors, e => e.Code == ErrorCodes.NonRenewalWithoutRenewingTerm);
        Assert.Equal("Treaties[0].Termination.Kind", error.Location?.Path?.ToString());
    }

    [Fact]
    public void Parse_ByNonRenewalInAFile_ReadsAndWritesBack()
    {
        var scenario = new ScenarioBuilder("non-renewal").AddStates("CHN", "PRK").AddTreaty(ChinaDprkWithNotice(Day(2030, 3, 1))).Build().AsT0;

        var json = ScenarioJson.Serialize(scenario);
        var read = ScenarioJson.Parse(json).AsT0;

        Assert.Contains("\"byNonRenewal\"", json, StringComparison.Ordinal);
        Assert.Equal(TerminationKind.ByNonRenewal, read.Treaties[0].Termination!.Kind);
    }
}
