using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Tests;

public sealed class MembershipSpellsTests
{
    private static readonly Evidence Evidence = Evidence.Unsourced(Confidence.Reported);

    [Theory]
    [InlineData("1979-03-31", "1989-05-22", "Gap")]
    [InlineData("1954-08-08", "1954-08-09", "Gap")]
    [InlineData("1954-08-08", "1954-08-08", "Contiguous")]
    [InlineData("1954-08-08", "1954-08-07", "Overlap")]
    [InlineData("1992-05", "2000-11-27", "Gap")]
    [InlineData("2000-11", "2000-11", "Contiguous")]
    [InlineData(null, "2000-11-27", "Overlap")]
    public void Compare_PreviousEndAndNextStart_TellHowSpellsJoin(string? end, string start, string expected)
    {
        PartialDate? previous = end is null ? null : PartialDate.Parse(end).AsT0;

        Assert.Equal(expected, MembershipSpells.Compare(previous, PartialDate.Parse(start).AsT0).ToString());
    }

    [Theory]
    [InlineData("1989-05-22", "1989-05-21")]
    [InlineData("2000-11", "2000-11")]
    public void Gap_NextStart_EndsTheDayBeforeOrInTheMonth(string next, string expectedEnd)
    {
        var gap = MembershipSpells.Gap(new PartialDate(1979, 3, 31), PartialDate.Parse(next).AsT0, Evidence, "gap");

        Assert.Equal(new DatePeriod(new PartialDate(1979, 3, 31), PartialDate.Parse(expectedEnd).AsT0), gap.Period);
    }

    [Theory]
    [InlineData("1989-05-22")]
    [InlineData("2000-11")]
    public void Read_PartyWithAGap_GivesBackTheSpellsItWasMadeOf(string rejoined)
    {
        var next = PartialDate.Parse(rejoined).AsT0;
        var party = new TreatyParty(
            new ActorId("EGY"),
            new Signature(new PartialDate(1945, 3, 22), Evidence),
            suspensions: [MembershipSpells.Gap(new PartialDate(1979, 3, 31), next, Evidence, "gap")]);
        var treaty = new Treaty(new TreatyId("t"), "t", [party, new TreatyParty(new ActorId("SYR"), new Signature(new PartialDate(1945, 3, 22), Evidence))], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, party, spells);

        Assert.Equal([new MembershipSpell(new PartialDate(1945, 3, 22), new PartialDate(1979, 3, 31)), new MembershipSpell(next, null)], spells);
    }

    [Fact]
    public void Read_WithdrawalAndTermination_EndsOnTheEarlier()
    {
        var party = new TreatyParty(new ActorId("USA"), new Signature(new PartialDate(1950), Evidence), withdrawal: new Withdrawal(new PartialDate(1970), new PartialDate(1971), Evidence));
        var other = new TreatyParty(new ActorId("CAN"), new Signature(new PartialDate(1950), Evidence));
        var treaty = new Treaty(new TreatyId("t"), "t", [party, other], new OnSignatureRule(), Evidence,
            termination: new Termination(TerminationKind.Other, new PartialDate(1960), null, Evidence));
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, party, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1950), new PartialDate(1960))], spells);

        MembershipSpells.Read(treaty, other, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1950), new PartialDate(1960))], spells);
    }

    [Fact]
    public void Read_ConsentWithoutSignature_StartsOnTheConsent()
    {
        var consented = new TreatyParty(new ActorId("USA"), consent: new Consent(ConsentKind.Accession, new PartialDate(1955), Evidence));
        var both = new TreatyParty(new ActorId("CAN"), new Signature(new PartialDate(1950), Evidence), new Consent(ConsentKind.Ratification, new PartialDate(1952), Evidence));
        var treaty = new Treaty(new TreatyId("t"), "t", [consented, both], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, consented, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1955), null)], spells);

        MembershipSpells.Read(treaty, both, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1950), null)], spells);
    }

    [Fact]
    public void Read_WithdrawalWithoutTermination_EndsWhenItTakesEffect()
    {
        var party = new TreatyParty(new ActorId("USA"), new Signature(new PartialDate(1950), Evidence), withdrawal: new Withdrawal(new PartialDate(1970), new PartialDate(1971), Evidence));
        var notified = new TreatyParty(new ActorId("CAN"), new Signature(new PartialDate(1950), Evidence), withdrawal: new Withdrawal(new PartialDate(1972), null, Evidence));
        var treaty = new Treaty(new TreatyId("t"), "t", [party, notified], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, party, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1950), new PartialDate(1971))], spells);

        MembershipSpells.Read(treaty, notified, spells);
        Assert.Equal([new MembershipSpell(new PartialDate(1950), new PartialDate(1972))], spells);
    }

    [Fact]
    public void Read_SuspensionsOutOfOrder_GiveTheSpellsInOrder()
    {
        var party = new TreatyParty(
            new ActorId("EGY"),
            new Signature(new PartialDate(1945, 3, 22), Evidence),
            suspensions:
            [
                MembershipSpells.Gap(new PartialDate(1990, 1, 31), new PartialDate(1991, 1, 1), Evidence, "second"),
                MembershipSpells.Gap(new PartialDate(1979, 3, 31), new PartialDate(1989, 5, 22), Evidence, "first"),
            ]);
        var treaty = new Treaty(new TreatyId("t"), "t", [party, new TreatyParty(new ActorId("SYR"), new Signature(new PartialDate(1945, 3, 22), Evidence))], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, party, spells);

        Assert.Equal(
            [
                new MembershipSpell(new PartialDate(1945, 3, 22), new PartialDate(1979, 3, 31)),
                new MembershipSpell(new PartialDate(1989, 5, 22), new PartialDate(1990, 1, 31)),
                new MembershipSpell(new PartialDate(1991, 1, 1), null),
            ],
            spells);
    }

    [Fact]
    public void Read_SuspendedFromTheDayItSigned_HasNoEmptySpellBeforeIt()
    {
        var party = new TreatyParty(
            new ActorId("EGY"),
            new Signature(new PartialDate(1945, 3, 22), Evidence),
            suspensions: [MembershipSpells.Gap(new PartialDate(1945, 3, 22), new PartialDate(1950, 1, 1), Evidence, "at once")]);
        var treaty = new Treaty(new TreatyId("t"), "t", [party, new TreatyParty(new ActorId("SYR"), new Signature(new PartialDate(1945, 3, 22), Evidence))], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell>();

        MembershipSpells.Read(treaty, party, spells);

        Assert.Equal([new MembershipSpell(new PartialDate(1950, 1, 1), null)], spells);
    }

    [Fact]
    public void Read_PartyThatNeverSignedNorConsented_HasNoSpell()
    {
        var party = new TreatyParty(new ActorId("USA"));
        var treaty = new Treaty(new TreatyId("t"), "t", [party], new OnSignatureRule(), Evidence);
        var spells = new List<MembershipSpell> { new(new PartialDate(1900), null) };

        MembershipSpells.Read(treaty, party, spells);

        Assert.Empty(spells);
    }
}
