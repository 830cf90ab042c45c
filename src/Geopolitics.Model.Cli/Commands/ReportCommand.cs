using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json.Nodes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Cli.Output;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using NodaTime;

namespace Geopolitics.Model.Cli.Commands;

/// <summary>
/// <c>geopolitics report</c>: the whole picture of a scenario — treaties and their status today and on key dates, who
/// must defend whom, partnership stages and ledgers, sanctions compliance, blocs and the stances — in one readable report or one JSON document.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context, IClock? clock = null)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var dayOption = CommonOptions.Day("--on", "The day the report treats as today (default: today, UTC).", required: false);

        var command = new Command("report", "Print the whole picture of a scenario (default: the built-in RussiaDprk2024).")
        {
            scenarioOption, dayOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var today = parse.GetResult(dayOption) is null
                ? (clock ?? SystemClock.Instance).GetCurrentInstant().InUtc().Date
                : parse.GetValue(dayOption);
            var report = new ScenarioReport(scenario, today, parse.GetValue(minimumOption));
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, report.ToJson());
            }
            else
            {
                report.WriteText(context.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The sections of the report, computed once and printed as text or JSON.</summary>
    private sealed class ScenarioReport
    {
        private readonly Scenario _scenario;
        private readonly LocalDate _today;
        private readonly Confidence _minimum;
        private readonly StatusAnalysis _status;
        private readonly DefenceAnalysis _defence;
        private readonly ImmutableArray<LocalDate> _keyDates;
        private readonly ImmutableArray<(ActorId First, ActorId Second)> _pairs;
        private readonly PartnershipAnalysis _partnerships;
        private readonly ComplianceReport _compliance;
        private readonly AlignmentBlocs _blocs;

        public ScenarioReport(Scenario scenario, LocalDate today, Confidence minimum)
        {
            _scenario = scenario;
            _today = today;
            _minimum = minimum;
            _status = new StatusAnalysis(scenario.Treaties);
            _defence = new DefenceAnalysis(scenario);
            _keyDates = KeyDates(scenario, today);
            _pairs = Partnerships(scenario);
            _partnerships = new PartnershipAnalysis(scenario);
            _compliance = new ComplianceAnalysis(scenario).Check(minimum);
            _blocs = new AlignmentAnalysis(scenario).Blocs(today, minimum);
        }

        public void WriteText(TextWriter writer)
        {
            writer.WriteLine($"# {_scenario.Name}");
            if (_scenario.Description is { } description)
            {
                writer.WriteLine(description);
            }

            writer.WriteLine($"Today: {_today:uuuu-MM-dd}. Minimum confidence: {_minimum}. {_scenario}.");
            writer.WriteLine();
            writer.WriteLine("## Treaties");
            var treaties = new TextTable(["treaty", .. _keyDates.Select(d => d.ToString("uuuu-MM-dd", null)), "name"]);
            foreach (var treaty in _scenario.Treaties)
            {
                treaties.Add([treaty.Id, .. _keyDates.Select(day => string.Join(" or ", _status.EvaluateTreaty(treaty, day, _minimum).Statuses)), treaty.Name]);
            }

            treaties.WriteTo(writer);
            writer.WriteLine();
            writer.WriteLine($"## Who must defend whom on {_today:uuuu-MM-dd} (attack on home territory)");
            var defenders = new TextTable("victim", "defenders", "treaties");
            foreach (var (victim, answer) in DefenceAnswers())
            {
                defenders.Add(victim, Describe(answer), string.Join(", ", answer.Obligations.Select(o => o.Treaty.Value).Distinct()));
            }

            defenders.WriteTo(writer);
            writer.WriteLine();
            foreach (var (first, second) in _pairs)
            {
                var timeline = StageTimeline(first, second);
                var profile = _partnerships.Profile(first, second, _today, _minimum).AsT0;
                writer.WriteLine($"## Partnership {first}–{second}");
                writer.WriteLine($"Stage on {_today:uuuu-MM-dd}: {profile.CertainStage}{(profile.IsCertain ? string.Empty : $" (possibly {profile.PossibleStage})")}; holds: {string.Join(", ", profile.Indicators.Where(i => i.Holds.IsTrue).Select(i => i.Stage))}");
                foreach (var change in timeline.Changes)
                {
                    writer.WriteLine($"  {change}");
                }

                writer.WriteLine();
                writer.WriteLine($"### Ledger {first}–{second}, all dates");
                writer.WriteLine(Ledger(first, second).ToString());
                writer.WriteLine();
            }

            writer.WriteLine("## Sanctions compliance");
            ComplianceCommand.WriteText(writer, _compliance);
            writer.WriteLine();
            writer.WriteLine($"## Blocs on {_today:uuuu-MM-dd}");
            writer.WriteLine($"{string.Join(" ", _blocs.Blocs)}; unaligned: {string.Join(", ", _blocs.Unaligned)}");
            writer.WriteLine();
            writer.WriteLine("## Stances");
            var stances = new TextTable("date", "holder", "position", "target", "confidence");
            foreach (var stance in _scenario.Stances.Where(s => s.Evidence.IsAdmittedBy(_minimum)).OrderBy(s => s.Date))
            {
                stances.Add(stance.Date, stance.Holder, stance.Position, stance.Target, stance.Evidence.Confidence);
            }

            stances.WriteTo(writer);
        }

        public JsonObject ToJson() => new()
        {
            ["scenario"] = _scenario.Name,
            ["today"] = _today.ToString("uuuu-MM-dd", null),
            ["minConfidence"] = JsonOutput.Name(_minimum),
            ["treaties"] = JsonOutput.Array(_scenario.Treaties, treaty => new JsonObject
            {
                ["treaty"] = treaty.Id.Value,
                ["name"] = treaty.Name,
                ["status"] = JsonOutput.Array(_keyDates, day => new JsonObject
                {
                    ["on"] = day.ToString("uuuu-MM-dd", null),
                    ["statuses"] = JsonOutput.Strings(_status.EvaluateTreaty(treaty, day, _minimum).Statuses.Select(s => JsonOutput.Name(s))),
                }),
            }),
            ["defenders"] = JsonOutput.Array(DefenceAnswers(), pair => new JsonObject
            {
                ["victim"] = pair.Victim.Value,
                ["obligations"] = JsonOutput.Array(pair.Answer.Obligations, DefendersCommand.ObligationJson),
            }),
            ["partnerships"] = JsonOutput.Array(_pairs, pair =>
            {
                var json = PartnershipCommand.ToJson(_partnerships.Profile(pair.First, pair.Second, _today, _minimum).AsT0);
                json["timeline"] = JsonOutput.Array(StageTimeline(pair.First, pair.Second).Changes, change => new JsonObject
                {
                    ["when"] = change.When.ToString(),
                    ["before"] = JsonOutput.Name(change.Before),
                    ["after"] = JsonOutput.Name(change.After),
                });
                json["ledger"] = LedgerCommand.ToJson(Ledger(pair.First, pair.Second));
                return json;
            }),
            ["compliance"] = ComplianceCommand.ToJson(_compliance),
            ["alignment"] = AlignmentCommand.ToJson(_blocs),
            ["stances"] = JsonOutput.Array(_scenario.Stances.Where(s => s.Evidence.IsAdmittedBy(_minimum)).OrderBy(s => s.Date), stance => new JsonObject
            {
                ["id"] = stance.Id.Value,
                ["date"] = stance.Date.ToString(),
                ["holder"] = stance.Holder.Value,
                ["position"] = JsonOutput.Name(stance.Position),
                ["target"] = stance.Target.ToString(),
                ["confidence"] = JsonOutput.Name(stance.Evidence.Confidence),
            }),
        };

        private PartnershipTimeline StageTimeline(ActorId first, ActorId second)
        {
            var earliest = _scenario.TransfersBetween(first, second).Select(t => (LocalDate?)t.Period.Start.Start)
                .Concat(_scenario.TreatiesOf(first).Where(t => t.IsParty(second)).SelectMany(t => t.Parties).Select(p => p.Signature?.Date.Start))
                .OfType<LocalDate>()
                .Where(d => d <= _today)
                .DefaultIfEmpty(_today)
                .Min();
            return _partnerships.Timeline(first, second, LocalDate.Max(earliest.PlusYears(-1), _today.PlusYears(-30)), _today, _minimum).AsT0;
        }

        private LedgerReport Ledger(ActorId first, ActorId second) =>
            new LedgerAnalysis(_scenario).Between(first, second, null, null, _minimum).AsT0;

        // The pairs of actors that exchanged anything, in the order their first transfer appears.
        private static ImmutableArray<(ActorId First, ActorId Second)> Partnerships(Scenario scenario) =>
            [.. scenario.Transfers
                .Select(t => string.CompareOrdinal(t.Supplier.Value, t.Recipient.Value) < 0 ? (t.Supplier, t.Recipient) : (t.Recipient, t.Supplier))
                .Distinct()];

        private IEnumerable<(ActorId Victim, DefenceAnswer Answer)> DefenceAnswers() =>
            _scenario.Actors.Where(a => a.Kind == ActorKind.State)
                .Select(actor => (actor.Id, _defence.Defenders(actor.Id, _today, minimum: _minimum)))
                .Where(pair => pair.Item2.IsT0)
                .Select(pair => (pair.Id, pair.Item2.AsT0));

        private static string Describe(DefenceAnswer answer) =>
            answer.Obligations.IsEmpty
                ? "no one"
                : string.Join(", ", answer.Obligations.GroupBy(o => o.Guarantor).Select(g =>
                    g.Any(o => o.Applies.IsTrue) ? g.Key.Value : $"{g.Key} (unknown)"));

        // The days on which a treaty of the scenario was signed, consented to or entered into force, within the last
        // three years, and today: the days on which an analyst wants the status side by side.
        private ImmutableArray<LocalDate> KeyDates(Scenario scenario, LocalDate today)
        {
            var days = scenario.Treaties
                .SelectMany(t => t.Parties.SelectMany(p => new[] { p.Signature?.Date.End, p.Consent?.Date.End })
                    .Append(_status.EvaluateTreaty(t, today, _minimum).EntryIntoForce?.Latest))
                .OfType<LocalDate>()
                .Where(d => d.Year >= today.Year - 3 && d < today)
                .Append(today)
                .Distinct()
                .Order()
                .ToList();
            return [.. days.TakeLast(6)];
        }
    }
}
