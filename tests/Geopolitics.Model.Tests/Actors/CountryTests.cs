using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Tests.Actors;

public class CountryTests
{
    [Fact]
    public void Constructor_ValidCodes_KeepsThemAndDerivesId()
    {
        var country = new Country("KP", "PRK", 408, "North Korea", 731, "PRK");

        Assert.Equal("KP", country.Alpha2);
        Assert.Equal("PRK", country.Alpha3);
        Assert.Equal(408, country.Numeric);
        Assert.Equal("North Korea", country.Name);
        Assert.Equal(731, country.CowCode);
        Assert.Equal("PRK", country.CowAbbreviation);
        Assert.Equal(new ActorId("PRK"), country.Id);
    }

    [Fact]
    public void Constructor_NoCowCode_LeavesBothCowMembersNull()
    {
        var country = new Country("PS", "PSE", 275, "Palestine");

        Assert.Null(country.CowCode);
        Assert.Null(country.CowAbbreviation);
    }

    [Theory]
    [InlineData("kp", "PRK", "alpha2")]
    [InlineData("K", "PRK", "alpha2")]
    [InlineData("KPX", "PRK", "alpha2")]
    [InlineData("K1", "PRK", "alpha2")]
    [InlineData("KP", "prk", "alpha3")]
    [InlineData("KP", "PR", "alpha3")]
    [InlineData("KP", "PRKK", "alpha3")]
    public void Constructor_MalformedIsoCode_ThrowsNamingIt(string alpha2, string alpha3, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => new Country(alpha2, alpha3, 408, "North Korea"));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(-4)]
    public void Constructor_NumericOutOfRange_Throws(int numeric)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Country("KP", "PRK", numeric, "North Korea"));

        Assert.Equal("numeric", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_Throws(string name) =>
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new Country("KP", "PRK", 408, name)).ParamName);

    [Fact]
    public void Constructor_CowCodeWithoutAbbreviation_Throws() =>
        Assert.Equal("cowAbbreviation", Assert.Throws<ArgumentException>(() => new Country("KP", "PRK", 408, "North Korea", 731)).ParamName);

    [Fact]
    public void Constructor_AbbreviationWithoutCowCode_Throws() =>
        Assert.Equal("cowAbbreviation", Assert.Throws<ArgumentException>(() => new Country("KP", "PRK", 408, "North Korea", null, "PRK")).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void Constructor_CowCodeOutOfRange_Throws(int cowCode) =>
        Assert.Equal("cowCode", Assert.Throws<ArgumentOutOfRangeException>(() => new Country("KP", "PRK", 408, "North Korea", cowCode, "PRK")).ParamName);

    [Theory]
    [InlineData("prk")]
    [InlineData("PR")]
    public void Constructor_MalformedCowAbbreviation_Throws(string abbreviation) =>
        Assert.Equal("cowAbbreviation", Assert.Throws<ArgumentException>(() => new Country("KP", "PRK", 408, "North Korea", 731, abbreviation)).ParamName);

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var a = new Country("KP", "PRK", 408, "North Korea", 731, "PRK");
        var b = new Country("KP", "PRK", 408, "North Korea", 731, "PRK");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Country("KP", "PRK", 408, "North Korea"));
    }

    [Fact]
    public void ToActor_Country_IsStateActorWithSameIdAndName()
    {
        var actor = new Country("KP", "PRK", 408, "North Korea", 731, "PRK").ToActor();

        Assert.Equal(new Actor(new ActorId("PRK"), ActorKind.State, "North Korea"), actor);
    }

    [Fact]
    public void ToString_WithAndWithoutCow_ShowsCodesWithPaddedNumeric()
    {
        Assert.Equal("AFG/AF/004 Afghanistan (COW 700 AFG)", new Country("AF", "AFG", 4, "Afghanistan", 700, "AFG").ToString());
        Assert.Equal("PSE/PS/275 Palestine", new Country("PS", "PSE", 275, "Palestine").ToString());
    }
}
