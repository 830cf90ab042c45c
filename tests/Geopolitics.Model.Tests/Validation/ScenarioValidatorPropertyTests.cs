using System.Collections.Immutable;
using CsCheck;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Tests.Validation;

/// <summary>
/// <see cref="ScenarioValidator"/> over random valid scenarios: a valid scenario reports no error, and each
/// single-field corruption of one of its facts reports the expected code at the corrupted fact's path, both when the
/// scenario is validated in memory and when its file is read.
/// </summary>
public class ScenarioValidatorPropertyTests
{
    private const int Iterations = 60;

    private static readonly ActorId Stranger = new("ZZZ");

    private static readonly Place Kuril = new(new PlaceId("KURIL"), "Kuril Islands", PlaceKind.Territory, new ActorId("RUS"), [Gazetteer.Pacific]);

    /// <summary>A corruption: its name, the code it must report, and the change (given a random index to pick a fact).</summary>
    public sealed record Corruption(string Name, string Code, Func<Scenario, int, (Scenario Corrupted, string Path)?> Apply)
    {
        public override string ToString() => Name;
    }

    private static readonly Corruption[] Corruptions =
    [
        new("transfer supplier = recipient", ErrorCodes.TransferSupplierIsRecipient, (s, n) => Transfer(s, n, t =>
            (new Transfer(t.Id, t.Supplier, t.Supplier, t.Period, t.Status, t.Item, t.Evidence, t.Description), "Recipient"))),
        new("transfer supplier unknown", ErrorCodes.UnknownTransferParty, (s, n) => Transfer(s, n, t =>
            (new Transfer(t.Id, Stranger, t.Recipient, t.Period, t.Status, t.Item, t.Evidence, t.Description), "Supplier"))),
        new("transfer ends before it starts", ErrorCodes.PeriodEndsBeforeStart, (s, n) => Transfer(s, n, t =>
            (new Transfer(t.Id, t.Supplier, t.Recipient, new DatePeriod(new PartialDate(2000, 6, 2), new PartialDate(2000, 6, 1)), t.Status, t.Item, t.Evidence, t.Description), "Period.End"))),
        new("transfer confirmed without a source", ErrorCodes.ConfirmedWithoutSource, (s, n) => Transfer(s, n, t =>
            (new Transfer(t.Id, t.Supplier, t.Recipient, t.Period, t.Status, t.Item, Evidence.Unsourced(Confidence.Confirmed), t.Description), "Evidence.Sources"))),
        new("actor id given twice", ErrorCodes.DuplicateId, (s, n) =>
            (With(s, actors: s.Actors.Add(s.Actors[n % s.Actors.Length])), $"Actors[{s.Actors.Length}].Id")),
        new("transfer id given twice", ErrorCodes.DuplicateId, (s, n) =>
            (With(s, transfers: s.Transfers.Add(s.Transfers[n % s.Transfers.Length])), $"Transfers[{s.Transfers.Length}].Id")),
        new("treaty id given twice", ErrorCodes.DuplicateId, (s, n) => s.Treaties.IsEmpty ? null
            : (With(s, treaties: s.Treaties.Add(s.Treaties[n % s.Treaties.Length])), $"Treaties[{s.Treaties.Length}].Id")),
        new("stance id given twice", ErrorCodes.DuplicateId, (s, n) => s.Stances.IsEmpty ? null
            : (With(s, stances: s.Stances.Add(s.Stances[n % s.Stances.Length])), $"Stances[{s.Stances.Length}].Id")),
        new("actor member unknown", ErrorCodes.UnknownActorReference, (s, n) =>
        {
            var i = s.Actors.IndexOf(s.Actors.First(a => a.Kind == ActorKind.Organisation));
            var a = s.Actors[i];
            return (With(s, actors: s.Actors.SetItem(i, new Actor(a.Id, a.Kind, a.Name, a.SpeaksFor, [.. a.Members, Stranger]))), $"Actors[{i}].Members[{a.Members.Length}]");
        }),
        new("agency speaks for an unknown actor", ErrorCodes.UnknownActorReference, (s, n) =>
        {
            var i = s.Actors.IndexOf(s.Actors.First(a => a.Kind == ActorKind.Agency));
            var a = s.Actors[i];
            return (With(s, actors: s.Actors.SetItem(i, new Actor(a.Id, a.Kind, a.Name, Stranger, a.Members))), $"Actors[{i}].SpeaksFor");
        }),
        new("blank scenario name", ErrorCodes.ScenarioWithoutName, (s, n) => (With(s, name: " "), "Name")),

        // Issue 15: semantic nonsense and names no writer can carry.
        new("actor name with a control character", ErrorCodes.InvalidName, (s, n) =>
        {
            var i = n % s.Actors.Length;
            var a = s.Actors[i];
            return (With(s, actors: s.Actors.SetItem(i, new Actor(a.Id, a.Kind, a.Name + (n % 2 == 0 ? "\u0000" : "\uFFFF"), a.SpeaksFor, a.Members))), $"Actors[{i}].Name");
        }),
        new("actor name of invisible characters only", ErrorCodes.InvalidName, (s, n) =>
        {
            var i = n % s.Actors.Length;
            var a = s.Actors[i];
            return (With(s, actors: s.Actors.SetItem(i, new Actor(a.Id, a.Kind, "\u200B\u2060", a.SpeaksFor, a.Members))), $"Actors[{i}].Name");
        }),
        new("organisation that is its own member", ErrorCodes.ActorIsOwnMember, (s, n) =>
        {
            var i = s.Actors.IndexOf(s.Actors.First(a => a.Kind == ActorKind.Organisation));
            var a = s.Actors[i];
            return (With(s, actors: s.Actors.SetItem(i, new Actor(a.Id, a.Kind, a.Name, a.SpeaksFor, [.. a.Members, a.Id]))), $"Actors[{i}].Members[{a.Members.Length}]");
        }),
        new("place in itself", ErrorCodes.PlaceInItself, (s, n) =>
            (With(s, places: s.Places.Add(new Place(new PlaceId("LOOP"), "Loop", PlaceKind.Region, null, [new PlaceId("LOOP")]))), $"Places[{s.Places.Length}].Regions")),
        new("stance holder unknown", ErrorCodes.UnknownStanceActor, (s, n) => Stance(s, n, t =>
            (new Stance(t.Id, Stranger, t.Target, t.Position, t.Date, t.Evidence, null, t.Signals, t.CameoCode, t.GoldsteinScore, t.Summary), "Holder"))),
        new("stance aimed at its holder", ErrorCodes.StanceTargetIsHolder, (s, n) => Stance(s, n, t =>
            (new Stance(t.Id, t.Holder, new ActorTarget(t.Holder), t.Position, t.Date, t.Evidence, t.Via, t.Signals, t.CameoCode, t.GoldsteinScore, t.Summary), "Target.Actor"))),
        new("treaty party unknown", ErrorCodes.TreatyUnknownActor, (s, n) => Treaty(s, n, (t, p) =>
            // The other parties' suspensions towards the replaced party would name a non-party (GM0430) as well.
            (Parties(t, t.Parties.Select(other => other with { PartnerSuspensions = [] }).ToImmutableArray().SetItem(p, Party(t.Parties[p], actor: Stranger))), $"Parties[{p}].Actor"))),
        new("consent before signature", ErrorCodes.ConsentBeforeSignature, (s, n) => Treaty(s, n, (t, p) =>
        {
            var party = t.Parties[p];
            var signed = new PartialDate(party.Signature!.Date.Year + 2, 1, 1);
            return (Parties(t, t.Parties.SetItem(p, Party(party, signature: new Signature(signed, party.Signature.Evidence)))), $"Parties[{p}].Consent.Date");
        })),
        new("exchange of an unknown transfer", ErrorCodes.ExchangeUnknownTransfer, (s, n) =>
        {
            var e = s.Exchanges[0];
            return (With(s, exchanges: [new Exchange(e.Id, [.. e.Transfers, new TransferId("nowhere")], e.Evidence, e.Description)]), $"Exchanges[0].Transfers[{e.Transfers.Length}]");
        }),
        new("sanctions regime against its authority", ErrorCodes.SanctionsAuthorityIsTarget, (s, n) => s.SanctionsRegimes.IsEmpty ? null :
            (With(s, regimes: [Regime(s.SanctionsRegimes[0], target: s.SanctionsRegimes[0].Authority)]), "SanctionsRegimes[0].Target")),
        new("place id given twice", ErrorCodes.DuplicateId, (s, n) =>
            (With(s, places: s.Places.Add(Kuril).Add(Kuril)), $"Places[{s.Places.Length + 1}].Id")),
        new("exchange id given twice", ErrorCodes.DuplicateId, (s, n) =>
            (With(s, exchanges: s.Exchanges.Add(s.Exchanges[0])), $"Exchanges[{s.Exchanges.Length}].Id")),
        new("sanctions regime id given twice", ErrorCodes.DuplicateId, (s, n) => s.SanctionsRegimes.IsEmpty ? null :
            (With(s, regimes: s.SanctionsRegimes.Add(s.SanctionsRegimes[0])), $"SanctionsRegimes[{s.SanctionsRegimes.Length}].Id")),
        new("place in an unknown region", ErrorCodes.UnknownPlace, (s, n) =>
            (With(s, places: s.Places.Add(new Place(new PlaceId("NOWHERE"), "Nowhere", PlaceKind.Territory, s.Actors[0].Id, [new PlaceId("ATLANTIS")]))), $"Places[{s.Places.Length}].Regions[0]")),
        new("place partly in an unknown region", ErrorCodes.UnknownPlace, (s, n) =>
            (With(s, places: s.Places.Add(new Place(new PlaceId("NOWHERE"), "Nowhere", PlaceKind.Territory, s.Actors[0].Id, partlyIn: [new PlaceId("ATLANTIS")]))), $"Places[{s.Places.Length}].PartlyIn[0]")),
        new("place administered by an unknown actor", ErrorCodes.UnknownActorReference, (s, n) =>
            (With(s, places: s.Places.Add(new Place(new PlaceId("NOWHERE"), "Nowhere", PlaceKind.Territory, Stranger))), $"Places[{s.Places.Length}].AdministeredBy")),
    ];

