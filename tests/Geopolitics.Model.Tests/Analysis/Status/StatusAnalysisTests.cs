using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Analysis.Status;

public class StatusAnalysisTests
{
    private static StatusAnalysis Seed() => new([RussiaDprk2024(), RussiaDprk2000(), ChinaDprk1961(), UsaKorea1953(), UsaJapan1960()]);

    private static void AssertCertain(TreatyStatus expected, TreatyStatusReport report)
    {
        Assert.Equal<TreatyStatus>([expected], report.Statuses);
        Assert.Equal(Truth.True, report.Is(expected));
    }

    private static void AssertCertain(TreatyStatus expected, TreatyPartyStatus? party)
    {
        Assert.NotNull(party);
        Assert.Equal<TreatyStatus>([expected], party.Statuses);
        Assert.Equal(Truth.True, party.Is(expected));
    }

    // --- The seed answers (DOMAIN.md section 4) ---

    [Theory]
    [InlineData(2024, 7, 1)]
    [InlineData(2024, 11, 10)]
    public void Evaluate_RussiaDprk2024BeforeExchange_SignedNotInForce(int year, int month, int day)
    {
        var report = Seed().Evaluate(RusPrk2024, On(year, month, day)).AsT0;

        AssertCertain(TreatyStatus.Signed, report);
        Assert.Equal(Truth.False, report.IsInForce);
    }

