using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis;

/// <summary>
/// The answers of the analyses on pacts to which every state of the catalogue is party (issue "Reliability, round two",
/// bounded cost): the answers a pair list would give, derived from each treaty's party set.
/// </summary>
public class ManyPartyTreatyTests
{
    private static readonly ActorId Usa = new("USA");
    private static readonly ActorId Fra = new("FRA");
    private static readonly ActorId Nzl = new("NZL");
    private static readonly LocalDate Day2020 = new(2020, 1, 1);
    private readonly Scenario _three = ManyPartyScenario.Build(3);
    private readonly Scenario _withoutNzl = ManyPartyScenario.Build(2, Nzl);

    [Fact]
    public void Catalogue_HoldsAbout196States()
    {
        Assert.InRange(ManyPartyScenario.States.Length, 190, 200);
        Assert.Contains(Usa, ManyPartyScenario.States);
    }

    [Fact]
    public void Defenders_VictimOfEveryPact_EveryOtherStateOncePerPact()
    {
        var answer = new DefenceAnalysis(_three).Defenders(Usa, Day2020).AsT0;

        Assert.Equal(ManyPartyScenario.States.Where(s => s != Usa).Order(), answer.Defenders.ToArray());
        Assert.Equal(3 * (ManyPartyScenario.States.Length - 1), answer.Obligations.Length);
        Assert.All(answer.Obligations, o => Assert.True(o.Applies.IsTrue));

        // In the scenario's order of treaties within each guarantor.
        Assert.Equal(["pact-0", "pact-1", "pact-2"], answer.Obligations.Where(o => o.Guarantor == Fra).Select(o => o.Treaty.Value));
    }

    [Fact]
    public void DefendersOf_VictimOfEveryPact_AgreesWithDefenders()
    {
        var analysis = new DefenceAnalysis(_three);

        Assert.Equal(analysis.Defenders(Fra, Day2020).AsT0.Defenders.ToArray(), analysis.DefendersOf(Fra, Day2020).AsT0.ToArray());
        Assert.Empty(analysis.DefendersOf(Fra, new LocalDate(1949, 12, 31)).AsT0);
    }

    [Fact]
    public void Defenders_StateThatWithdrewFromEveryPact_NoOneAndOwesNoOne()
    {
        var analysis = new DefenceAnalysis(_withoutNzl);

        Assert.Empty(analysis.Defenders(Nzl, Day2020).AsT0.Defenders);
        Assert.DoesNotContain(Nzl, analysis.Defenders(Usa, Day2020).AsT0.Defenders);
        Assert.Equal(ManyPartyScenario.States.Length - 2, analysis.DefendersOf(Usa, Day2020).AsT0.Length);

        // Before the withdrawal took effect it was bound like every other party.
        Assert.Contains(Nzl, analysis.DefendersOf(Usa, new LocalDate(1999, 6, 1)).AsT0);
    }

    [Fact]
    public void Network_EveryPact_EveryOrderedPairOnce()
    {
        var network = new DefenceAnalysis(_three).Network(Day2020);
        var n = ManyPartyScenario.States.Length;

        Assert.Equal(3 * n * (n - 1), network.Edges.Length);
        Assert.Equal(n, network.Nodes.Length);
    }

    [Fact]
    public void Blocs_EveryStateInEveryPact_OneBlocOfAll()
    {
        var blocs = new AlignmentAnalysis(_three).Blocs(Day2020);
        var n = ManyPartyScenario.States.Length;

        var bloc = Assert.Single(blocs.Blocs);
        Assert.Equal(ManyPartyScenario.States.Order(), bloc.Members.ToArray());
        Assert.Empty(blocs.Unaligned);
        Assert.Equal(n * (n - 1) / 2, blocs.Links.Length);
        Assert.All(blocs.Links, link => Assert.Equal((AlignmentBasis.Portfolio, 1.0), (link.Basis, link.Score!.Value)));
    }

    [Fact]
    public void Blocs_StateThatWithdrew_UnalignedAndTheRestOneBloc()
    {
        var analysis = new AlignmentAnalysis(_withoutNzl);
        var blocs = analysis.Blocs(Day2020);

        Assert.Equal([Nzl], blocs.Unaligned.ToArray());
        Assert.Equal(ManyPartyScenario.States.Length - 1, Assert.Single(blocs.Blocs).Members.Length);
        Assert.Null(blocs.LinkBetween(Nzl, Usa));

        // Two states tied to every state but NZL have equal portfolios: NZL's entry is 0 for both.
        Assert.Equal(1.0, blocs.LinkBetween(Usa, Fra)!.Score);
        Assert.Equal(blocs.Blocs.Select(b => b.Members.ToArray()), analysis.BlocMembers(Day2020).Select(m => m.ToArray()));
    }

    [Fact]
    public void Blocs_Link_FactsAsLinkGivesThem()
    {
        var analysis = new AlignmentAnalysis(_three);
        var fromBlocs = analysis.Blocs(Day2020).LinkBetween(Fra, Usa)!;
        var alone = analysis.Link(Fra, Usa, Day2020).AsT0;

        Assert.Equal(alone, fromBlocs);
        Assert.Equal(alone.Facts.ToArray(), fromBlocs.Facts.ToArray());
        Assert.Equal(3, alone.Facts.Count(f => f.Kind == FactKind.Clause));
        Assert.Contains(alone.Facts, f => f.Kind == FactKind.TreatyStep && f.Path.Contains("Parties[", StringComparison.Ordinal));
    }

    [Fact]
    public void ComparePortfolios_TwoOfEveryPact_EveryEntryTied()
    {
        var portfolio = new AlignmentAnalysis(_three).ComparePortfolios(Usa, Fra, Day2020).AsT0;

        Assert.Equal(1.0, portfolio.Score);
        Assert.Equal(ManyPartyScenario.States.Length, portfolio.Entries.Length);
        Assert.All(portfolio.Entries, e => Assert.True(e.FirstTie.IsTrue && e.SecondTie.IsTrue));
    }

    [Fact]
    public void PartnershipProfile_TwoOfEveryPact_Allied()
    {
        var profile = new PartnershipAnalysis(_three).Profile(Usa, Fra, Day2020).AsT0;

        Assert.Equal(PartnershipStage.Allied, profile.CertainStage);
    }
}