    public static TheoryData<Corruption> All => [.. Corruptions];

    [Fact]
    public void Validate_RandomValidScenario_ReportsNoError() =>
        ModelGen.Scenarios.Sample(scenario =>
        {
            Assert.Empty(ModelValidation.Check(new ScenarioValidator(), scenario));
            Assert.True(new ScenarioBuilder(scenario).Build().IsT0);
        }, iter: Iterations);

    [Theory]
    [MemberData(nameof(All))]
    public void Validate_SingleFieldCorruption_ReportsItsCodeAtItsPath(Corruption corruption) =>
        Gen.Select(ModelGen.Scenarios, Gen.Int[0, 1000]).Sample((scenario, n) =>
        {
            if (corruption.Apply(scenario, n) is not var (corrupted, path))
            {
                return;
            }

            var errors = ModelValidation.Check(new ScenarioValidator(), corrupted);

            Assert.True(errors.Any(e => e.Code == corruption.Code && e.Location.Path?.ToString() == path), $"Expected {corruption.Code} at {path}; got:\n{string.Join("\n", errors.Select(e => $"{e.Code} at {e.Location.Path?.ToString()}: {e.Message}"))}");
            Assert.All(errors, e => Assert.Contains(e.Code, Allowed(corruption)));
        }, iter: Iterations);

