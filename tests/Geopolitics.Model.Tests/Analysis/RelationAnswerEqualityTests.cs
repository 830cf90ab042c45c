using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Analysis.Partnership;
using Geopolitics.Model.Time;
using Geopolitics.Model.Tests.Analysis.Defence;
using Geopolitics.Model.Tests.Generators;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis;

/// <summary>
/// The answers of alignment, partnership and the timeline compare by value, member by member
/// (<see cref="ValueEquality"/>): answers computed from the seed scenario, one changed in one member at a time.
/// </summary>
public class RelationAnswerEqualityTests
{
    private static readonly LocalDate Day20241204 = new(2024, 12, 4);
    private static readonly LocalDate Day20230101 = new(2023, 1, 1);

    private static AlignmentAnalysis Alignment => new(BuiltInScenarios.RussiaDprk2024);

    private static PartnershipAnalysis Partnership => new(BuiltInScenarios.RussiaDprk2024);

    [Fact]
    public void AlignmentBlocs_CompareEveryMember()
    {
        ValueEquality.AssertMemberwise(Alignment.Blocs(Day20241204), Alignment.Blocs(Day20230101, Confidence.Alleged, threshold: 0.9),
            "_facts", nameof(AlignmentBlocs.PossibleLinks)); // the facts are gathered when read; the possible links are the links of unknown outcome
    }

    [Fact]
    public void AlignmentBloc_ComparesEveryMember()
    {
        var blocs = Alignment.Blocs(Day20241204, Confidence.Alleged).Blocs;
        ValueEquality.AssertMemberwise(blocs[0], blocs[^1], nameof(AlignmentBloc.IsClique), nameof(AlignmentBloc.WeakestScore)); // follow from the links
    }

    [Fact]
    public void AlignmentLink_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(Alignment.Link(Rus, Prk, Day20241204).AsT0, Alignment.Link(Kor, Usa, Day20230101, Confidence.Alleged).AsT0,
            "_explainer", "_facts", "_reason"); // the facts and the reason, written when first read
    }

    [Fact]
    public void StanceSimilarity_ComparesEveryMember()
    {
        // KOR's stance known only to the month, an alleged one of JPN and one target both support: undecided within the
        // month, one ignored, one compared.
        var issue = new IssueTarget("Kursk offensive");
        var scenario = PartnershipExamples.Build(builder => builder
            .AddStance(PartnershipExamples.Stance("a", Kor, issue, StancePosition.Condemns, new PartialDate(2024, 6)))
            .AddStance(PartnershipExamples.Stance("b", Jpn, issue, StancePosition.Condemns, new PartialDate(2024, 1, 1)))
            .AddStance(PartnershipExamples.Stance("c", Jpn, new ActorTarget(Prk), StancePosition.Condemns, new PartialDate(2024, 1, 1), Confidence.Alleged))
            .AddStance(PartnershipExamples.Stance("d", Kor, new ActorTarget(Ukr), StancePosition.Supports, new PartialDate(2024, 1, 1)))
            .AddStance(PartnershipExamples.Stance("e", Jpn, new ActorTarget(Ukr), StancePosition.Supports, new PartialDate(2024, 1, 1))));
        var undecided = new AlignmentAnalysis(scenario).CompareStances(Kor, Jpn, new LocalDate(2024, 6, 15)).AsT0;
        Assert.NotEmpty(undecided.UndecidedTargets);
        Assert.NotEmpty(undecided.IgnoredFacts);

        ValueEquality.AssertMemberwise(undecided, Alignment.CompareStances(Kor, Usa, Day20230101, Confidence.Alleged).AsT0,
            nameof(StanceSimilarity.Score), nameof(StanceSimilarity.Facts)); // follow from the comparisons
    }

    [Fact]
    public void PortfolioSimilarity_ComparesEveryMember()
    {
        // The pact resting on an alleged signature is left out at the default minimum.
        var withIgnored = new AlignmentAnalysis(DefenceAnalysisSetAsideTests.Scenario()).ComparePortfolios(Rus, Prk, new LocalDate(2021, 1, 1)).AsT0;
        Assert.NotEmpty(withIgnored.IgnoredFacts);
        ValueEquality.AssertMemberwise(withIgnored, Alignment.ComparePortfolios(Kor, Usa, Day20230101, Confidence.Alleged).AsT0,
            nameof(PortfolioSimilarity.Low), nameof(PortfolioSimilarity.High)); // follow from the entries
    }

    [Fact]
    public void PartnershipProfile_ComparesEveryMember()
    {
        ValueEquality.AssertMemberwise(Partnership.Profile(Rus, Prk, Day20241204).AsT0, Partnership.Profile(Kor, Usa, Day20230101, Confidence.Alleged).AsT0,
            nameof(PartnershipProfile.CertainStage), nameof(PartnershipProfile.PossibleStage), nameof(PartnershipProfile.Facts),
            nameof(PartnershipProfile.Explanation)); // follow from the indicators
    }

    [Fact]
    public void PartnershipIndicator_ComparesEveryMember()
    {
        var indicators = Partnership.Profile(Rus, Prk, Day20241204).AsT0.Indicators;
        ValueEquality.AssertMemberwise(indicators[0], indicators[^1]);
    }

    [Fact]
    public void PartnershipTimeline_ComparesEveryMember()
    {
        var timeline = Partnership.Timeline(Rus, Prk, Day20230101, Day20241204).AsT0;
        ValueEquality.AssertMemberwise(timeline, Partnership.Timeline(Kor, Usa, new LocalDate(2020, 1, 1), Day20230101, Confidence.Alleged).AsT0);
        ValueEquality.AssertMemberwise(timeline.Changes[0], timeline.Changes[^1]);
    }

    [Fact]
    public void TimelineReport_ComparesEveryMember()
    {
        var analysis = new TimelineAnalysis(BuiltInScenarios.RussiaDprk2024);
        var report = analysis.Query(Rus, Day20230101, new LocalDate(2024, 10, 15)).AsT0;

        ValueEquality.AssertMemberwise(report, analysis.Query(Prk, new LocalDate(2020, 1, 1), Day20241204, Confidence.Alleged).AsT0);
        ValueEquality.AssertMemberwise(report.Entries[0], report.Entries[^1]);
    }
}