    [Fact]
    public void Evaluate_RussiaDprk2024OnExchangeDay_InForce()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 12, 4)).AsT0;

        AssertCertain(TreatyStatus.InForce, report);
        Assert.Equal(Truth.True, report.IsInForce);
        Assert.Equal(DayRange.Exactly(On(2024, 12, 4)), report.EntryIntoForce);
        AssertCertain(TreatyStatus.InForce, report.Party(Rus));
        AssertCertain(TreatyStatus.InForce, report.Party(Prk));
    }

    [Fact]
    public void Evaluate_RussiaDprk2024AfterBothConsentsBeforeExchange_ConsentGiven()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 12, 3)).AsT0;

        AssertCertain(TreatyStatus.ConsentGiven, report);
        Assert.Equal(Truth.False, report.IsInForce);
    }

    [Fact]
    public void Evaluate_RussiaDprk2024BetweenTheTwoRatifications_RussiaConsentedKoreaSigned()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 11, 10)).AsT0;

        AssertCertain(TreatyStatus.ConsentGiven, report.Party(Rus));
        AssertCertain(TreatyStatus.Signed, report.Party(Prk));
        Assert.Equal(Truth.False, report.Party(Rus)!.IsInForce);
    }

    [Fact]
    public void Evaluate_BeforeAnySignature_NotSigned()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 6, 18)).AsT0;

        AssertCertain(TreatyStatus.NotSigned, report);
        AssertCertain(TreatyStatus.NotSigned, report.Party(Prk));
    }

    [Fact]
    public void Evaluate_RussiaDprk2024_ExplainsFactsWithPathsAndEvidence()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 11, 10)).AsT0;

        var consent = Assert.Single(report.Facts, fact => fact.Kind == TreatyFactKind.Consent && fact.Party == Rus);
        Assert.Equal("Parties[0].Consent", consent.Path);
        Assert.Equal(Day(2024, 11, 9), consent.Date);
        Assert.Equal(Confidence.Confirmed, consent.Evidence.Confidence);
        Assert.Contains(report.Facts, fact => fact.Kind == TreatyFactKind.EntryIntoForce && fact.Date == Day(2024, 12, 4));
        Assert.Empty(report.IgnoredFacts);
        Assert.StartsWith("rus-prk-2024 (", report.Explanation[0], StringComparison.Ordinal);
        Assert.Contains(report.Explanation, line => line.Contains("RUS gave its consent to be bound by Ratification on 2024-11-09", StringComparison.Ordinal));
        Assert.Contains("RUS: ConsentGiven; bound from 2024-12-04.", report.Explanation);
        Assert.Equal(2, report.Party(Rus)!.Facts.Length);
    }

    // --- Confidence ---

    [Fact]
    public void Evaluate_SignatureKnownOnlyAsPotential_IgnoredAtDefaultMinimum()
    {
        var evaluator = new StatusAnalysis([RussiaDprk2024(prkSignatureEvidence: Evidence.Unsourced(Confidence.Potential))]);

        var report = evaluator.Evaluate(RusPrk2024, On(2024, 7, 1)).AsT0;

        AssertCertain(TreatyStatus.NotSigned, report.Party(Prk));
        AssertCertain(TreatyStatus.Signed, report.Party(Rus));
        var ignored = Assert.Single(report.IgnoredFacts);
        Assert.Equal(TreatyFactKind.Signature, ignored.Kind);
        Assert.Equal(Prk, ignored.Party);
        Assert.Equal("Parties[1].Signature", ignored.Path);
        Assert.Single(report.Party(Prk)!.IgnoredFacts);
        Assert.Contains(report.Explanation, line => line.StartsWith("Ignored (Potential is below the minimum Reported): PRK signed", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SignatureKnownOnlyAsPotential_UsedWhenPotentialAdmitted()
    {
        var evaluator = new StatusAnalysis([RussiaDprk2024(prkSignatureEvidence: Evidence.Unsourced(Confidence.Potential))]);

        var report = evaluator.Evaluate(RusPrk2024, On(2024, 7, 1), Confidence.Potential).AsT0;

        AssertCertain(TreatyStatus.Signed, report.Party(Prk));
        Assert.Empty(report.IgnoredFacts);
    }

    [Fact]
    public void Evaluate_DeniedFact_IgnoredEvenAtLowestMinimum()
    {
        var treaty = Treaty(
            "t",
            new OnSignatureRule(),
            Party(Rus, Day(2020, 1, 1)),
            new TreatyParty(Prk, new Signature(Day(2020, 1, 1), Evidence.Unsourced(Confidence.Denied))));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2020, 6, 1), Confidence.Potential);

        AssertCertain(TreatyStatus.NotSigned, report.Party(Prk));
        Assert.Contains(report.Explanation, line => line.StartsWith("Ignored (denied)", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_IgnoredConsentDelaysEntryIntoForce_NotInForce()
    {
        var treaty = Treaty(
            "t",
            new AfterInstrumentsRule(2, 0),
            Party(Rus, Day(2020, 1, 1), Day(2020, 2, 1)),
            new TreatyParty(Prk, new Signature(Day(2020, 1, 1), Reported), new Consent(ConsentKind.Ratification, Day(2020, 2, 1), Evidence.Unsourced(Confidence.Alleged))));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2021, 1, 1));

        AssertCertain(TreatyStatus.Signed, report);
        Assert.Null(report.EntryIntoForce);
    }

    // --- Entry-into-force rules ---

    [Fact]
    public void Evaluate_OnSignature_InForceFromSecondSignatureAndLateSignatoryFromItsOwn()
    {
        var treaty = Treaty(
            "t",
            new OnSignatureRule(),
            Party(Rus, Day(2020, 1, 10)),
            Party(Prk, Day(2020, 1, 20)),
            Party(Chn, Day(2020, 3, 1)));
        var evaluator = new StatusAnalysis([treaty]);

        var before = evaluator.EvaluateTreaty(treaty, On(2020, 1, 15));
        var after = evaluator.EvaluateTreaty(treaty, On(2020, 1, 20));
        var late = evaluator.EvaluateTreaty(treaty, On(2020, 3, 1));

        AssertCertain(TreatyStatus.Signed, before);
        AssertCertain(TreatyStatus.ConsentGiven, before.Party(Rus));
        AssertCertain(TreatyStatus.InForce, after);
        Assert.Equal(DayRange.Exactly(On(2020, 1, 20)), after.EntryIntoForce);
        AssertCertain(TreatyStatus.NotSigned, after.Party(Chn));
        AssertCertain(TreatyStatus.InForce, late.Party(Chn));
        Assert.Equal(DayRange.Exactly(On(2020, 3, 1)), late.Party(Chn)!.EntryIntoForce);
    }

    [Fact]
    public void Evaluate_ExchangeWithoutRecordedDate_NotBeforeLastConsentUnknownAfter()
    {
        var treaty = Treaty(
            "t",
            new OnExchangeOfInstrumentsRule(),
            Party(Rus, Day(2020, 1, 1), Day(2020, 5, 1)),
            Party(Prk, Day(2020, 1, 1), Day(2020, 6, 1)));
        var evaluator = new StatusAnalysis([treaty]);

        var beforeLastConsent = evaluator.EvaluateTreaty(treaty, On(2020, 5, 31));
        var afterLastConsent = evaluator.EvaluateTreaty(treaty, On(2020, 6, 15));
        var yearsLater = evaluator.EvaluateTreaty(treaty, On(2030, 1, 1));

        AssertCertain(TreatyStatus.Signed, beforeLastConsent);
        Assert.Equal<TreatyStatus>([TreatyStatus.ConsentGiven, TreatyStatus.InForce], afterLastConsent.Statuses);
        Assert.Equal(Truth.Unknown, afterLastConsent.IsInForce);
        Assert.Equal(Truth.Unknown, yearsLater.IsInForce);
        Assert.Equal(new DayRange(On(2020, 6, 1), LocalDate.MaxIsoValue), afterLastConsent.EntryIntoForce);
        Assert.Contains(afterLastConsent.Explanation, line => line.Contains("a day on or after 2020-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ExchangeWithoutDateAndMissingConsent_NeverInForce()
    {
        var treaty = Treaty(
            "t",
            new OnExchangeOfInstrumentsRule(),
            Party(Rus, Day(2020, 1, 1), Day(2020, 5, 1)),
            Party(Prk, Day(2020, 1, 1)));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2030, 1, 1));

        AssertCertain(TreatyStatus.Signed, report);
        Assert.Null(report.EntryIntoForce);
    }

    [Fact]
    public void Evaluate_AfterInstruments_InForceDaysAfterKthConsentAndLateConsentAfterItsOwnDelay()
    {
        var treaty = Treaty(
            "t",
            new AfterInstrumentsRule(2, 30),
            Party(Rus, Day(2020, 1, 1), Day(2020, 1, 10)),
            Party(Prk, Day(2020, 1, 1), Day(2020, 2, 1)),
            Party(Chn, Day(2020, 1, 1), Day(2020, 3, 15)));
        var evaluator = new StatusAnalysis([treaty]);

        var dayBefore = evaluator.EvaluateTreaty(treaty, On(2020, 3, 1));
        var entry = evaluator.EvaluateTreaty(treaty, On(2020, 3, 2));
        var lateBefore = evaluator.EvaluateTreaty(treaty, On(2020, 4, 13));
        var lateBound = evaluator.EvaluateTreaty(treaty, On(2020, 4, 14));

        AssertCertain(TreatyStatus.ConsentGiven, dayBefore);
        AssertCertain(TreatyStatus.InForce, entry);
        Assert.Equal(DayRange.Exactly(On(2020, 3, 2)), entry.EntryIntoForce);
        AssertCertain(TreatyStatus.ConsentGiven, lateBefore.Party(Chn));
        AssertCertain(TreatyStatus.InForce, lateBound.Party(Chn));
    }

    [Fact]
    public void Evaluate_AfterInstrumentsWithPartialDates_UsesOrderStatisticsOfBothEnds()
    {
        // The first instrument: a consent known only to the year 2020, and one on 2020-06-15. The first of the two
        // happened between 2020-01-01 and 2020-06-15, whichever it was.
        var treaty = Treaty(
            "t",
            new AfterInstrumentsRule(1, 0),
            Party(Rus, new PartialDate(2019), new PartialDate(2020)),
            Party(Prk, new PartialDate(2019), Day(2020, 6, 15)));
        var evaluator = new StatusAnalysis([treaty]);

        var report = evaluator.EvaluateTreaty(treaty, On(2020, 3, 1));

        // In force only once two parties are bound: the later of the two consents, between 2020-06-15 and 2020-12-31.
        Assert.Equal(new DayRange(On(2020, 6, 15), On(2020, 12, 31)), report.EntryIntoForce);
        Assert.Equal<TreatyStatus>([TreatyStatus.Signed, TreatyStatus.ConsentGiven], report.Statuses);
        Assert.Equal(Truth.Unknown, report.Is(TreatyStatus.ConsentGiven));
        // By 2020-06-15 the first instrument has certainly been given; whether the second has is open.
        Assert.Equal<TreatyStatus>([TreatyStatus.ConsentGiven, TreatyStatus.InForce], evaluator.EvaluateTreaty(treaty, On(2020, 6, 15)).Statuses);
        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2020, 12, 31)));
    }

    [Fact]
    public void Evaluate_OnFixedDate_InForceFromThatDate()
    {
        var treaty = Treaty(
            "t",
            new OnFixedDateRule(Day(2025, 1, 1)),
            Party(Rus, Day(2024, 6, 1), Day(2024, 9, 1)),
            Party(Prk, Day(2024, 6, 1), Day(2024, 10, 1)));
        var evaluator = new StatusAnalysis([treaty]);

        AssertCertain(TreatyStatus.ConsentGiven, evaluator.EvaluateTreaty(treaty, On(2024, 12, 31)));
        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2025, 1, 1)));
    }

    [Fact]
    public void Evaluate_RecordedDateWithSignaturesOnly_PartiesBoundFromThatDate()
    {
        var report = Seed().Evaluate(UsaKor1953, On(1954, 11, 17)).AsT0;

        AssertCertain(TreatyStatus.InForce, report);
        AssertCertain(TreatyStatus.InForce, report.Party(Kor));
        AssertCertain(TreatyStatus.Signed, Seed().Evaluate(UsaKor1953, On(1954, 11, 16)).AsT0);
    }

    [Fact]
    public void Evaluate_LateAccession_BoundFromItsOwnConsent()
    {
        var treaty = Treaty(
            "t",
            new OnExchangeOfInstrumentsRule(Day(2020, 3, 1)),
            Party(Rus, Day(2020, 1, 1), Day(2020, 2, 1)),
            Party(Prk, Day(2020, 1, 1), Day(2020, 2, 15)),
            Party(Chn, consented: Day(2022, 5, 10), kind: ConsentKind.Accession));
        var evaluator = new StatusAnalysis([treaty]);

        var before = evaluator.EvaluateTreaty(treaty, On(2022, 5, 9));
        var after = evaluator.EvaluateTreaty(treaty, On(2022, 5, 10));

        AssertCertain(TreatyStatus.NotSigned, before.Party(Chn));
        AssertCertain(TreatyStatus.InForce, before);
        AssertCertain(TreatyStatus.InForce, after.Party(Chn));
        Assert.Equal(DayRange.Exactly(On(2022, 5, 10)), after.Party(Chn)!.EntryIntoForce);
        Assert.Equal(DayRange.Exactly(On(2020, 3, 1)), after.EntryIntoForce);
    }

    // --- Partial dates ---

    [Theory]
    [InlineData(10, 31, TreatyStatus.Signed)]
    [InlineData(12, 1, TreatyStatus.ConsentGiven)]
    public void Evaluate_ConsentKnownToTheMonth_CertainOutsideThatMonth(int month, int day, TreatyStatus expected)
    {
        var evaluator = new StatusAnalysis([MonthPrecisionTreaty()]);

        var report = evaluator.Evaluate(new TreatyId("month"), On(2024, month, day)).AsT0;

        AssertCertain(expected, report.Party(Prk));
        Assert.Equal(expected, Assert.Single(report.Statuses));
    }

    [Fact]
    public void Evaluate_ConsentKnownToTheMonth_UnknownWithinThatMonth()
    {
        var evaluator = new StatusAnalysis([MonthPrecisionTreaty()]);

        var report = evaluator.Evaluate(new TreatyId("month"), On(2024, 11, 15)).AsT0;
        var party = report.Party(Prk)!;

        Assert.Equal<TreatyStatus>([TreatyStatus.Signed, TreatyStatus.ConsentGiven], party.Statuses);
        Assert.False(party.IsCertain);
        Assert.Equal(Truth.Unknown, party.Is(TreatyStatus.ConsentGiven));
        Assert.Equal(Truth.Unknown, party.Is(TreatyStatus.Signed));
        Assert.Equal(Truth.False, party.IsInForce);
        Assert.Equal(Truth.False, party.Is(TreatyStatus.NotSigned));
        Assert.Equal<TreatyStatus>([TreatyStatus.Signed, TreatyStatus.ConsentGiven], report.Statuses);
        Assert.Contains(party.Explanation, line => line == "Open: PRK's consent fell on a day between 2024-11-01 and 2024-11-30, so whether it had happened by 2024-11-15 is unknown.");
    }

    private static Treaty MonthPrecisionTreaty() => Treaty(
        "month",
        new RecordedRule(Day(2025, 1, 15)),
        Party(Rus, Day(2024, 6, 19), Day(2024, 10, 1)),
        Party(Prk, Day(2024, 6, 19), new PartialDate(2024, 11)));

    [Fact]
    public void Evaluate_RecordedYearAndNoConsentOnRecord_OnlySignedOrInForceOpen()
    {
        // The consent is implied by entry into force itself, so "consent given but not in force" is no real possibility.
        var report = Seed().Evaluate(RusPrk2000, On(2000, 6, 10)).AsT0;

        Assert.Equal<TreatyStatus>([TreatyStatus.Signed, TreatyStatus.InForce], report.Statuses);
        Assert.Equal<TreatyStatus>([TreatyStatus.Signed, TreatyStatus.InForce], report.Party(Rus)!.Statuses);
        Assert.Equal(Truth.Unknown, report.IsInForce);
        Assert.Equal(new DayRange(On(2000, 2, 9), On(2000, 12, 31)), report.EntryIntoForce);
    }

    // --- Duration ---

    [Theory]
    [InlineData(1961, 9, 10)]
    [InlineData(1981, 9, 10)]
    [InlineData(2001, 9, 10)]
    [InlineData(2025, 1, 1)]
    public void Evaluate_ChinaDprk1961RenewingTerm_InForce(int year, int month, int day)
    {
        var report = Seed().Evaluate(ChnPrk1961, On(year, month, day)).AsT0;

        AssertCertain(TreatyStatus.InForce, report);
        AssertCertain(TreatyStatus.InForce, report.Party(Prk));
    }

    [Fact]
    public void Evaluate_NonRenewingTerm_ExpiresAtEntryIntoForcePlusTerm()
    {
        var evaluator = new StatusAnalysis([ChinaDprk1961(renews: false)]);

        AssertCertain(TreatyStatus.InForce, evaluator.Evaluate(ChnPrk1961, On(1981, 9, 9)).AsT0);
        var expired = evaluator.Evaluate(ChnPrk1961, On(1981, 9, 10)).AsT0;
        AssertCertain(TreatyStatus.Expired, expired);
        AssertCertain(TreatyStatus.Expired, expired.Party(Chn));
        AssertCertain(TreatyStatus.Expired, evaluator.Evaluate(ChnPrk1961, On(2025, 1, 1)).AsT0);
    }

    // --- Supersession, termination, withdrawal, suspension ---

    [Fact]
    public void Evaluate_RussiaDprk2000_InForceUntilTheDayBeforeSuccessorEntersIntoForce()
    {
        var evaluator = Seed();

        var before = evaluator.Evaluate(RusPrk2000, On(2024, 12, 3)).AsT0;
        var after = evaluator.Evaluate(RusPrk2000, On(2024, 12, 4)).AsT0;

        AssertCertain(TreatyStatus.InForce, before);
        AssertCertain(TreatyStatus.Terminated, after);
        AssertCertain(TreatyStatus.Terminated, after.Party(Rus));
        var supersession = Assert.Single(after.Facts, fact => fact.Kind == TreatyFactKind.Supersession);
        Assert.Equal(RusPrk2024, supersession.Treaty);
        Assert.Equal("Supersedes[0]", supersession.Path);
    }

    [Fact]
    public void Evaluate_SupersedingTreatyNotKnownToEvaluator_StillInForce()
    {
        var evaluator = new StatusAnalysis([RussiaDprk2000()]);

        AssertCertain(TreatyStatus.InForce, evaluator.Evaluate(RusPrk2000, On(2025, 1, 1)).AsT0);
    }

    [Fact]
    public void Evaluate_SupersedingTreatyNotYetInForce_StillInForce()
    {
        var evaluator = Seed();

        AssertCertain(TreatyStatus.InForce, evaluator.Evaluate(RusPrk2000, On(2024, 7, 1)).AsT0);
    }

    [Fact]
    public void Evaluate_WithdrawalWithNoticePeriod_WithdrawnOnlyWhenNoticeHasRun()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "Trilateral",
            [
                Party(Rus, Day(2020, 1, 1)),
                Party(Prk, Day(2020, 1, 1)),
                Party(Chn, Day(2020, 1, 1), withdrawal: new Withdrawal(Day(2023, 3, 1), null, Reported)),
            ],
            new OnSignatureRule(),
            Reported,
            withdrawalNotice: Period.FromYears(1));
        var evaluator = new StatusAnalysis([treaty]);

        var duringNotice = evaluator.EvaluateTreaty(treaty, On(2024, 2, 29));
        var effective = evaluator.EvaluateTreaty(treaty, On(2024, 3, 1));

        AssertCertain(TreatyStatus.InForce, duringNotice.Party(Chn));
        AssertCertain(TreatyStatus.Withdrawn, effective.Party(Chn));
        Assert.Equal(Truth.False, effective.Party(Chn)!.IsInForce);
        AssertCertain(TreatyStatus.InForce, effective);
        AssertCertain(TreatyStatus.InForce, effective.Party(Rus));
    }

    [Fact]
    public void Evaluate_BilateralWithdrawal_TreatyTerminatedPartyWithdrawn()
    {
        var treaty = Treaty(
            "t",
            new OnSignatureRule(),
            Party(Rus, Day(2020, 1, 1), withdrawal: new Withdrawal(Day(2023, 3, 1), Day(2023, 9, 1), Reported)),
            Party(Prk, Day(2020, 1, 1)));
        var evaluator = new StatusAnalysis([treaty]);

        var before = evaluator.EvaluateTreaty(treaty, On(2023, 8, 31));
        var after = evaluator.EvaluateTreaty(treaty, On(2023, 9, 1));

        AssertCertain(TreatyStatus.InForce, before);
        AssertCertain(TreatyStatus.Terminated, after);
        AssertCertain(TreatyStatus.Withdrawn, after.Party(Rus));
        AssertCertain(TreatyStatus.Terminated, after.Party(Prk));
    }

    [Fact]
    public void Evaluate_TerminationByNotice_TakesEffectAfterNoticePeriod()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "Bilateral",
            [Party(Rus, Day(2020, 1, 1)), Party(Prk, Day(2020, 1, 1))],
            new OnSignatureRule(),
            Reported,
            withdrawalNotice: Period.FromMonths(6),
            termination: new Termination(TerminationKind.ByNotice, Day(2023, 1, 15), null, Reported));
        var evaluator = new StatusAnalysis([treaty]);

        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2023, 7, 14)));
        AssertCertain(TreatyStatus.Terminated, evaluator.EvaluateTreaty(treaty, On(2023, 7, 15)));
    }

    [Fact]
    public void Evaluate_TerminationBeforeExpiry_StaysTerminatedAfterTheTermEnds()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "Bilateral",
            [Party(Rus, Day(2000, 1, 1)), Party(Prk, Day(2000, 1, 1))],
            new OnSignatureRule(),
            Reported,
            new FixedTermDuration(Period.FromYears(10)),
            termination: new Termination(TerminationKind.ByAgreement, Day(2005, 1, 1), null, Reported));

        AssertCertain(TreatyStatus.Terminated, new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2015, 1, 1)));
    }

    [Fact]
    public void Evaluate_TerminationKnownToTheYearAndExpiryInsideIt_BothPossible()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "Bilateral",
            [Party(Rus, Day(2000, 1, 1)), Party(Prk, Day(2000, 1, 1))],
            new OnSignatureRule(),
            Reported,
            new FixedTermDuration(Period.FromYears(10)),
            termination: new Termination(TerminationKind.ByAgreement, new PartialDate(2010), null, Reported));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2011, 1, 1));

        Assert.Equal<TreatyStatus>([TreatyStatus.Terminated, TreatyStatus.Expired], report.Statuses);
        Assert.Equal(Truth.Unknown, report.Is(TreatyStatus.Expired));
        Assert.Equal(Truth.False, report.IsInForce);
    }

    [Fact]
    public void Evaluate_TreatyWideSuspension_SuspendedWhileItLasts()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "Bilateral",
            [Party(Rus, Day(2000, 1, 1)), Party(Prk, Day(2000, 1, 1))],
            new OnSignatureRule(),
            Reported,
            suspensions: [new Suspension(new DatePeriod(Day(2023, 11, 22), new PartialDate(2024, 6)), Reported)]);
        var evaluator = new StatusAnalysis([treaty]);

        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2023, 11, 21)));
        var suspended = evaluator.EvaluateTreaty(treaty, On(2024, 1, 1));
        AssertCertain(TreatyStatus.Suspended, suspended);
        Assert.Equal(Truth.False, suspended.IsInForce);
        AssertCertain(TreatyStatus.Suspended, suspended.Party(Prk));
        Assert.Equal<TreatyStatus>([TreatyStatus.InForce, TreatyStatus.Suspended], evaluator.EvaluateTreaty(treaty, On(2024, 6, 15)).Statuses);
        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2024, 7, 1)));
    }

    [Fact]
    public void Evaluate_PartySuspension_OnlyThatPartySuspended()
    {
        var treaty = Treaty(
            "t",
            new OnSignatureRule(),
            Party(Rus, Day(2000, 1, 1), suspensions: [new Suspension(new DatePeriod(Day(2023, 1, 1)), Reported)]),
            Party(Prk, Day(2000, 1, 1)));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2024, 1, 1));

        AssertCertain(TreatyStatus.Suspended, report.Party(Rus));
        AssertCertain(TreatyStatus.InForce, report.Party(Prk));
        AssertCertain(TreatyStatus.InForce, report);
    }

    // --- API ---

    [Fact]
    public void Evaluate_UnknownId_IsAnErrorNamingTheParameter()
    {
        var evaluator = Seed();

        var error = evaluator.Evaluate(new TreatyId("nope"), On(2024, 1, 1)).AsT1;

        Assert.Equal(ErrorCodes.UnknownAnalysisTreaty, error.Code);
        Assert.Equal("treaty", error.Location.Path?.ToString());
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Truth.True, evaluator.Evaluate(RusPrk2024, On(2024, 12, 4)).AsT0.IsInForce);
    }

    [Fact]
    public void Constructor_Scenario_AnswersAsItsTreaties()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;

        var report = new StatusAnalysis(scenario).Evaluate(RusPrk2024, On(2024, 12, 4)).AsT0;

        Assert.Equal(Truth.True, report.IsInForce);
        Assert.Equal<string>(new StatusAnalysis(scenario.Treaties).Evaluate(RusPrk2024, On(2024, 12, 4)).AsT0.Explanation, report.Explanation);
    }

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new StatusAnalysis([RussiaDprk2024(), RussiaDprk2024()]));
    }

    [Fact]
    public void Evaluate_ReportRecordsDayMinimumAndParties()
    {
        var report = Seed().Evaluate(RusPrk2024, On(2024, 12, 4), Confidence.Confirmed).AsT0;

        Assert.Equal(On(2024, 12, 4), report.Day);
        Assert.Equal(Confidence.Confirmed, report.Minimum);
        Assert.Equal(RusPrk2024, report.Treaty);
        Assert.Equal([Rus, Prk], report.Parties.Select(party => party.Actor));
        Assert.Null(report.Party(Chn));
        Assert.Equal("RUS: InForce", report.Party(Rus)!.ToString());
    }

    // --- Cases mutation testing found untested ---

    [Fact]
    public void Evaluate_WithdrawalAndTerminationOnTheSameDay_WithdrawalStaysForItsParty()
    {
        var treaty = new Treaty(
            new TreatyId("same-day"),
            "Same day",
            [
                Party(Rus, Day(1999, 1, 1), Day(1999, 6, 1), withdrawal: new Withdrawal(Day(2004, 1, 1), Day(2005, 1, 1), Reported)),
                Party(Prk, Day(1999, 1, 1), Day(1999, 6, 1)),
                Party(Chn, Day(1999, 1, 1), Day(1999, 6, 1)),
            ],
            new RecordedRule(Day(2000, 1, 1)),
            Reported,
            termination: new Termination(TerminationKind.ByAgreement, Day(2005, 1, 1), null, Reported));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2005, 6, 1));

        AssertCertain(TreatyStatus.Terminated, report);
        AssertCertain(TreatyStatus.Withdrawn, report.Party(Rus));
        AssertCertain(TreatyStatus.Terminated, report.Party(Prk));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_DatedEntryAfterEveryConsent_ConsentGivenUntilThen(bool fixedDate)
    {
        EntryIntoForceRule rule = fixedDate ? new OnFixedDateRule(Day(2020, 6, 1)) : new RecordedRule(Day(2020, 6, 1));
        var treaty = Treaty("dated", rule, Party(Rus, Day(2019, 1, 1), Day(2019, 6, 1)), Party(Prk, Day(2019, 1, 1), Day(2019, 7, 1)));

        var evaluator = new StatusAnalysis([treaty]);

        AssertCertain(TreatyStatus.Signed, evaluator.EvaluateTreaty(treaty, On(2019, 6, 15)));
        AssertCertain(TreatyStatus.ConsentGiven, evaluator.EvaluateTreaty(treaty, On(2020, 1, 1)));
        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2020, 6, 1)));
    }

    [Fact]
    public void Evaluate_DatedEntryBeforeAPartysConsent_BindsThatPartyFromItsConsent()
    {
        var treaty = Treaty("late", new RecordedRule(Day(2020, 6, 1)), Party(Rus, Day(2019, 1, 1), Day(2019, 6, 1)), Party(Prk, Day(2019, 1, 1), Day(2021, 1, 1)));

        var evaluator = new StatusAnalysis([treaty]);

        AssertCertain(TreatyStatus.Signed, evaluator.EvaluateTreaty(treaty, On(2020, 12, 1)).Party(Prk));
        AssertCertain(TreatyStatus.InForce, evaluator.EvaluateTreaty(treaty, On(2021, 1, 1)).Party(Prk));
    }

    [Fact]
    public void Evaluate_FirstSignatoryOfATreatyInForceOnSignature_IsNotBoundBeforeTheSecondSignature()
    {
        var treaty = Treaty("on-signature", new OnSignatureRule(), Party(Rus, Day(2000, 1, 1)), Party(Prk, Day(2005, 1, 1)), Party(Chn, Day(2010, 1, 1)));

        var report = new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2003, 1, 1));

        // On signature, a signature is the consent: the first signatory has consented, and waits for a second.
        Assert.Equal(Truth.False, report.IsInForce);
        AssertCertain(TreatyStatus.ConsentGiven, report.Party(Rus));
        AssertCertain(TreatyStatus.NotSigned, report.Party(Prk));
    }

    [Fact]
    public void Evaluate_TreatyListingItselfAsSuperseded_IsNotTerminatedByItself()
    {
        var treaty = new Treaty(
            new TreatyId("self"), "Self", [Party(Rus, Day(2000, 1, 1)), Party(Prk, Day(2000, 1, 1))], new OnSignatureRule(), Reported, supersedes: [new TreatyId("self")]);

        AssertCertain(TreatyStatus.InForce, new StatusAnalysis([treaty]).EvaluateTreaty(treaty, On(2010, 1, 1)));
    }

    [Fact]
    public void Evaluate_BadArguments_Throw()
    {
        var treaty = RussiaDprk2024();
        Assert.Throws<ArgumentNullException>(() => new StatusAnalysis((IEnumerable<Treaty>)null!));
        Assert.Throws<ArgumentNullException>(() => new StatusAnalysis((Scenario)null!));
        Assert.Throws<ArgumentNullException>(() => new StatusAnalysis([treaty, null!]));
        Assert.Throws<ArgumentException>(() => new StatusAnalysis([treaty, treaty]));
        Assert.Throws<ArgumentNullException>(() => Seed().EvaluateTreaty((Treaty)null!, On(2024, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed().EvaluateTreaty(treaty, On(2024, 1, 1), (Confidence)99));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    [InlineData(99)]
    public void Is_UndefinedStatus_Throws(int status)
    {
        var report = Seed().Evaluate(RusPrk2024, On(2025, 1, 1)).AsT0;

        Assert.Throws<ArgumentOutOfRangeException>(() => report.Is((TreatyStatus)status));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.Party(Rus)!.Is((TreatyStatus)status));
    }
}
