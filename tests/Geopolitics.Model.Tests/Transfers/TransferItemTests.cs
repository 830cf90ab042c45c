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
    public void MatchAndSwitch_EachItem_CallItsOwnHandler(TransferItem item, TransferItemKind kind)
    {
        var handled = item.Match(
            _ => TransferItemKind.Munitions,
            _ => TransferItemKind.WeaponSystems,
            _ => TransferItemKind.Technology,
            _ => TransferItemKind.Money,
            _ => TransferItemKind.Personnel,
            _ => TransferItemKind.Resources);
        var switched = new List<(TransferItemKind, TransferItem)>();
        item.Switch(
            i => switched.Add((TransferItemKind.Munitions, i)),
            i => switched.Add((TransferItemKind.WeaponSystems, i)),
            i => switched.Add((TransferItemKind.Technology, i)),
            i => switched.Add((TransferItemKind.Money, i)),
            i => switched.Add((TransferItemKind.Personnel, i)),
            i => switched.Add((TransferItemKind.Resources, i)));

        Assert.Equal(kind, handled);
        Assert.Equal([(kind, item)], switched);
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

    [Theory]
    [InlineData(-0.5, 0, 0, "tivPerUnit")]
    [InlineData(0, -1, 0, "tivOrder")]
    [InlineData(0, 0, -0.001, "tivDelivered")]
    public void WeaponSystemsItem_NegativeTiv_ThrowsNamingIt(double perUnit, double order, double delivered, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WeaponSystemsItem("KN-23", tivPerUnit: (decimal)perUnit, tivOrder: (decimal)order, tivDelivered: (decimal)delivered));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void WeaponSystemsItem_ZeroTiv_IsKept()
    {
        var item = new WeaponSystemsItem("KN-23", tivPerUnit: 0m, tivOrder: 0m, tivDelivered: 0m);

        Assert.Equal((0m, 0m, 0m), (item.TivPerUnit, item.TivOrder, item.TivDelivered));
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

    public static TheoryData<TransferItem, string> TextTable => new()
    {
        { new MunitionsItem(MunitionsCategory.ArtilleryShells, Containers), "munitions (ArtilleryShells): thousands of containers" },
        { new MunitionsItem(MunitionsCategory.ArtilleryShells, Containers, "152 mm"), "munitions (ArtilleryShells, 152 mm): thousands of containers" },
        { new ResourcesItem(ResourceKind.Oil, new Quantity(Estimate.About(1_000_000m), "barrels")), "resources (Oil): about 1,000,000 barrels" },
        { new ResourcesItem(ResourceKind.Oil, new Quantity(Estimate.About(1_000_000m), "barrels"), "refined"), "resources (Oil, refined): about 1,000,000 barrels" },
        { new TechnologyItem(TechnologyDomain.BallisticMissiles, TechnologyForm.KnowHow), "technology BallisticMissiles (KnowHow)" },
        { new TechnologyItem(TechnologyDomain.BallisticMissiles, TechnologyForm.KnowHow, "re-entry"), "technology BallisticMissiles (KnowHow): re-entry" },
        { new WeaponSystemsItem("KN-23"), "weapon systems KN-23" },
        { new WeaponSystemsItem("KN-23", "Missiles", numberDelivered: Estimate.Over(20m)), "weapon systems KN-23 (Missiles): delivered over 20" },
        { new PersonnelItem(Estimate.Exactly(5m), PersonnelRole.Advisers), "personnel: 5 Advisers" },
    };

    [Theory]
    [MemberData(nameof(TextTable))]
    public void ToString_EachItem_DescribesItWithWhatIsKnown(TransferItem item, string expected) => Assert.Equal(expected, item.ToString());

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
