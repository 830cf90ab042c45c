using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Scenarios;

public class ScenarioBuilderTests
{
    private static readonly ActorId Rus = new("RUS");
    private static readonly ActorId Prk = new("PRK");

    [Fact]
    public void Build_ValidFacts_ReturnsIndexedScenario()
    {
        var scenario = new ScenarioBuilder("Small").AddStates("RUS", "PRK").AddTransfer(Shells("t1", Prk, Rus)).Build().AsT0;

        Assert.Equal("North Korea", scenario.FindActor(Prk)!.Name);
        Assert.Single(scenario.TransfersOf(Rus));
        Assert.Same(Gazetteer.Default, scenario.Gazetteer);
    }

    [Fact]
    public void Build_DuplicateIds_ReportsGM0801ForEachRepeat()
    {
        var errors = new ScenarioBuilder("Dup").AddStates("RUS", "PRK", "RUS")
            .AddTransfer(Shells("t1", Prk, Rus)).AddTransfer(Shells("t1", Prk, Rus)).Build().AsT1;

        Assert.Contains(errors, e => e.Code == ErrorCodes.DuplicateId && e.Location.Path?.ToString() == "Actors[2].Id");
        Assert.Contains(errors, e => e.Code == ErrorCodes.DuplicateId && e.Location.Path?.ToString() == "Transfers[1].Id");
    }

