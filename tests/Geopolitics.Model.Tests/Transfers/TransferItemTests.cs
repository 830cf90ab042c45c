using System.Reflection;
using Geopolitics.Model.Places;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Tests.Transfers;

public class TransferItemTests
{
    private static readonly Quantity Containers = new(Estimate.Thousands, "containers");

    public static TheoryData<TransferItem, TransferItemKind> ItemsAndKinds => new()
    {
        { new MunitionsItem(MunitionsCategory.ArtilleryShells, Containers), TransferItemKind.Munitions },
        { new WeaponSystemsItem("KN-23", "Missiles"), TransferItemKind.WeaponSystems },
        { new TechnologyItem(TechnologyDomain.BallisticMissiles, TechnologyForm.KnowHow), TransferItemKind.Technology },
        { new MoneyItem(Money.Unknown(CurrencyCode.Usd)), TransferItemKind.Money },
        { new PersonnelItem(Estimate.Over(10_000m), PersonnelRole.CombatTroops), TransferItemKind.Personnel },
        { new ResourcesItem(ResourceKind.Oil, new Quantity(Estimate.About(1_000_000m), "barrels")), TransferItemKind.Resources },
    };

    [Theory]
    [MemberData(nameof(ItemsAndKinds))]
    public void Kind_EachItem_NamesItsKind(TransferItem item, TransferItemKind kind) => Assert.Equal(kind, item.Kind);

    [Theory]
    [MemberData(nameof(ItemsAndKinds))]
    public void Match_EachItem_CallsItsOwnHandler(TransferItem item, TransferItemKind kind)
    {
        var handled = item.Match(
            _ => TransferItemKind.Munitions,
            _ => TransferItemKind.WeaponSystems,
            _ => TransferItemKind.Technology,
            _ => TransferItemKind.Money,
            _ => TransferItemKind.Personnel,
            _ => TransferItemKind.Resources);
        Assert.Equal(kind, handled);
    }

    [Fact]
    public void Union_IsClosed_SubtypesSealedAndBaseNotConstructibleOutside()
    {
        var subtypes = typeof(TransferItem).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(TransferItem))).ToList();
        Assert.Equal(Enum.GetValues<TransferItemKind>().Length, subtypes.Count);
        Assert.All(subtypes, type => Assert.True(type.IsSealed, $"{type.Name} must be sealed."));

        var constructors = typeof(TransferItem).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        var parameterless = Assert.Single(constructors, constructor => constructor.GetParameters().Length == 0);
        Assert.True(parameterless.IsFamilyAndAssembly, "The constructor must be private protected.");

        // A record's copy constructor is necessarily protected; the private protected abstract member is what stops
        // an outside record from deriving a concrete kind.
        var kindCore = typeof(TransferItem).GetProperty("KindCore", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(kindCore.GetMethod!.IsAbstract && kindCore.GetMethod.IsFamilyAndAssembly);
    }

    [Fact]
    public void MunitionsItem_UndefinedCategory_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MunitionsItem((MunitionsCategory)99, Containers));

    [Fact]
    public void MunitionsItem_NullQuantity_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new MunitionsItem(MunitionsCategory.Rockets, null!));

    [Fact]
    public void MunitionsItem_BlankDescription_IsStoredAsNull() =>
        Assert.Null(new MunitionsItem(MunitionsCategory.Other, Containers, "  ").Description);

    [Fact]
    public void WeaponSystemsItem_BlankDesignation_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new WeaponSystemsItem(" "));

    [Theory]
    [InlineData("tivPerUnit")]
    [InlineData("tivOrder")]
    [InlineData("tivDelivered")]
    public void WeaponSystemsItem_NegativeTiv_Throws(string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => parameter switch
        {
            "tivPerUnit" => new WeaponSystemsItem("T-72", tivPerUnit: -1m),
            "tivOrder" => new WeaponSystemsItem("T-72", tivOrder: -1m),
            _ => new WeaponSystemsItem("T-72", tivDelivered: -1m),
        });
        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void WeaponSystemsItem_SipriFields_AreKept()
    {
        var item = new WeaponSystemsItem("Koksan M-1978", "Artillery", Estimate.Exactly(24m), Estimate.Exactly(12m), 1.5m, 36m, 18m, secondHand: true);
        Assert.Equal(("Koksan M-1978", "Artillery"), (item.Designation, item.SipriCategory));
        Assert.Equal(Estimate.Exactly(24m), item.NumberOrdered);
        Assert.Equal(Estimate.Exactly(12m), item.NumberDelivered);
        Assert.Equal((1.5m, 36m, 18m), (item.TivPerUnit!.Value, item.TivOrder!.Value, item.TivDelivered!.Value));
        Assert.True(item.SecondHand);
        Assert.Equal("weapon systems Koksan M-1978 (Artillery): ordered 24, delivered 12, TIV delivered 18", item.ToString());
    }

    [Fact]
    public void TechnologyItem_UndefinedForm_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TechnologyItem(TechnologyDomain.Nuclear, (TechnologyForm)99));

    [Fact]
    public void MoneyItem_NullMoney_Throws() => Assert.Throws<ArgumentNullException>(() => new MoneyItem(null!));

    [Fact]
    public void PersonnelItem_DefaultPlace_Throws() =>
        Assert.Throws<ArgumentException>(() => new PersonnelItem(Estimate.Exactly(1m), PersonnelRole.Advisers, default(PlaceId)));

    [Fact]
    public void PersonnelItem_UndefinedRole_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonnelItem(Estimate.Exactly(1m), (PersonnelRole)99));

    [Fact]
    public void PersonnelItem_ToString_SaysWhereAndWhy() =>
        Assert.Equal(
            "personnel: over 10,000 CombatTroops at KURSK, in support of operations",
            new PersonnelItem(Estimate.Over(10_000m), PersonnelRole.CombatTroops, new PlaceId("KURSK"), true).ToString());

    [Fact]
    public void ResourcesItem_UndefinedResource_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResourcesItem((ResourceKind)99, Containers));

    [Fact]
    public void Equality_SameKindAndValues_AreEqual()
    {
        Assert.Equal(new MunitionsItem(MunitionsCategory.ArtilleryShells, Containers), new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers")));
        Assert.NotEqual<TransferItem>(new MunitionsItem(MunitionsCategory.ArtilleryShells, Containers), new MunitionsItem(MunitionsCategory.Rockets, Containers));
    }
}
