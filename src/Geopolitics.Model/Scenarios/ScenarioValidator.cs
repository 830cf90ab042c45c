using System.Collections.Immutable;
using FluentValidation.Results;
using FluentValidation;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Scenarios;

/// <summary>
/// Checks a whole <see cref="Scenario"/> and reports every error at once: ids are unique within each kind of fact
/// (<see cref="ErrorCodes.DuplicateId"/>), the scenario has a name (<see cref="ErrorCodes.ScenarioWithoutName"/>),
/// actors refer to known actors (<see cref="ErrorCodes.UnknownActorReference"/>), and each actor, place, treaty,
/// transfer, exchange, stance and sanctions regime passes its own validator with the scenario's ids as context, so
/// every reference must resolve. Names the outputs show are visible plain text (<see cref="ErrorCodes.InvalidName"/>),
/// and no reference goes round in a circle: no organisation is its own member (<see cref="ErrorCodes.ActorIsOwnMember"/>),
/// no agencies speak for each other in a circle (<see cref="ErrorCodes.SpeaksForCycle"/>), no place lies in itself
/// (<see cref="ErrorCodes.PlaceInItself"/>) and no treaties supersede each other in a circle
/// (<see cref="ErrorCodes.SupersessionCycle"/>).
/// </summary>
/// <remarks>Paths are those of the scenario's collections, for example <c>Treaties[2].Parties[0].Consent</c>.</remarks>
public sealed class ScenarioValidator : AbstractValidator<Scenario>
{
    /// <summary>Creates the validator.</summary>
    public ScenarioValidator()
    {
        RuleFor(s => s.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name))
            .WithErrorCode(ErrorCodes.ScenarioWithoutName)
            .WithMessage("'name' is empty; a scenario must have a name.");