    [Fact]
    public void Build_IdGivenThreeTimes_ReportsEachRepeatAgainstTheFirst()
    {
        var errors = new ScenarioBuilder("Dup").AddStates("RUS", "PRK")
            .AddTransfer(Shells("t1", Prk, Rus)).AddTransfer(Shells("t2", Prk, Rus))
            .AddTransfer(Shells("t1", Prk, Rus)).AddTransfer(Shells("t1", Prk, Rus)).Build().AsT1;

        Assert.Equal(
            ["Transfers[2].Id: GM0801: 'id' (t1) is already the id of an earlier transfer (index 0); each transfer id must be unique.",
             "Transfers[3].Id: GM0801: 'id' (t1) is already the id of an earlier transfer (index 0); each transfer id must be unique."],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Build_ErrorsInSeveralTransfers_ReportsEachUnderItsOwnTransfer()
    {
        var open = Shells("t1", Prk, Rus);
        var backwards = new Transfer(new TransferId("t2"), Rus, Rus, new DatePeriod(new PartialDate(2023, 9), new PartialDate(2023, 8)),
            TransferStatus.Delivered, open.Item, open.Evidence);
        var unsourced = new Transfer(new TransferId("t3"), Prk, Rus, open.Period, open.Status, open.Item, Evidence.Unsourced(Confidence.Confirmed));

        var errors = new ScenarioBuilder("Several").AddStates("RUS", "PRK")
            .AddTransfer(open).AddTransfer(backwards).AddTransfer(Shells("t4", Prk, Rus)).AddTransfer(unsourced).Build().AsT1;

        Assert.Equal(
            [("Transfers[1].Recipient", ErrorCodes.TransferSupplierIsRecipient),
             ("Transfers[1].Period.End", ErrorCodes.PeriodEndsBeforeStart),
             ("Transfers[3].Evidence.Sources", ErrorCodes.ConfirmedWithoutSource)],
            errors.Select(e => (e.Location.Path?.ToString(), e.Code)));
        Assert.Equal(
            "'end' (2023-08) is before the start (2023-09); a period must end on or after its start.",
            errors[1].Message);
    }

    [Fact]
    public void Build_DanglingActorInTransfer_ReportsAllErrorsAtOnce()
    {
        var errors = new ScenarioBuilder("Dangling").AddStates("RUS")
            .AddTransfer(Shells("t1", Prk, Rus))
            .AddTransfer(Shells("t2", new ActorId("XYZ"), Rus))
            .Build().AsT1;

        Assert.Equal(2, errors.Count(e => e.Code == ErrorCodes.UnknownTransferParty));
        Assert.Contains(errors, e => (e.Location.Path?.ToString() ?? string.Empty).StartsWith("Transfers[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AgencyOfUnknownPrincipal_ReportsGM0802()
    {
        var errors = new ScenarioBuilder("Agency")
            .AddActor(new Actor(new ActorId("USA-DOD"), ActorKind.Agency, "Pentagon", speaksFor: new ActorId("USA")))
            .Build().AsT1;

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.UnknownActorReference, error.Code);
        Assert.Equal("Actors[0].SpeaksFor", error.Location.Path?.ToString());
    }

    [Fact]
    public void Build_AgencyOfKnownPrincipal_IsValid() =>
        Assert.True(new ScenarioBuilder("Agency").AddStates("USA")
            .AddActor(new Actor(new ActorId("USA-DOD"), ActorKind.Agency, "Pentagon", speaksFor: new ActorId("USA")))
            .Build().IsT0);

    [Fact]
    public void Build_BlankName_ReportsGM0803() =>
        Assert.Contains(new ScenarioBuilder(" ").Build().AsT1, e => e.Code == ErrorCodes.ScenarioWithoutName);

    [Fact]
    public void Build_TreatyWithUnknownParty_ReportsTreatyErrorWithScenarioPath()
    {
        var treaty = new Treaty(new TreatyId("x"), "X",
            [new TreatyParty(Rus, new Signature(new PartialDate(2024), Evidence.Unsourced(Confidence.Reported))),
             new TreatyParty(new ActorId("ATL"), new Signature(new PartialDate(2024), Evidence.Unsourced(Confidence.Reported)))],
            new OnSignatureRule(), Evidence.Unsourced(Confidence.Reported));

        var errors = new ScenarioBuilder("T").AddStates("RUS").AddTreaty(treaty).Build().AsT1;

        Assert.Contains(errors, e => e.Code == ErrorCodes.TreatyUnknownActor && (e.Location.Path?.ToString() ?? string.Empty).StartsWith("Treaties[0].Parties[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ScenarioPlaceInUnknownRegion_ReportsUnknownPlace()
    {
        var errors = new ScenarioBuilder("P").AddStates("UKR")
            .AddPlace(new Place(new PlaceId("DONETSK"), "Donetsk", PlaceKind.Territory, new ActorId("UKR"), [new PlaceId("ATLANTIS")]))
            .Build().AsT1;

        Assert.Contains(errors, e => e.Code == ErrorCodes.UnknownPlace && e.Location.Path?.ToString() == "Places[0].Regions[0]");
    }

    [Fact]
    public void Build_ScenarioPlace_ExtendsGazetteer()
    {
        var scenario = new ScenarioBuilder("P").AddStates("UKR")
            .AddPlace(new Place(new PlaceId("DONETSK"), "Donetsk region", PlaceKind.Territory, new ActorId("UKR"), [new PlaceId("EUROPE")]))
            .Build().AsT0;

        Assert.Equal(new PlaceId("DONETSK"), scenario.Gazetteer.Resolve("Donetsk region").AsT0.Id);
    }

    [Fact]
    public void FromScenario_CopiesEveryFact()
    {
        var seed = BuiltInScenarios.RussiaDprk2024;
        var copy = new ScenarioBuilder(seed).Build().AsT0;

        Assert.Equal(seed.Actors.AsEnumerable(), copy.Actors.AsEnumerable());
        Assert.Equal(seed.Treaties.AsEnumerable(), copy.Treaties.AsEnumerable());
        Assert.Equal(seed.Transfers.AsEnumerable(), copy.Transfers.AsEnumerable());
        Assert.Equal(seed.Stances.AsEnumerable(), copy.Stances.AsEnumerable());
    }

    [Fact]
    public void AddStates_UnknownCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new ScenarioBuilder("X").AddStates("AUSTRIA"));

    private static Transfer Shells(string id, ActorId from, ActorId to) =>
        new(new TransferId(id), from, to, new DatePeriod(new PartialDate(2023, 9)), TransferStatus.Ongoing,
            new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers")),
            Evidence.Unsourced(Confidence.Reported));
}
