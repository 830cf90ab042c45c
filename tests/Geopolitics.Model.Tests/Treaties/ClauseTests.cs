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
        var clause = new ObligationClause(new ClauseId("c"), ClauseKind.Consultation);

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
        var clause = new ObligationClause(new ClauseId("n"), ClauseKind.Neutrality, beneficiaries: [Kor]);

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
        { new ObligationClause(new ClauseId("a"), ClauseKind.Offence), ClauseKind.Offence },
        { new ObligationClause(new ClauseId("a"), ClauseKind.Neutrality), ClauseKind.Neutrality },
        { new ObligationClause(new ClauseId("a"), ClauseKind.NonAggression), ClauseKind.NonAggression },
        { new ObligationClause(new ClauseId("a"), ClauseKind.Consultation), ClauseKind.Consultation },
        { new MilitaryCooperationClause(new ClauseId("a"), MilitaryCooperationForms.Aid), ClauseKind.MilitaryCooperation },
        { new TechnologyTransferClause(new ClauseId("a")), ClauseKind.TechnologyTransfer },
        { new ObligationClause(new ClauseId("a"), ClauseKind.EconomicCooperation), ClauseKind.EconomicCooperation },
        { new ObligationClause(new ClauseId("a"), ClauseKind.NoHostileAlliances), ClauseKind.NoHostileAlliances },
        { new ObligationClause(new ClauseId("a"), ClauseKind.SanctionsOpposition), ClauseKind.SanctionsOpposition },
    };

    [Theory]
    [MemberData(nameof(KindTable))]
    public void Kind_EachClauseType_NamesItsKind(Clause clause, ClauseKind kind)
    {
        Assert.Equal(kind, clause.Kind);
        Assert.Equal(ObligationClause.IsPlain(kind) ? nameof(ObligationClause) : kind.ToString() + "Clause", clause.GetType().Name);
    }

    [Theory]
    [InlineData(ClauseKind.MutualDefence)]
    [InlineData(ClauseKind.MilitaryCooperation)]
    [InlineData(ClauseKind.TechnologyTransfer)]
    [InlineData((ClauseKind)99)]
    public void ObligationClause_KindWithATypeOfItsOwnOrUndefined_Throws(ClauseKind kind)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ObligationClause(new ClauseId("a"), kind));

        Assert.Equal("kind", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(KindTable))]
    public void Match_EachCase_CallsItsOwnFunction(Clause clause, ClauseKind kind)
    {
        var matched = clause.Match(d => d.Kind, m => m.Kind, t => t.Kind, o => o.Kind);
        var switched = (ClauseKind)(-1);
        clause.Switch(d => switched = d.Kind, m => switched = m.Kind, t => switched = t.Kind, o => switched = o.Kind);

        Assert.Equal(kind, matched);
        Assert.Equal(kind, switched);
        Assert.Equal(ObligationClause.IsPlain(kind), clause.Match(_ => false, _ => false, _ => false, _ => true));
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
        Clause offence = new ObligationClause(new ClauseId("a"), ClauseKind.Offence);
        Clause neutrality = new ObligationClause(new ClauseId("a"), ClauseKind.Neutrality);

        Assert.NotEqual(offence, neutrality);
    }

    [Fact]
    public void Equals_DifferentGuarantors_NotEqual()
    {
        Assert.NotEqual(new ObligationClause(new ClauseId("a"), ClauseKind.Neutrality, guarantors: [Usa]), new ObligationClause(new ClauseId("a"), ClauseKind.Neutrality, guarantors: [Kor]));
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
        Assert.Same(ClauseConditions.None, new ObligationClause(new ClauseId("a"), ClauseKind.Offence).Conditions);
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
        Assert.Equal(
            "o: EconomicCooperation, all → PRK, unconditional",
            new ObligationClause(new ClauseId("o"), ClauseKind.EconomicCooperation, beneficiaries: [Prk]).ToString());
    }
}
