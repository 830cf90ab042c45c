using System.Reflection;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Sanctions;

public class SanctionsMeasureTests
{
    public static TheoryData<SanctionsMeasure, SanctionsMeasureKind> MeasuresAndKinds => new()
    {
        { new ArmsEmbargo(EmbargoDirection.Both), SanctionsMeasureKind.ArmsEmbargo },
        { new TechnologyBan([TechnologyDomain.Nuclear]), SanctionsMeasureKind.TechnologyBan },
        { new FinancialMeasure(FinancialMeasureKind.BulkCash), SanctionsMeasureKind.Financial },
        { new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget), SanctionsMeasureKind.ResourceCap },
        { new WorkerBan(), SanctionsMeasureKind.WorkerBan },
    };

    [Theory]
    [MemberData(nameof(MeasuresAndKinds))]
    public void MatchAndSwitch_EachMeasure_CallItsOwnHandler(SanctionsMeasure measure, SanctionsMeasureKind kind)
    {
        var switched = new List<(SanctionsMeasureKind, SanctionsMeasure)>();
        measure.Switch(
            m => switched.Add((SanctionsMeasureKind.ArmsEmbargo, m)),
            m => switched.Add((SanctionsMeasureKind.TechnologyBan, m)),
            m => switched.Add((SanctionsMeasureKind.Financial, m)),
            m => switched.Add((SanctionsMeasureKind.ResourceCap, m)),
            m => switched.Add((SanctionsMeasureKind.WorkerBan, m)));

        Assert.Equal([(kind, measure)], switched);
        Assert.Equal(kind, measure.Kind);
        Assert.Equal(kind, measure.Match(
            _ => SanctionsMeasureKind.ArmsEmbargo,
            _ => SanctionsMeasureKind.TechnologyBan,
            _ => SanctionsMeasureKind.Financial,
            _ => SanctionsMeasureKind.ResourceCap,
            _ => SanctionsMeasureKind.WorkerBan));
    }

    public static TheoryData<SanctionsMeasure, string> TextTable => new()
    {
        { new ArmsEmbargo(EmbargoDirection.Both), "arms embargo [Both]" },
        { new ArmsEmbargo(EmbargoDirection.Both, "UNSCR 1718 (2006)"), "arms embargo [Both] (UNSCR 1718 (2006))" },
        { new WorkerBan(), "worker ban" },
        { new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget), "resource ban Coal [ProcurementFromTarget]" },
        { new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget, new Quantity(Estimate.Exactly(4m), "Mt")), "resource cap Coal [ProcurementFromTarget]: 4 Mt" },
    };

    [Theory]
    [MemberData(nameof(TextTable))]
    public void ToString_EachMeasure_DescribesItAndItsBasis(SanctionsMeasure measure, string expected) => Assert.Equal(expected, measure.ToString());

    [Fact]
    public void Union_IsClosed()
    {
        var subtypes = typeof(SanctionsMeasure).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(SanctionsMeasure))).ToList();
        Assert.Equal(Enum.GetValues<SanctionsMeasureKind>().Length, subtypes.Count);
        Assert.All(subtypes, type => Assert.True(type.IsSealed));
        var kindCore = typeof(SanctionsMeasure).GetProperty("KindCore", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(kindCore.GetMethod!.IsAbstract && kindCore.GetMethod.IsFamilyAndAssembly);
    }

    [Theory]
    [InlineData(EmbargoDirection.None)]
    [InlineData((EmbargoDirection)4)]
    [InlineData((EmbargoDirection)7)]
    public void ArmsEmbargo_InvalidDirection_Throws(EmbargoDirection direction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArmsEmbargo(direction));

    [Fact]
    public void ArmsEmbargo_Both_CombinesSupplyAndProcurement()
    {
        var embargo = new ArmsEmbargo(EmbargoDirection.SupplyToTarget | EmbargoDirection.ProcurementFromTarget);
        Assert.Equal(EmbargoDirection.Both, embargo.Direction);
        Assert.True(embargo.Direction.HasFlag(EmbargoDirection.ProcurementFromTarget));
    }

    [Fact]
    public void TechnologyBan_NoDomain_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TechnologyBan([]));
        Assert.Throws<ArgumentException>(() => new TechnologyBan(default));
    }

    [Fact]
    public void TechnologyBan_UndefinedDomain_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TechnologyBan([(TechnologyDomain)99]));

    [Fact]
    public void TechnologyBan_Domains_AreASet()
    {
        var ban = new TechnologyBan([TechnologyDomain.Nuclear, TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear]);
        Assert.Equal<TechnologyDomain>([TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear], ban.Domains);
        Assert.Equal(new TechnologyBan([TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear]), ban);
        Assert.Equal(EmbargoDirection.Both, ban.Direction);
    }

    [Fact]
    public void TechnologyBan_DifferentLegalBasis_AreNotEqual() =>
        Assert.NotEqual(new TechnologyBan([TechnologyDomain.Nuclear], legalBasis: "UNSCR 1718"), new TechnologyBan([TechnologyDomain.Nuclear]));

    [Fact]
    public void FinancialMeasure_UndefinedRestriction_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialMeasure((FinancialMeasureKind)99));

    [Fact]
    public void ResourceCap_WithoutCap_IsABan()
    {
        Assert.True(new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget).IsBan);
        Assert.False(new ResourceCap(ResourceKind.RefinedPetroleum, EmbargoDirection.SupplyToTarget, new Quantity(Estimate.Exactly(500_000m), "barrels per year")).IsBan);
    }

    [Fact]
    public void LegalBasis_BlankIsNull_OtherwiseTrimmed()
    {
        Assert.Null(new WorkerBan("  ").LegalBasis);
        Assert.Equal("UNSCR 2397 (2017)", new WorkerBan(" UNSCR 2397 (2017) ").LegalBasis);
    }

    [Fact]
    public void ToString_ResourceCap_ShowsCapAndBasis() =>
        Assert.Equal(
            "resource cap RefinedPetroleum [SupplyToTarget]: 500,000 barrels per year (UNSCR 2397 (2017))",
            new ResourceCap(ResourceKind.RefinedPetroleum, EmbargoDirection.SupplyToTarget, new Quantity(Estimate.Exactly(500_000m), "barrels per year"), "UNSCR 2397 (2017)").ToString());
}
