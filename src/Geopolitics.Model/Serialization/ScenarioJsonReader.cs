using System.Collections.Immutable;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Walks a parsed scenario file and builds the model from it, reporting every structural problem (wrong type, missing
/// or unknown member, unknown kind, bad date, value refused by a constructor) at its JSON path. One instance reads one
/// document.
/// </summary>
internal sealed partial class ScenarioJsonReader
{
    private readonly JsonErrors _errors = new();
    private readonly JsonValueReader<ActorId> _actorId;
    private readonly JsonValueReader<PlaceId> _placeId;
    private readonly JsonValueReader<TreatyId> _treatyId;
    private readonly JsonValueReader<ClauseId> _clauseId;
    private readonly JsonValueReader<TransferId> _transferId;
    private readonly JsonValueReader<ExchangeId> _exchangeId;
    private readonly JsonValueReader<StanceId> _stanceId;
    private readonly JsonValueReader<SanctionsRegimeId> _regimeId;

    /// <summary>Creates a reader for one document.</summary>
    public ScenarioJsonReader()
    {
        _actorId = _errors.Id(ActorId.IsValid, text => new ActorId(text), "actor", upperCase: true);
        _placeId = _errors.Id(PlaceId.IsValid, text => new PlaceId(text), "place", upperCase: true);
        _treatyId = _errors.Id(TreatyId.IsValid, text => new TreatyId(text), "treaty", upperCase: false);
        _clauseId = _errors.Id(ClauseId.IsValid, text => new ClauseId(text), "clause", upperCase: false);
        _transferId = _errors.Id(TransferId.IsValid, text => new TransferId(text), "transfer", upperCase: false);
        _exchangeId = _errors.Id(ExchangeId.IsValid, text => new ExchangeId(text), "exchange", upperCase: false);
        _stanceId = _errors.Id(StanceId.IsValid, text => new StanceId(text), "stance", upperCase: false);
        _regimeId = _errors.Id(SanctionsRegimeId.IsValid, text => new SanctionsRegimeId(text), "sanctions regime", upperCase: false);
    }

    /// <summary>The leaf values' readers (ids, dates), for the converters that read one value alone (<see cref="ModelJsonConverters"/>).</summary>
    internal JsonErrors Values => _errors;

    /// <summary>Reads an actor id.</summary>
    internal JsonValueReader<ActorId> ActorIds => _actorId;

    /// <summary>Reads a place id.</summary>
    internal JsonValueReader<PlaceId> PlaceIds => _placeId;

    /// <summary>Reads a treaty id.</summary>
    internal JsonValueReader<TreatyId> TreatyIds => _treatyId;

    /// <summary>Reads a clause id.</summary>
    internal JsonValueReader<ClauseId> ClauseIds => _clauseId;

    /// <summary>Reads a transfer id.</summary>
    internal JsonValueReader<TransferId> TransferIds => _transferId;

    /// <summary>Reads an exchange id.</summary>
    internal JsonValueReader<ExchangeId> ExchangeIds => _exchangeId;

    /// <summary>Reads a stance id.</summary>
    internal JsonValueReader<StanceId> StanceIds => _stanceId;

    /// <summary>Reads a sanctions regime id.</summary>
    internal JsonValueReader<SanctionsRegimeId> RegimeIds => _regimeId;

    /// <summary>Every structural problem found, in the order found.</summary>
    public IReadOnlyList<JsonError> Errors => _errors.Errors;

    /// <summary>The places read, in file order (to locate the validators' errors about them).</summary>
    public ImmutableArray<Place> Places { get; private set; } = [];

    /// <summary>The stances read, in file order (to locate the validators' errors about them).</summary>
    public ImmutableArray<Stance> Stances { get; private set; } = [];

    /// <summary>How many stances the file lists under <c>stances</c>; the stances read from <c>votes</c> follow them.</summary>
    public int ListedStances { get; private set; }

    /// <summary>Where each stance read from <c>votes</c> stands in the file: its group's path and its list entry's.</summary>
    public List<(ErrorPath Group, ErrorPath Entry)> VoteOrigins { get; } = [];

    /// <summary>Reads the scenario at the root of a document.</summary>
    /// <param name="root">The root value.</param>
    /// <returns>
    /// The scenario, not yet validated (<see cref="ScenarioBuilder.Validate"/>), or <see langword="null"/> when
    /// <see cref="Errors"/> has any.
    /// </returns>
    public Scenario? Read(JsonElement root)
    {
        var o = JsonMembers.Open(_errors, root, JsonPathRef.Root, "a scenario");
        if (o is null)
        {
            return null;
        }

        // A file of another version may mean other things by the same names: read nothing else from it.
        if (o.Has("formatVersion"))
        {
            var before = _errors.Count;
            var version = o.Required("formatVersion", _errors.Integer);
            if (_errors.Count > before)
            {
                return null;
            }

            if (version != ScenarioJson.FormatVersion)
            {
                var path = ErrorPath.DocumentRoot.Member("formatVersion");
                _errors.Report(
                    ErrorCodes.UnsupportedFormatVersion,
                    $"'{path}' is {version}, but this library reads scenario files of format version {ScenarioJson.FormatVersion} only.",
                    path);
                return null;
            }
        }
        else
        {
            o.Required("formatVersion", _errors.Integer);
        }

        o.Optional("$schema", _errors.String); // lets editors find the JSON Schema; not part of the scenario
        var name = o.Required("name", _errors.String);
        var description = o.Optional("description", _errors.String);
        var actors = o.Array("actors", ReadActor);
        var places = o.Array("places", ReadPlace);
        var treaties = o.Array("treaties", ReadTreaty);
        var transfers = o.Array("transfers", ReadTransfer);
        var exchanges = o.Array("exchanges", ReadExchange);
        var stances = o.Array("stances", ReadStance);
        var votes = o.Array("votes", ReadVotes);
        var regimes = o.Array("sanctionsRegimes", ReadSanctionsRegime);
        if (!o.Finish())
        {
            return null;
        }

        Places = places;
        ListedStances = stances.Length;
        if (!votes.IsEmpty)
        {
            // The compact form of recorded votes: each vote becomes the stance Stance.ForVote makes, after the other stances.
            stances = [.. stances, .. votes.SelectMany(group => group)];
        }

        Stances = stances;
        actors = WithUndeclaredStates(actors, treaties, transfers, stances, regimes);
        // The arrays read become the scenario's as they are, without a builder's copies: nothing read is null here,
        // since every value that could not be read was reported.
        return new Scenario(name, description, actors, places, treaties, transfers, exchanges, stances, regimes);
    }

    /// <summary>
    /// The actors declared, followed by each state of the country catalogue that the file names without declaring it
    /// (in the order first named), as <see cref="ScenarioBuilder.AddStates"/> would add it. A declared actor with a
    /// state's code keeps its own name; a code that is neither declared nor a state stays unknown for the validator.
    /// A place's administering state needs no actor (the validator accepts a catalogue state there), so it adds none.
    /// </summary>
    private static ImmutableArray<Actor> WithUndeclaredStates(
        ImmutableArray<Actor> actors,
        ImmutableArray<Treaty> treaties,
        ImmutableArray<Transfer> transfers,
        ImmutableArray<Stance> stances,
        ImmutableArray<SanctionsRegime> regimes)
    {
        var declared = actors.Select(actor => actor.Id).ToHashSet();
        var added = new List<Actor>();
        void Named(ActorId? id)
        {
            if (id is { } actor && declared.Add(actor) && CountryCatalogue.Default.FindById(actor) is { } country)
            {
                added.Add(country.ToActor());
            }
        }

        void AllNamed(IEnumerable<ActorId> ids)
        {
            foreach (var id in ids)
            {
                Named(id);
            }
        }

        foreach (var actor in actors)
        {
            Named(actor.SpeaksFor);
            AllNamed(actor.Members);
        }

        foreach (var treaty in treaties)
        {
            AllNamed(treaty.Parties.Select(party => party.Actor));
            foreach (var clause in treaty.Clauses)
            {
                AllNamed(clause.Guarantors);
                AllNamed(clause.Beneficiaries);
                AllNamed(clause.Conditions.Adversaries);
                AllNamed(clause.Conditions.GeographicScope?.AdministeredBy ?? []);
            }

            foreach (var understanding in treaty.Parties.SelectMany(party => party.Understandings))
            {
                AllNamed(understanding.Conditions.Adversaries);
                AllNamed(understanding.Conditions.GeographicScope?.AdministeredBy ?? []);
            }
        }

        foreach (var transfer in transfers)
        {
            Named(transfer.Supplier);
            Named(transfer.Recipient);
        }

        foreach (var stance in stances)
        {
            Named(stance.Holder);
            Named(stance.Via);
            switch (stance.Target)
            {
                case ActorTarget target:
                    Named(target.Actor);
                    break;
                case ActorsTarget target:
                    AllNamed(target.Actors);
                    break;
            }
        }

        foreach (var regime in regimes)
        {
            Named(regime.Authority);
            Named(regime.Target);
        }

        return added.Count == 0 ? actors : [.. actors, .. added];
    }

    internal Actor? ReadActor(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an actor");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _actorId);
        var kind = o.Required("kind", _errors.Enum(JsonEnums.ActorKind));
        var name = o.Required("name", _errors.String);
        var speaksFor = o.OptionalValue("speaksFor", _actorId);
        var members = o.Array("members", _actorId);
        return o.Finish() ? o.Create(Actor.Problem(id, kind, name, speaksFor), () => new Actor(id, kind, name, speaksFor, members)) : null;
    }

    internal Place? ReadPlace(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a place");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _placeId);
        var name = o.Required("name", _errors.String);
        var kind = o.Required("kind", _errors.Enum(JsonEnums.PlaceKind));
        var administeredBy = o.OptionalValue("administeredBy", _actorId);
        var regions = o.Array("regions", _placeId);
        var partlyIn = o.Array("partlyIn", _placeId);
        var aliases = o.Array("aliases", _errors.String);
        return o.Finish() ? o.Create(Place.Problem(id, name, kind, administeredBy, regions, partlyIn), () => new Place(id, name, kind, administeredBy, regions, partlyIn, aliases)) : null;
    }

    internal Evidence? ReadEvidence(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "evidence");
        if (o is null)
        {
            return null;
        }

        var confidence = o.Required("confidence", _errors.Enum(JsonEnums.Confidence));
        var sources = o.Array("sources", ReadSource);
        return o.Finish() ? o.Create(null, (confidence, sources), static v => new Evidence(v.confidence, v.sources)) : null;
    }

    internal Source? ReadSource(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a source");
        if (o is null)
        {
            return null;
        }

        var publisher = o.Required("publisher", _errors.String);
        var title = o.Optional("title", _errors.String);
        var url = o.Optional("url", _errors.Url);
        var date = o.OptionalValue("date", _errors.Date);
        var kind = o.Required("kind", _errors.Enum(JsonEnums.SourceKind));
        return o.Finish() ? o.Create(null, (publisher, title, url, date, kind), static v => new Source(v.publisher, v.title, v.url, v.date, v.kind)) : null;
    }

    internal DatePeriod ReadPeriod(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a period");
        if (o is null)
        {
            return default;
        }

        var start = o.Required("start", _errors.Date);
        var end = o.OptionalValue("end", _errors.Date);
        return o.Finish() ? new DatePeriod(start, end) : default;
    }
}