    [Theory]
    [MemberData(nameof(All))]
    public void Parse_FileWithASingleFieldCorruption_ReportsItsCodeWithALocation(Corruption corruption) =>
        Gen.Select(ModelGen.Scenarios, Gen.Int[0, 1000]).Sample((scenario, n) =>
        {
            if (corruption.Apply(scenario, n) is not var (corrupted, _))
            {
                return;
            }

            var errors = ScenarioJson.Parse(ScenarioJson.Serialize(corrupted), "corrupted.json").AsT1;

            var error = Assert.Single(errors, e => e.Code == corruption.Code);
            Assert.Equal("corrupted.json", error.Location.File);
            Assert.NotNull(error.Location.Line);
            Assert.NotNull(error.Location.Column);
            Assert.StartsWith("$.", error.Location.Path?.ToString());
        }, iter: 20);

    // A change to one fact may break a second rule that depends on the same field; these are the ones expected.
    private static string[] Allowed(Corruption corruption) => corruption.Code switch
    {
        // A stranger in the treaty is no longer a party named by its clauses, and a renamed party may now be a listed adversary or duplicate.
        ErrorCodes.TreatyUnknownActor => [corruption.Code, ErrorCodes.ClauseNamesNonParty, ErrorCodes.TreatyDuplicateParty],
        // An exchange's legs must be a pair in both directions: one leg to a stranger or to oneself breaks that too.
        ErrorCodes.UnknownTransferParty or ErrorCodes.TransferSupplierIsRecipient => [corruption.Code, ErrorCodes.ExchangeLegsNotOnePair, ErrorCodes.ExchangeOneWay],
        // A duplicate transfer in an exchange is also a duplicate leg only when the exchange names it twice, which it does not.
        _ => [corruption.Code],
    };

