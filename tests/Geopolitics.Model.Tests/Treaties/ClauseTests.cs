using Geopolitics.Model.Actors;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class ClauseTests
{
    private static readonly ActorId[] Trilateral = [Usa, Kor, Jpn];

    [Fact]
    public void GuaranteePairs_Mutual_EveryOrderedPairOfDistinctParties()
    {
        var clause = new ConsultationClause(new ClauseId("c"));

        var pairs = clause.GuaranteePairs(Trilateral);

        Assert.True(clause.IsMutual);
        Assert.Equal(6, pairs.Length);
        Assert.DoesNotContain(pairs, pair => pair.Guarantor == pair.Beneficiary);
        Assert.Contains(new GuaranteePair(Jpn, Usa), pairs);
    }

    [Fact]
    public void GuaranteePairs_OneWay_OnlyFromGuarantorsToBeneficiaries()
    {
        var clause = new MutualDefenceClause(new ClauseId("d"), DefenceTrigger.ArmedAttack, DefenceResponse.ConstitutionalProcesses, guarantors: [Usa], beneficiaries: [Kor, Jpn]);

        Assert.False(clause.IsMutual);
        Assert.Equal<GuaranteePair>([new GuaranteePair(Usa, Kor), new GuaranteePair(Usa, Jpn)], clause.GuaranteePairs(Trilateral));
    }

    [Fact]
    public void GuaranteePairs_OnlyBeneficiariesNamed_AllOtherPartiesGuarantee()
    {
        var clause = new NeutralityClause(new ClauseId("n"), beneficiaries: [Kor]);

        Assert.Equal<GuaranteePair>([new GuaranteePair(Usa, Kor), new GuaranteePair(Jpn, Kor)], clause.GuaranteePairs(Trilateral));
    }

    [Fact]
    public void GuaranteePairs_NonPartyNamed_LeftOut()
    {
        var clause = new MutualDefenceClause(new ClauseId("d"), DefenceTrigger.ArmedAttack, DefenceResponse.Consultation, guarantors: [Usa, Chn], beneficiaries: [Kor]);

        Assert.Equal<GuaranteePair>([new GuaranteePair(Usa, Kor)], clause.GuaranteePairs(Trilateral));
    }

    public static TheoryData<Clause, ClauseKind> KindTable => new()
    {
        { new MutualDefenceClause(new ClauseId("a"), DefenceTrigger.Threat, DefenceResponse.Consultation), ClauseKind.MutualDefence },
        { new OffenceClause(new ClauseId("a")), ClauseKind.Offence },
        { new NeutralityClause(new ClauseId("a")), ClauseKind.Neutrality },
        { new NonAggressionClause(new ClauseId("a")), ClauseKind.NonAggression },
        { new ConsultationClause(new ClauseId("a")), ClauseKind.Consultation },
        { new MilitaryCooperationClause(new ClauseId("a"), MilitaryCooperationForms.Aid), ClauseKind.MilitaryCooperation },
        { new TechnologyTransferClause(new ClauseId("a")), ClauseKind.TechnologyTransfer },
        { new EconomicCooperationClause(new ClauseId("a")), ClauseKind.EconomicCooperation },
        { new NoHostileAlliancesClause(new ClauseId("a")), ClauseKind.NoHostileAlliances },
        { new SanctionsOppositionClause(new ClauseId("a")), ClauseKind.SanctionsOpposition },
    };

    [Theory]
    [MemberData(nameof(KindTable))]
    public void Kind_EachClauseType_NamesItsKind(Clause clause, ClauseKind kind)
    {
        Assert.Equal(kind, clause.Kind);
        Assert.Equal(kind.ToString() + "Clause", clause.GetType().Name);
    }

    [Fact]
    public void Kind_EveryKind_HasOneType()
    {
        Assert.Equal(Enum.GetValues<ClauseKind>().Length, KindTable.Count);
    }

    [Fact]
    public void Equals_SameKindAndContent_Equal()
    {
        Clause left = new TechnologyTransferClause(new ClauseId("t"), [TechnologyDomain.Space, TechnologyDomain.Nuclear], guarantors: [Rus], beneficiaries: [Prk]);
        Clause right = new TechnologyTransferClause(new ClauseId("t"), [TechnologyDomain.Space, TechnologyDomain.Nuclear], guarantors: [Rus], beneficiaries: [Prk]);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentDomains_NotEqual()
    {
        var left = new TechnologyTransferClause(new ClauseId("t"), [TechnologyDomain.Space]);
        var right = new TechnologyTransferClause(new ClauseId("t"), [TechnologyDomain.Nuclear]);

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Equals_DifferentKindsSameBaseMembers_NotEqual()
    {
        Clause offence = new OffenceClause(new ClauseId("a"));
        Clause neutrality = new NeutralityClause(new ClauseId("a"));

        Assert.NotEqual(offence, neutrality);
    }

    [Fact]
    public void Equals_DifferentGuarantors_NotEqual()
    {
        Assert.NotEqual(new NeutralityClause(new ClauseId("a"), guarantors: [Usa]), new NeutralityClause(new ClauseId("a"), guarantors: [Kor]));
    }

    [Fact]
    public void Constructor_UndefinedValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MutualDefenceClause(new ClauseId("a"), (DefenceTrigger)9, DefenceResponse.Consultation));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MutualDefenceClause(new ClauseId("a"), DefenceTrigger.Threat, (DefenceResponse)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MilitaryCooperationClause(new ClauseId("a"), (MilitaryCooperationForms)256));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TechnologyTransferClause(new ClauseId("a"), [(TechnologyDomain)99]));
    }

    [Fact]
    public void Conditions_Omitted_Unconditional()
    {
        Assert.Same(ClauseConditions.None, new OffenceClause(new ClauseId("a")).Conditions);
        Assert.True(RussiaDprk2024().Clauses[0].Conditions.IsUnconditional);
    }

    [Fact]
    public void MutualDefence_UsKorea1953_ExpressesArmedAttackInPacificOnEitherPartysTerritory()
    {
        var clause = Assert.IsType<MutualDefenceClause>(UsaKorea1953().Clauses[0]);

        Assert.Equal(DefenceTrigger.ArmedAttack, clause.Trigger);
        Assert.Equal(DefenceResponse.ConstitutionalProcesses, clause.Response);
        Assert.Equal<Geopolitics.Model.Actors.ActorId>([Usa, Kor], clause.Conditions.GeographicScope!.AdministeredBy);
        Assert.Equal<Geopolitics.Model.Places.PlaceId>([Pacific], clause.Conditions.GeographicScope.Regions);
        Assert.False(clause.Conditions.IsUnconditional);
        Assert.True(clause.IsMutual);
    }

    [Fact]
    public void ToString_MutualDefence_DescribesTriggerResponseDirectionAndConditions()
    {
        Assert.Equal(
            "art4 (Article 4): MutualDefence StateOfWar → ImmediateMilitaryAssistance, mutual, unconditional",
            RussiaDprk2024().Clauses[0].ToString());
        Assert.Equal(
            "art5 (Article V): MutualDefence ArmedAttack → ConstitutionalProcesses, mutual, administered by JPN; \"an armed attack against either Party in the territories under the administration of Japan\"",
            UsaJapan1960().Clauses[0].ToString());
        Assert.Equal(
            "m: MilitaryCooperation Exercises, Training, RUS → all, unconditional",
            new MilitaryCooperationClause(new ClauseId("m"), MilitaryCooperationForms.Exercises | MilitaryCooperationForms.Training, guarantors: [Rus]).ToString());
    }
}
