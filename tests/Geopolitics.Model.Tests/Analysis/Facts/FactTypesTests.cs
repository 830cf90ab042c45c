using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Facts;

/// <summary>The small public types the answers are made of: their value equality and their text.</summary>
public class FactTypesTests
{
    private static TreatyStatusReport SeedTreatyReport() =>
        new StatusAnalysis(BuiltInScenarios.RussiaDprk2024).Evaluate(BuiltInScenarios.RussiaDprk2024.Treaties[0].Id, new LocalDate(2024, 12, 4)).AsT0;

    [Fact]
    public void FactReference_ComparesEveryMember()
    {
        // Every fact reference of the seed's timeline: a sample with every member set, and others that differ.
        FactReference[] facts = [.. new Model.Analysis.Timeline.TimelineAnalysis(BuiltInScenarios.RussiaDprk2024).Query(minimum: Confidence.Potential).AsT0.Entries.Select(entry => entry.Fact)];

        // The hash is computed once and kept; it is not part of the value.
        ValueEquality.AssertMemberwise(facts, "_hash");
    }

    [Fact]
    public void FactReference_Hash_KeptAndEqualForAnEqualCopy()
    {
        var fact = new FactReference(FactKind.Treaty, "t", "Treaties[0]", new PartialDate(2024), Confidence.Reported, "A treaty.");

        Assert.Equal(fact.GetHashCode(), fact.GetHashCode());
        Assert.Equal(fact.GetHashCode(), (fact with { }).GetHashCode());
        Assert.NotEqual(fact, fact with { Description = "Another treaty." });
    }

    [Fact]
    public void TreatyFact_ToString_DescriptionConfidenceAndSources()
    {
        var facts = SeedTreatyReport().Facts;

        Assert.Equal("rus-prk-2024: entry into force on exchange of instruments (2024-12-04). [Confirmed, 2 sources]", facts[0].ToString());
        Assert.Contains(facts, fact => fact.ToString().EndsWith(", 1 source]", StringComparison.Ordinal));
    }

    [Fact]
    public void DyadYearVoteSimilarity_SameStateTwiceOrHigherFirst_Refused()
    {
        var similarity = VoteSimilarity.Of([VoteChoice.Yes], [VoteChoice.Yes]);

        Assert.Equal("second", Assert.Throws<ArgumentException>(() => new DyadYearVoteSimilarity(2, 2, 2000, similarity)).ParamName);
        Assert.Throws<ArgumentException>(() => new DyadYearVoteSimilarity(365, 2, 2000, similarity));
        Assert.Equal(2, new DyadYearVoteSimilarity(2, 365, 2000, similarity).First);
    }
}
