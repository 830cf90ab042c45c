using Geopolitics.Model.Errors;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Tests.Errors;

public class ErrorPathTests
{
    [Fact]
    public void DocumentPath_IsWrittenFromTheDollarInJsonPathStyle()
    {
        var path = ErrorPath.DocumentRoot.Member("treaties").Element(0).Member("parties").Element(1).Member("consent");

        Assert.Equal("$.treaties[0].parties[1].consent", path.ToString());
        Assert.Equal(5, path.Segments.Length);
        Assert.Equal(PathSegmentKind.Element, path.Segments[3].Kind);
        Assert.Equal(1, path.Segments[3].Index);
    }

    [Fact]
    public void ObjectGraphPath_IsWrittenWithoutARoot() =>
        Assert.Equal("Treaties[0].Parties[1]", ErrorPath.OfMember("Treaties").Element(0).Member("Parties").Element(1).ToString());

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("$schema", "$.$schema")]
    [InlineData("a b", "$['a b']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("", "$['']")]
    public void MemberName_IsDottedOrBracketed(string name, string expected) =>
        Assert.Equal(expected, ErrorPath.DocumentRoot.Member(name).ToString());

    public static TheoryData<ErrorLocation, string> Locations => new()
    {
        { ErrorLocation.None, "" },
        { new ErrorLocation("scenario.json"), "scenario.json" },
        { new ErrorLocation("scenario.json", 12, 5, Path: ErrorPath.DocumentRoot.Member("treaties").Element(0)), "scenario.json(12,5): $.treaties[0]" },
        { new ErrorLocation("scenario.json", 12), "scenario.json(12)" },
        { new ErrorLocation("atop.csv", Row: 7, Path: ErrorPath.OfMember("defense")), "atop.csv[row 7]: defense" },
        { new ErrorLocation(Line: 3, Row: 7), "(3)" },
        { ErrorLocation.AtPath(ErrorPath.OfMember("Treaties").Element(1)), "Treaties[1]" },
        { ErrorLocation.AtPath(ErrorPath.Root), "" },
    };

    [Theory]
    [MemberData(nameof(Locations))]
    public void ErrorLocation_ToString_JoinsWhatIsKnown(ErrorLocation location, string expected) =>
        Assert.Equal(expected, location.ToString());

    [Fact]
    public void Key_IsBracketedEvenWhenItIsAnIdentifier() =>
        Assert.Equal("Actors['KOR']", ErrorPath.OfMember("Actors").Key("KOR").ToString());

    [Fact]
    public void Parent_DropsTheLastSegment_AndARootHasNone()
    {
        var path = ErrorPath.DocumentRoot.Member("a").Member("x.y[2]");

        Assert.Equal(ErrorPath.DocumentRoot.Member("a"), path.Parent);
        Assert.Equal(ErrorPath.DocumentRoot, path.Parent!.Parent);
        Assert.Null(ErrorPath.DocumentRoot.Parent);
    }

    [Fact]
    public void Equality_ComparesSegmentsAndTheKindOfRoot()
    {
        Assert.Equal(ErrorPath.OfMember("name"), ErrorPath.Root.Member("name"));
        Assert.Equal(ErrorPath.OfMember("name").GetHashCode(), ErrorPath.Root.Member("name").GetHashCode());
        Assert.NotEqual(ErrorPath.DocumentRoot.Member("name"), ErrorPath.Root.Member("name"));
        Assert.NotEqual(ErrorPath.OfMember("name").Element(0), ErrorPath.OfMember("name").Key("0"));
    }

    [Fact]
    public void ConcatAndStartsWith_WorkOnSegments()
    {
        var treaty = ErrorPath.OfMember("Treaties").Element(3);
        var path = treaty.Concat(ErrorPath.OfMember("Parties").Element(0));

        Assert.Equal("Treaties[3].Parties[0]", path.ToString());
        Assert.True(path.StartsWith(treaty));
        Assert.False(treaty.StartsWith(path));
        Assert.False(path.StartsWith(ErrorPath.OfMember("Treaties").Element(30)));
    }

    [Theory]
    [InlineData("Treaties[0].Parties[1].Consent.Date", "Treaties[0].Parties[1].Consent.Date", 6)]
    [InlineData("Supersedes[2]", "Supersedes[2]", 2)]
    [InlineData("Name", "Name", 1)]
    [InlineData("", "", 0)]
    [InlineData("Grid[1][2]", "Grid[1][2]", 3)]
    public void PropertyChain_OfFluentValidation_BecomesSegments(string chain, string expected, int segments)
    {
        var path = ModelValidation.PathOf(chain);

        Assert.Equal(expected, path.ToString());
        Assert.Equal(segments, path.Segments.Length);
    }

    [Fact]
    public void Segment_FactoriesRefuseWhatNoPathHolds()
    {
        Assert.Throws<ArgumentNullException>(() => PathSegment.Member(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathSegment.Element(-1));
        Assert.Throws<ArgumentNullException>(() => PathSegment.Key(null!));
    }
}
