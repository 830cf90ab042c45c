using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Transfers;

public class TransferTests
{
    private static readonly TransferItem ShellsItem = new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers"));

    [Fact]
    public void Constructor_DefaultId_Throws() =>
        Assert.Throws<ArgumentException>(() => new Transfer(default, Prk, Rus, new DatePeriod(new PartialDate(2023)), TransferStatus.Ongoing, ShellsItem, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_DefaultSupplier_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Transfer(new TransferId("t"), default, Rus, new DatePeriod(new PartialDate(2023)), TransferStatus.Ongoing, ShellsItem, Evidence.Unsourced(Confidence.Reported)));
        Assert.Equal("supplier", exception.ParamName);
    }

    [Fact]
    public void Constructor_DefaultPeriodStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new Transfer(new TransferId("t"), Prk, Rus, default, TransferStatus.Ongoing, ShellsItem, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_UndefinedStatus_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Transfer(new TransferId("t"), Prk, Rus, new DatePeriod(new PartialDate(2023)), (TransferStatus)9, ShellsItem, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void Constructor_NullItem_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new Transfer(new TransferId("t"), Prk, Rus, new DatePeriod(new PartialDate(2023)), TransferStatus.Ongoing, null!, Evidence.Unsourced(Confidence.Reported)));

    [Fact]
    public void ArticleFact_Troops_OverTenThousandFromOctober2024ConfirmedByThePentagon()
    {
        var troops = Troops;
        Assert.Equal((Prk, Rus), (troops.Supplier, troops.Recipient));
        Assert.Equal(new PartialDate(2024, 10), troops.Period.Start);
        Assert.True(troops.Period.IsOpen);
        var personnel = Assert.IsType<PersonnelItem>(troops.Item);
        Assert.Equal(Estimate.Over(10_000m), personnel.Count);
        Assert.True(personnel.InSupportOfOperations);
        Assert.Equal(Kursk, personnel.DeploymentLocation);
        Assert.Equal(Confidence.Confirmed, troops.Evidence.Confidence);
        Assert.Equal("US Department of Defense", Assert.Single(troops.Evidence.Sources).Publisher);
        Assert.True(troops.Evidence.IsAdmittedBy(ConfidenceExtensions.DefaultMinimum));
    }

    [Fact]
    public void ArticleFact_Shells_ThousandsOfContainersFromSeptember2023Reported()
    {
        var munitions = Assert.IsType<MunitionsItem>(Shells.Item);
        Assert.Equal(MunitionsCategory.ArtilleryShells, munitions.Category);
        Assert.Equal("thousands of containers", munitions.Quantity.ToString());
        Assert.Equal(new PartialDate(2023, 9), Shells.Period.Start);
        Assert.Equal(Confidence.Reported, Shells.Evidence.Confidence);
    }

    [Fact]
    public void ArticleFact_Cash_UnknownAmountAssessedNotAdmittedByDefault()
    {
        var money = Assert.IsType<MoneyItem>(Cash.Item);
        Assert.True(money.Money.Amount.IsUnknown);
        Assert.Equal((Rus, Prk), (Cash.Supplier, Cash.Recipient));
        Assert.False(Cash.Evidence.IsAdmittedBy(ConfidenceExtensions.DefaultMinimum));
        Assert.True(Cash.Evidence.IsAdmittedBy(Confidence.Assessed));
    }

    [Fact]
    public void ArticleFact_MissileTechnology_PotentialAdmittedOnlyAtPotential()
    {
        var technology = Assert.IsType<TechnologyItem>(MissileTechnology.Item);
        Assert.Equal(TechnologyDomain.BallisticMissiles, technology.Domain);
        Assert.False(MissileTechnology.Evidence.IsAdmittedBy(Confidence.Alleged));
        Assert.True(MissileTechnology.Evidence.IsAdmittedBy(Confidence.Potential));
    }

    [Fact]
    public void IsBetween_EitherDirection_IsTrue()
    {
        Assert.True(Troops.IsBetween(Rus, Prk));
        Assert.True(Troops.IsBetween(Prk, Rus));
        Assert.False(Troops.IsBetween(Prk, Kor));
    }

    [Fact]
    public void Equality_SameFacts_AreEqual() => Assert.Equal(Troops, Troops);

    [Fact]
    public void ToString_NamesTheFlow() =>
        Assert.Equal(
            "prk-rus-troops: PRK -> RUS, 2024-10/.., Ongoing, personnel: over 10,000 CombatTroops at KURSK, in support of operations [Confirmed]",
            Troops.ToString());
}
