using Geopolitics.Model.Places;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class ClauseConditionsTests
{
    public static TheoryData<ClauseConditions, bool> UnconditionalTable => new()
    {
        { ClauseConditions.None, true },
        { new ClauseConditions(geographicScope: new GeographicScope()), true },
        { new ClauseConditions([Chn]), false },
        { new ClauseConditions(geographicScope: new GeographicScope([Jpn])), false },
        { new ClauseConditions(geographicScope: new GeographicScope(regions: [Pacific])), false },
        { new ClauseConditions(geographicScope: new GeographicScope(description: "Europe or North America")), false },
        { new ClauseConditions(geographicScope: new GeographicScope(null, null, [new PlaceId("GREENLAND")], null)), false },
        { new ClauseConditions(nonProvocation: true), false },
    };

    [Theory]
    [MemberData(nameof(UnconditionalTable))]
    public void IsUnconditional_Table(ClauseConditions conditions, bool expected)
    {
        Assert.Equal(expected, conditions.IsUnconditional);
    }

    [Fact]
    public void Equals_SameContent_EqualAndSameHash()
    {
        var left = new ClauseConditions([Chn], new GeographicScope([Usa, Kor], [Pacific], "Pacific area"), nonProvocation: true);
        var right = new ClauseConditions([Chn], new GeographicScope([Usa, Kor], [Pacific], "Pacific area"), nonProvocation: true);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new ClauseConditions([Chn], new GeographicScope([Kor, Usa], [Pacific], "Pacific area"), nonProvocation: true));
    }

    [Fact]
    public void ToString_AllConditions_Listed()
    {
        var conditions = new ClauseConditions([Chn], new GeographicScope([Usa, Kor], [Pacific]), nonProvocation: true);

        Assert.Equal("against CHN; administered by USA, KOR; in PACIFIC; unprovoked", conditions.ToString());
        Assert.Equal("unconditional", ClauseConditions.None.ToString());
    }
}