    private static Scenario With(
        Scenario s,
        string? name = null,
        ImmutableArray<Actor>? actors = null,
        ImmutableArray<Place>? places = null,
        ImmutableArray<Treaty>? treaties = null,
        ImmutableArray<Transfer>? transfers = null,
        ImmutableArray<Exchange>? exchanges = null,
        ImmutableArray<Stance>? stances = null,
        ImmutableArray<SanctionsRegime>? regimes = null) =>
        new(
            name ?? s.Name,
            s.Description,
            actors ?? s.Actors,
            places ?? s.Places,
            treaties ?? s.Treaties,
            transfers ?? s.Transfers,
            exchanges ?? s.Exchanges,
            stances ?? s.Stances,
            regimes ?? s.SanctionsRegimes);

    private static (Scenario, string)? Transfer(Scenario s, int n, Func<Transfer, (Transfer, string)> change)
    {
        var i = n % s.Transfers.Length;
        var (changed, member) = change(s.Transfers[i]);
        return (With(s, transfers: s.Transfers.SetItem(i, changed)), $"Transfers[{i}].{member}");
    }

    private static (Scenario, string)? Stance(Scenario s, int n, Func<Stance, (Stance, string)> change)
    {
        if (s.Stances.IsEmpty)
        {
            return null;
        }

        var i = n % s.Stances.Length;
        var (changed, member) = change(s.Stances[i]);
        return (With(s, stances: s.Stances.SetItem(i, changed)), $"Stances[{i}].{member}");
    }

    private static (Scenario, string)? Treaty(Scenario s, int n, Func<Treaty, int, (Treaty, string)> change)
    {
        if (s.Treaties.IsEmpty)
        {
            return null;
        }

        var i = n % s.Treaties.Length;
        var (changed, member) = change(s.Treaties[i], n % s.Treaties[i].Parties.Length);
        return (With(s, treaties: s.Treaties.SetItem(i, changed)), $"Treaties[{i}].{member}");
    }

    private static Treaty Parties(Treaty t, ImmutableArray<TreatyParty> parties) =>
        new(t.Id, t.Name, parties, t.EntryIntoForce, t.Evidence, t.Duration, t.Clauses, t.WithdrawalNotice, t.Suspensions, t.Termination, t.Supersedes, t.ExternalReferences);

    private static TreatyParty Party(TreatyParty p, ActorId? actor = null, Signature? signature = null) =>
        new(actor ?? p.Actor, signature ?? p.Signature, p.Consent, p.DomesticSteps, p.Withdrawal, p.Suspensions);

    private static SanctionsRegime Regime(SanctionsRegime r, ActorId target) =>
        new(r.Id, r.Authority, target, r.LegalBasis, r.Period, r.Measures, r.Binding, r.Evidence, r.Name);
}
