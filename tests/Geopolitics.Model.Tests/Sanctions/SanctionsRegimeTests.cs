using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Sanctions;

public class SanctionsRegimeTests
{
    [Fact]
    public void ArticleFact_UnDprkSanctions_EmbargoTechnologyCashAndWorkersBindingAllStates()
    {
        var regime = UnDprkSanctions;
        Assert.Equal((Unsc, Prk), (regime.Authority, regime.Target));
        Assert.Equal(SanctionsBinding.AllStates, regime.Binding);
        Assert.Equal(["UNSCR 1718 (2006)", "UNSCR 1874 (2009)", "UNSCR 2270 (2016)", "UNSCR 2397 (2017)"], regime.LegalBasis.Select(instrument => instrument.Name));
        Assert.Equal(EmbargoDirection.Both, regime.Measures.OfType<ArmsEmbargo>().Single().Direction);
        Assert.Equal<TechnologyDomain>([TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear], regime.Measures.OfType<TechnologyBan>().Single().Domains);
        Assert.Contains(new FinancialMeasure(FinancialMeasureKind.BulkCash, "UNSCR 2270 (2016)"), regime.Measures);
        Assert.Single(regime.Measures.OfType<WorkerBan>());
        Assert.Equal(Truth.True, regime.Period.Contains(new NodaTime.LocalDate(2024, 11, 30)));
    }

    [Fact]
    public void Constructor_NullMeasure_Throws() =>
        Assert.Throws<ArgumentException>(() => new SanctionsRegime(new SanctionsRegimeId("r"), Usa, Prk, [], new DatePeriod(new PartialDate(2016)), [null!], SanctionsBinding.AuthorityOnly, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_DefaultArrays_AreEmpty()
    {
        var regime = new SanctionsRegime(new SanctionsRegimeId("r"), Usa, Prk, default, new DatePeriod(new PartialDate(2016)), default, SanctionsBinding.AuthorityOnly, Evidence.Unsourced(Confidence.Reported));
        Assert.Empty(regime.LegalBasis);
        Assert.Empty(regime.Measures);
    }

    [Fact]
    public void Constructor_UndefinedBinding_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SanctionsRegime(new SanctionsRegimeId("r"), Usa, Prk, [], new DatePeriod(new PartialDate(2016)), [new WorkerBan()], (SanctionsBinding)9, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Equality_ComparesCollectionsBySequence()
    {
        Assert.Equal(UnDprkSanctions, UnDprkSanctions);
        Assert.Equal(UnDprkSanctions.GetHashCode(), UnDprkSanctions.GetHashCode());
        var fewer = new SanctionsRegime(UnDprkSanctions.Id, Unsc, Prk, UnDprkSanctions.LegalBasis, UnDprkSanctions.Period, UnDprkSanctions.Measures.RemoveAt(0), SanctionsBinding.AllStates, UnDprkSanctions.Evidence, UnDprkSanctions.Name);
        Assert.NotEqual(UnDprkSanctions, fewer);
    }

    [Fact]
    public void ToString_SummarisesTheRegime() =>
        Assert.Equal("un-dprk: UNSC on PRK, 2006-10-14/.., 5 measure(s), AllStates [Confirmed]", UnDprkSanctions.ToString());
}
