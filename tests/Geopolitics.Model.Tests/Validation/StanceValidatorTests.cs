using FluentValidation.TestHelper;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Validation;

public class StanceValidatorTests
{
    private static readonly StanceValidator InContext = new(
        KnownActors,
        new HashSet<TreatyId> { RusPrkTreaty },
        new HashSet<TransferId>(AllTransfers.Select(transfer => transfer.Id)));

    private static Stance Make(
        ActorId? holder = null,
        StanceTarget? target = null,
        ActorId? via = null,
        System.Collections.Immutable.ImmutableArray<StanceSignal> signals = default) =>
        new(new StanceId("s"), holder ?? Kor, target ?? new ActorTarget(Prk), StancePosition.Condemns, new PartialDate(2024, 10, 30),
            Evidence.Of(Confidence.Reported, Article), via, signals);

    [Fact]
    public void ArticleStances_AreValid()
    {
        InContext.TestValidate(SeoulCondemns).ShouldNotHaveAnyValidationErrors();
        foreach (var stance in JointCondemnation)
        {
            InContext.TestValidate(stance).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void UnknownStanceActor_UnknownHolderAndAgency_TriggersForEach()
    {
        var result = InContext.TestValidate(Make(holder: new ActorId("FRA"), via: new ActorId("FRA-DGSE")));
        result.ShouldHaveValidationErrorFor(stance => stance.Holder).WithErrorCode(ErrorCodes.UnknownStanceActor);
        result.ShouldHaveValidationErrorFor(stance => stance.Via).WithErrorCode(ErrorCodes.UnknownStanceActor);
    }

    [Fact]
    public void UnknownStanceActor_KnownOrNotChecked_DoesNotTrigger()
    {
        Assert.DoesNotContain(InContext.TestValidate(Make(via: KorNis)).Errors, error => error.ErrorCode == ErrorCodes.UnknownStanceActor);
        new StanceValidator().TestValidate(Make(holder: new ActorId("FRA"))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void StanceViaIsHolder_Triggers() =>
        InContext.TestValidate(Make(via: Kor))
            .ShouldHaveValidationErrorFor(stance => stance.Via)
            .WithErrorCode(ErrorCodes.StanceViaIsHolder)
            .WithErrorMessage("'via' (KOR) is the holder itself; record an agency only when another actor (such as an intelligence service) speaks for the holder.");

    [Fact]
    public void StanceViaIsHolder_AgencyOrNone_DoesNotTrigger()
    {
        Assert.DoesNotContain(InContext.TestValidate(Make(via: KorNis)).Errors, error => error.ErrorCode == ErrorCodes.StanceViaIsHolder);
        Assert.DoesNotContain(InContext.TestValidate(Make()).Errors, error => error.ErrorCode == ErrorCodes.StanceViaIsHolder);
    }

    public static TheoryData<StanceTarget, string> UnknownTargets => new()
    {
        { new ActorTarget(new ActorId("IRN")), "Target.Actor" },
        { new ActorsTarget([Rus, new ActorId("IRN")]), "Target.Actors[0]" },
        { new TreatyTarget(new TreatyId("rus-irn-2025")), "Target.Treaty" },
        { new TransferTarget(new TransferId("rus-irn-drones")), "Target.Transfer" },
    };

    [Theory]
    [MemberData(nameof(UnknownTargets))]
    public void UnknownStanceTarget_Triggers(StanceTarget target, string path) =>
        InContext.TestValidate(Make(target: target))
            .ShouldHaveValidationErrorFor(path)
            .WithErrorCode(ErrorCodes.UnknownStanceTarget);

    public static TheoryData<StanceTarget> KnownTargets => new()
    {
        new ActorTarget(Prk),
        new ActorsTarget([Rus, Prk]),
        new TreatyTarget(RusPrkTreaty),
        new TransferTarget(Shells.Id),
        new IssueTarget("anything at all"),
    };

    [Theory]
    [MemberData(nameof(KnownTargets))]
    public void UnknownStanceTarget_KnownTarget_DoesNotTrigger(StanceTarget target) =>
        InContext.TestValidate(Make(target: target)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void UnknownStanceTarget_NoContext_IsNotChecked() =>
        new StanceValidator().TestValidate(Make(target: new TreatyTarget(new TreatyId("rus-irn-2025")))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void StanceTargetIsHolder_Triggers() =>
        InContext.TestValidate(Make(target: new ActorTarget(Kor)))
            .ShouldHaveValidationErrorFor("Target.Actor")
            .WithErrorCode(ErrorCodes.StanceTargetIsHolder);

    [Fact]
    public void StanceTargetIsHolder_GroupIncludingHolder_DoesNotTrigger() =>
        InContext.TestValidate(Make(holder: Kor, target: new ActorsTarget([Kor, Usa]))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void DuplicateStanceSignal_Triggers() =>
        InContext.TestValidate(Make(signals: [StanceSignal.Statement, StanceSignal.MonitoringMission, StanceSignal.Statement]))
            .ShouldHaveValidationErrorFor(stance => stance.Signals)
            .WithErrorCode(ErrorCodes.DuplicateStanceSignal)
            .WithErrorMessage("'signals' lists Statement more than once; each signal is listed at most once.");

    [Fact]
    public void DuplicateStanceSignal_DistinctSignals_DoesNotTrigger() =>
        InContext.TestValidate(Make(signals: [StanceSignal.Statement, StanceSignal.MonitoringMission])).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Vote_OnAResolutionWithItsPosition_IsValid()
    {
        var vote = new Stance(new StanceId("v"), Kor, new ResolutionTarget(9001, 60, new NodaTime.LocalDate(2005, 12, 8)), Stance.PositionOf(VoteChoice.No),
            new PartialDate(2005, 12, 8), Evidence.Of(Confidence.Reported, Article), vote: VoteChoice.No);

        Assert.Equal(StancePosition.Opposes, vote.Position);
        InContext.TestValidate(vote).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void StanceVoteWithoutResolution_VoteOnAnActor_Triggers() =>
        InContext.TestValidate(new Stance(new StanceId("v"), Kor, new ActorTarget(Prk), StancePosition.Supports, new PartialDate(2005, 12, 8),
                Evidence.Of(Confidence.Reported, Article), vote: VoteChoice.Yes))
            .ShouldHaveValidationErrorFor(stance => stance.Vote)
            .WithErrorCode(ErrorCodes.StanceVoteWithoutResolution);

    [Theory]
    [InlineData(VoteChoice.Yes, StancePosition.Endorses)]
    [InlineData(VoteChoice.Abstain, StancePosition.Concerned)]
    [InlineData(VoteChoice.No, StancePosition.Condemns)]
    public void StanceVotePositionMismatch_PositionNotTheVotes_Triggers(VoteChoice vote, StancePosition position) =>
        InContext.TestValidate(new Stance(new StanceId("v"), Kor, new ResolutionTarget(9001, 60, new NodaTime.LocalDate(2005, 12, 8)), position,
                new PartialDate(2005, 12, 8), Evidence.Of(Confidence.Reported, Article), vote: vote))
            .ShouldHaveValidationErrorFor(stance => stance.Position)
            .WithErrorCode(ErrorCodes.StanceVotePositionMismatch);
}