        RuleFor(s => s).Custom((scenario, context) =>
        {
            var actors = Unique(context, scenario.Actors, a => a.Id, "Actors", "actor");
            Unique(context, scenario.Places, p => p.Id, "Places", "place");
            var treaties = Unique(context, scenario.Treaties, t => t.Id, "Treaties", "treaty");
            var transfers = Unique(context, scenario.Transfers, t => t.Id, "Transfers", "transfer");
            Unique(context, scenario.Exchanges, e => e.Id, "Exchanges", "exchange");
            Unique(context, scenario.Stances, s => s.Id, "Stances", "stance");
            Unique(context, scenario.SanctionsRegimes, r => r.Id, "SanctionsRegimes", "sanctions regime");

            var places = scenario.Gazetteer.Places.Select(p => p.Id).ToHashSet();

            for (var i = 0; i < scenario.Actors.Length; i++)
            {
                var actor = scenario.Actors[i];
                if (actor.SpeaksFor is { } principal && !actors.Contains(principal))
                {
                    Fail(context, $"Actors[{i}].SpeaksFor", ErrorCodes.UnknownActorReference,
                        $"'speaksFor' ({principal}) is not an actor of the scenario; the agency '{actor.Id}' must speak for a known actor.");
                }

                for (var m = 0; m < actor.Members.Length; m++)
                {
                    if (!actors.Contains(actor.Members[m]))
                    {
                        Fail(context, $"Actors[{i}].Members[{m}]", ErrorCodes.UnknownActorReference,
                            $"'members' ({actor.Members[m]}) is not an actor of the scenario; every member of '{actor.Id}' must be a known actor.");
                    }
                }
            }

            for (var i = 0; i < scenario.Places.Length; i++)
            {
                var place = scenario.Places[i];
                if (place.AdministeredBy is { } administrator && !actors.Contains(administrator) &&
                    CountryCatalogue.Default.FindById(administrator) is null)
                {
                    Fail(context, $"Places[{i}].AdministeredBy", ErrorCodes.UnknownActorReference,
                        $"'administeredBy' ({administrator}) is neither an actor of the scenario nor a state of the catalogue.");
                }

                UnknownRegions(context, scenario.Gazetteer, place.Regions, $"Places[{i}].Regions", "regions");
                UnknownRegions(context, scenario.Gazetteer, place.PartlyIn, $"Places[{i}].PartlyIn", "partlyIn");
            }

            CheckNames(context, scenario);
            CheckCycles(context, scenario);
            Each(context, scenario.Treaties, "Treaties", new TreatyValidator(actors, treaties, scenario.Gazetteer));
            Each(context, scenario.Transfers, "Transfers", new TransferValidator(actors, places));
            Each(context, scenario.Exchanges, "Exchanges", new ExchangeValidator(scenario.FindTransfer));
            Each(context, scenario.Stances, "Stances", new StanceValidator(actors, treaties, transfers));
            Each(context, scenario.SanctionsRegimes, "SanctionsRegimes", new SanctionsRegimeValidator(actors));
        });
    }

    /// <summary>Names every output shows (and clause articles, which label the network's edges) must be visible and writable (GM0804).</summary>
    private static void CheckNames(ValidationContext<Scenario> context, Scenario scenario)
    {
        void Check(string path, string name)
        {
            if (NameText.Problem(name) is { } problem)
            {
                var member = path.EndsWith(".Article", StringComparison.Ordinal) ? "article" : "name";
                Fail(context, path, ErrorCodes.InvalidName, $"'{member}' ({InputText.Shortened(name, 80)}) {problem}; a name is shown by every output, so it must be visible and plain text.");
            }
        }

        if (!string.IsNullOrWhiteSpace(scenario.Name))
        {
            Check("Name", scenario.Name);
        }

        for (var i = 0; i < scenario.Actors.Length; i++)
        {
            Check($"Actors[{i}].Name", scenario.Actors[i].Name);
        }

        for (var i = 0; i < scenario.Places.Length; i++)
        {
            Check($"Places[{i}].Name", scenario.Places[i].Name);
        }

        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            Check($"Treaties[{i}].Name", scenario.Treaties[i].Name);
            for (var j = 0; j < scenario.Treaties[i].Clauses.Length; j++)
            {
                // The article labels the defence network's edges (DOT, Mermaid, GraphML) and the defenders' answers.
                if (scenario.Treaties[i].Clauses[j].Article is { } article)
                {
                    Check($"Treaties[{i}].Clauses[{j}].Article", article);
                }
            }
        }
    }

    /// <summary>References that go round in a circle: own membership (GM0805), "speaks for" (GM0806), regions (GM0902), supersession (GM0417).</summary>
    private static void CheckCycles(ValidationContext<Scenario> context, Scenario scenario)
    {
        for (var i = 0; i < scenario.Actors.Length; i++)
        {
            var actor = scenario.Actors[i];
            var m = actor.Members.IndexOf(actor.Id);
            if (m >= 0)
            {
                Fail(context, $"Actors[{i}].Members[{m}]", ErrorCodes.ActorIsOwnMember,
                    $"'members' names '{actor.Id}' itself; an organisation or coalition is made of other actors.");
            }
        }

        var speakers = ReferenceCycles.OnCycles(scenario.Actors.Select(a => a.Id).ToList(), id => scenario.FindActor(id)?.SpeaksFor is { } p ? [p] : [], selfLoops: true);
        for (var i = 0; i < scenario.Actors.Length; i++)
        {
            if (speakers.Contains(scenario.Actors[i].Id))
            {
                Fail(context, $"Actors[{i}].SpeaksFor", ErrorCodes.SpeaksForCycle,
                    $"'speaksFor' ({scenario.Actors[i].SpeaksFor}) leads back to '{scenario.Actors[i].Id}'; agencies that speak for each other in a circle have no principal.");
            }
        }

        var places = scenario.Gazetteer.Places;
        var placeById = places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var inItself = ReferenceCycles.OnCycles(places.Select(p => p.Id).Distinct().ToList(), id => placeById[id].Regions.Concat(placeById[id].PartlyIn), selfLoops: true);
        for (var i = 0; i < scenario.Places.Length; i++)
        {
            if (inItself.Contains(scenario.Places[i].Id))
            {
                Fail(context, $"Places[{i}].Regions", ErrorCodes.PlaceInItself,
                    $"'regions' of {scenario.Places[i].Id} lead back to it, so the place lies in itself through its regions; a place cannot contain itself.");
            }
        }

        var treatyById = scenario.Treaties.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        var superseding = ReferenceCycles.OnCycles(treatyById.Keys.ToList(), id => treatyById[id].Supersedes, selfLoops: false);
        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            var treaty = scenario.Treaties[i];
            for (var j = 0; j < treaty.Supersedes.Length; j++)
            {
                if (treaty.Supersedes[j] != treaty.Id && superseding.Contains(treaty.Id) && superseding.Contains(treaty.Supersedes[j]))
                {
                    Fail(context, $"Treaties[{i}].Supersedes[{j}]", ErrorCodes.SupersessionCycle,
                        $"'supersedes' ({treaty.Supersedes[j]}) supersedes, directly or through others, '{treaty.Id}' itself; treaties cannot supersede each other in a circle.");
                }
            }
        }
    }

    private static void Each<T>(ValidationContext<Scenario> context, IReadOnlyList<T> items, string collection, IValidator<T> validator)
    {
        // Each item is validated in a child of one context for the whole collection, as FluentValidation runs a child
        // validator: the children share that context's list of failures and message formatter instead of each making
        // its own. The list holds the failures of every item so far; those past the count reported are the new item's.
        var parent = new ValidationContext<IReadOnlyList<T>>(items);
        var reported = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var failures = validator.Validate(parent.CloneForChildValidator(items[i])).Errors;

            // The path is spelled out only for an item with errors: most items have none.
            for (; reported < failures.Count; reported++)
            {
                var failure = failures[reported];
                Fail(context, failure.PropertyName.Length == 0 ? $"{collection}[{i}]" : $"{collection}[{i}].{failure.PropertyName}", failure.ErrorCode, failure.ErrorMessage);
            }
        }
    }

    /// <summary>Reports every id given twice, and returns the ids.</summary>
    private static HashSet<TKey> Unique<T, TKey>(ValidationContext<Scenario> context, IReadOnlyList<T> items, Func<T, TKey> id, string collection, string kind)
        where TKey : notnull
    {
        var ids = new HashSet<TKey>(items.Count);
        Dictionary<TKey, int>? first = null;
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (!ids.Add(key))
            {
                // Where each id is first given is looked up only once a duplicate is found: most scenarios have none.
                first ??= FirstIndexes(items, id);
                Fail(context, $"{collection}[{i}].Id", ErrorCodes.DuplicateId,
                    $"'id' ({key}) is already the id of an earlier {kind} (index {first[key]}); each {kind} id must be unique.");
            }
        }

        return ids;
    }

    private static Dictionary<TKey, int> FirstIndexes<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> id)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            first.TryAdd(id(items[i]), i);
        }

        return first;
    }

    private static void UnknownRegions(ValidationContext<Scenario> context, Gazetteer places, ImmutableArray<PlaceId> regions, string path, string member)
    {
        for (var k = 0; k < regions.Length; k++)
        {
            if (places.Find(regions[k]) is null)
            {
                Fail(context, $"{path}[{k}]", ErrorCodes.UnknownPlace, $"'{member}' ({regions[k]}) is not a place of the gazetteer.{places.Hint(regions[k].Value)}");
            }
        }
    }

    private static void Fail(ValidationContext<Scenario> context, string path, string code, string message) =>
        context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code });
}
