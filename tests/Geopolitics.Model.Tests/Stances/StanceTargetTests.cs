using System.Reflection;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Stances;

public class StanceTargetTests
{
    public static TheoryData<StanceTarget, StanceTargetKind> TargetsAndKinds => new()
    {
        { new ActorTarget(Prk), StanceTargetKind.Actor },
        { new ActorsTarget([Rus, Prk]), StanceTargetKind.Actors },
        { new TreatyTarget(new TreatyId("rus-prk-2024")), StanceTargetKind.Treaty },
        { new TransferTarget(new TransferId("prk-rus-shells")), StanceTargetKind.Transfer },
        { new IssueTarget("dprk-missile-testing"), StanceTargetKind.Issue },
        { new ResolutionTarget(3, 1, new NodaTime.LocalDate(1946, 1, 1), "R/1/66"), StanceTargetKind.Resolution },
    };

    [Theory]
    [MemberData(nameof(TargetsAndKinds))]
    public void MatchAndSwitch_EachTarget_CallItsOwnHandler(StanceTarget target, StanceTargetKind kind)
    {
        var switched = new List<(StanceTargetKind, StanceTarget)>();
        target.Switch(
            t => switched.Add((StanceTargetKind.Actor, t)),
            t => switched.Add((StanceTargetKind.Actors, t)),
            t => switched.Add((StanceTargetKind.Treaty, t)),
            t => switched.Add((StanceTargetKind.Transfer, t)),
            t => switched.Add((StanceTargetKind.Issue, t)),
            t => switched.Add((StanceTargetKind.Resolution, t)));

        Assert.Equal(kind, target.Kind);
        Assert.Equal(kind, target.Match(
            _ => StanceTargetKind.Actor,
            _ => StanceTargetKind.Actors,
            _ => StanceTargetKind.Treaty,
            _ => StanceTargetKind.Transfer,
            _ => StanceTargetKind.Issue,
            _ => StanceTargetKind.Resolution));
        Assert.Equal([(kind, target)], switched);
    }

    [Fact]
    public void Union_IsClosed()
    {
        var subtypes = typeof(StanceTarget).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(StanceTarget))).ToList();
        Assert.Equal(Enum.GetValues<StanceTargetKind>().Length, subtypes.Count);
        Assert.All(subtypes, type => Assert.True(type.IsSealed));
        var kindCore = typeof(StanceTarget).GetProperty("KindCore", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(kindCore.GetMethod!.IsAbstract && kindCore.GetMethod.IsFamilyAndAssembly);
    }

    [Fact]
    public void ActorsTarget_OrderDoesNotMatter()
    {
        var first = new ActorsTarget([Rus, Prk]);
        var second = new ActorsTarget([Prk, Rus, Prk]);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal<Model.Actors.ActorId>([Prk, Rus], first.Actors);
    }

    [Fact]
    public void ActorsTarget_DifferentGroups_AreNotEqual() =>
        Assert.NotEqual(new ActorsTarget([Rus, Prk]), new ActorsTarget([Rus, Prk, Chn]));

    [Fact]
    public void ActorsTarget_FewerThanTwoDistinctActors_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ActorsTarget([Rus, Rus]));
        Assert.Equal("actors", error.ParamName);
        Assert.StartsWith("A group target needs at least 2 distinct actors; got 1.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ActorsTarget([]));
        Assert.Throws<ArgumentException>(() => new ActorsTarget(default));
    }

    [Fact]
    public void ActorsTarget_ADefaultId_Throws() =>
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => new ActorsTarget([Rus, default])).ParamName);

    [Fact]
    public void ActorTarget_DefaultId_Throws() => Assert.Throws<ArgumentException>(() => new ActorTarget(default));

    [Fact]
    public void IssueTarget_Blank_Throws() => Assert.ThrowsAny<ArgumentException>(() => new IssueTarget(" "));

    [Fact]
    public void IssueTarget_IsTrimmedAndComparedByText() =>
        Assert.Equal(new IssueTarget("lethal-aid-ukraine"), new IssueTarget(" lethal-aid-ukraine "));

    [Fact]
    public void DifferentKinds_WithSameText_AreNotEqual() =>
        Assert.NotEqual<StanceTarget>(new ActorTarget(Prk), new IssueTarget("PRK"));

    [Fact]
    public void ResolutionTarget_IssuesAreDistinctSortedAndPartOfEquality()
    {
        var day = new NodaTime.LocalDate(1975, 12, 10);
        var target = new ResolutionTarget(1400, 30, day, " A/RES/3379 ", ["Human rights", "Colonialism", "Human rights"], importantVote: false);

        Assert.Equal(["Colonialism", "Human rights"], target.Issues.ToArray());
        Assert.Equal("A/RES/3379", target.Symbol);
        Assert.Equal(target, new ResolutionTarget(1400, 30, day, "A/RES/3379", ["Colonialism", "Human rights"], importantVote: false));
        Assert.NotEqual(target, new ResolutionTarget(1400, 30, day, "A/RES/3379", ["Colonialism"], importantVote: false));
        Assert.Equal("resolution rc 1400 (A/RES/3379, 1975-12-10)", target.ToString());
    }

    [Fact]
    public void ResolutionTarget_ImpossibleValues_Throw()
    {
        var day = new NodaTime.LocalDate(1975, 12, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResolutionTarget(0, 30, day));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResolutionTarget(1, 0, day));
        Assert.Throws<ArgumentException>(() => new ResolutionTarget(1, 1, default));
        Assert.ThrowsAny<ArgumentException>(() => new ResolutionTarget(1, 1, day, issues: [" "]));
    }
}
