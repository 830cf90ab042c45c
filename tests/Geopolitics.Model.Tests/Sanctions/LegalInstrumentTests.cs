using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Tests.Sanctions;

public class LegalInstrumentTests
{
    [Fact]
    public void Constructor_BlankName_Throws() => Assert.ThrowsAny<ArgumentException>(() => new LegalInstrument(""));

    [Fact]
    public void Constructor_DefaultAdoptionDate_Throws() =>
        Assert.Throws<ArgumentException>(() => new LegalInstrument("UNSCR 1718 (2006)", default(PartialDate)));

    [Fact]
    public void ToString_WithDate_SaysWhenAdopted() =>
        Assert.Equal("UNSCR 1718 (2006), adopted 2006-10-14", new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006, 10, 14)).ToString());

    [Fact]
    public void Equality_IsByValue() =>
        Assert.Equal(new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006)), new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006)));
}
