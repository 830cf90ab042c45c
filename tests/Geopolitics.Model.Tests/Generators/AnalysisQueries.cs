using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using NodaTime;
using OneOf;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Every analysis of one scenario as a list of named queries that answer with text, all sharing one instance of each
/// analyser: for comparing answers across threads, and for running the analyses on whatever the fuzzer gets loaded.
/// </summary>
internal sealed class AnalysisQueries
{
    private readonly StatusAnalysis _status;
    private readonly DefenceAnalysis _defence;
    private readonly LedgerAnalysis _ledger;
    private readonly PartnershipAnalysis _partnership;
    private readonly AlignmentAnalysis _alignment;
    private readonly ComplianceAnalysis _compliance;
    private readonly TimelineAnalysis _timeline;

    public AnalysisQueries(Scenario scenario)
    {
        Scenario = scenario;
        _status = new StatusAnalysis(scenario.Treaties);
        _defence = new DefenceAnalysis(scenario);
        _ledger = new LedgerAnalysis(scenario);
        _partnership = new PartnershipAnalysis(scenario);
        _alignment = new AlignmentAnalysis(scenario);
        _compliance = new ComplianceAnalysis(scenario);
        _timeline = new TimelineAnalysis(scenario);
    }

    public Scenario Scenario { get; }

    /// <summary>
    /// The queries on <paramref name="day"/> at <paramref name="minimum"/>: per treaty, per actor (at most
    /// <paramref name="maxActors"/>), per pair of those actors, and over the whole scenario.
    /// </summary>
    public List<(string Name, Func<string> Answer)> On(LocalDate day, Confidence minimum, int maxActors = int.MaxValue)
    {
        var actors = Scenario.Actors.Select(a => a.Id).Take(maxActors).ToList();
        var from = day < LocalDate.MinIsoValue.PlusYears(2) ? LocalDate.MinIsoValue : day.PlusYears(-2);
        var queries = new List<(string, Func<string>)>();
        foreach (var treaty in Scenario.Treaties)
        {
            queries.Add(($"status {treaty.Id}", () => Text(_status.Evaluate(treaty.Id, day, minimum))));
        }

        foreach (var actor in actors)
        {
            queries.Add(($"defenders of {actor}", () => Text(_defence.Defenders(actor, day, minimum: minimum))));
            queries.Add(($"timeline of {actor}", () => Text(_timeline.Query(actor, from, day, minimum))));
        }

        foreach (var (first, second) in Pairs(actors))
        {
            queries.Add(($"ledger {first}-{second}", () => Text(_ledger.Between(first, second, from, day, minimum))));
            queries.Add(($"profile {first}-{second}", () => Text(_partnership.Profile(first, second, day, minimum))));
            queries.Add(($"stages {first}-{second}", () => Text(_partnership.Timeline(first, second, from, day, minimum))));
            queries.Add(($"link {first}-{second}", () => Text(_alignment.Link(first, second, day, minimum))));
        }

        queries.Add(("network", () => GraphExport.ToDot(_defence.Network(day, minimum))));
        queries.Add(("blocs", () => _alignment.Blocs(day, minimum).ToString()));
        queries.Add(("compliance", () => _compliance.Check(minimum).ToString()));
        queries.Add(("compliance on the day", () => _compliance.On(day, minimum).ToString()));
        queries.Add(("timeline", () => Text(_timeline.Query(null, null, null, minimum))));
        return queries;
    }

    private static IEnumerable<(ActorId, ActorId)> Pairs(List<ActorId> actors) =>
        from i in Enumerable.Range(0, actors.Count)
        from j in Enumerable.Range(i + 1, actors.Count - i - 1)
        select (actors[i], actors[j]);

    private static string Text(object answer) => answer.ToString() ?? string.Empty;

    private static string Text<T>(OneOf<T, ModelError> answer)
        where T : notnull => answer.Match(value => value.ToString() ?? string.Empty, error => "error: " + error);
}
