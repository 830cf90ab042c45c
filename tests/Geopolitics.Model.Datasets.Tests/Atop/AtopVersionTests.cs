using Geopolitics.Model.Datasets.Atop;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopVersionTests
{
    [Theory]
    [InlineData("5.1", 2018)]
    [InlineData(" 4.01 ", 2016)]
    public void FromName_KnownVersion_GivesItsCoverageEnd(string name, int year)
    {
        Assert.Equal(new LocalDate(year, 12, 31), AtopVersion.FromName(name)!.CoverageEnd);
    }

    [Theory]
    [InlineData("5.0999999")]
    [InlineData("4")]
    [InlineData("")]
    [InlineData(null)]
    public void FromName_UnknownVersion_IsNull(string? name)
    {
        Assert.Null(AtopVersion.FromName(name));
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new AtopVersion(" ", new LocalDate(2018, 12, 31)));
    }

    [Fact]
    public void ToString_Version_NamesItAndItsCoverage()
    {
        Assert.Equal("ATOP 5.1 (to 2018-12-31)", AtopVersion.V51.ToString());
    }
}
