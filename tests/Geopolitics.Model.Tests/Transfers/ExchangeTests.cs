using System.Collections.Immutable;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Transfers;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Transfers;

public class ExchangeTests
{
    [Fact]
    public void ArticleFact_MunitionsForTechnologyAndCash_LinksThreeLegs() =>
        Assert.Equal<TransferId>([Shells.Id, Cash.Id, MissileTechnology.Id], MunitionsForTechnologyAndCash.Transfers);

    [Fact]
    public void Constructor_DefaultArray_IsEmpty() =>
        Assert.Empty(new Exchange(new ExchangeId("x"), default, Evidence.Unsourced(Confidence.Assessed)).Transfers);

    [Fact]
    public void Constructor_DefaultTransferId_Throws() =>
        Assert.Throws<ArgumentException>(() => new Exchange(new ExchangeId("x"), [default], Evidence.Unsourced(Confidence.Assessed)));

    [Fact]
    public void Equality_ComparesTransfersBySequence()
    {
        var evidence = Evidence.Unsourced(Confidence.Assessed);
        var first = new Exchange(new ExchangeId("x"), ImmutableArray.Create(new TransferId("a"), new TransferId("b")), evidence);
        var same = new Exchange(new ExchangeId("x"), [new TransferId("a"), new TransferId("b")], evidence);
        var reordered = new Exchange(new ExchangeId("x"), [new TransferId("b"), new TransferId("a")], evidence);
        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, reordered);
    }

    [Fact]
    public void ToString_ListsTheLegs() =>
        Assert.Equal("munitions-for-tech-and-cash: prk-rus-shells + rus-prk-cash + rus-prk-missile-tech [Assessed]", MunitionsForTechnologyAndCash.ToString());
}
