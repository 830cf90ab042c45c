using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Tests.Provenance;

public class ExternalReferenceTests
{
    [Fact]
    public void Constructor_ValidParts_KeepsThem()
    {
        var reference = new ExternalReference("ATOP", "3456");

        Assert.Equal("ATOP", reference.Dataset);
        Assert.Equal("3456", reference.Id);
        Assert.Equal("ATOP:3456", reference.ToString());
        Assert.Equal(new ExternalReference("ATOP", "3456"), reference);
    }

    [Theory]
    [InlineData("", "1", "dataset")]
    [InlineData("COW", " ", "id")]
    public void Constructor_BlankPart_Throws(string dataset, string id, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new ExternalReference(dataset, id)).ParamName);
    }
}
