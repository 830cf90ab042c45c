using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Presentation;
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
            StartupTiming.Mark("scenario loaded");
            var report = new ScenarioReport(scenario, today, parse.GetValue(minimumOption));
            StartupTiming.Mark("report computed");
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.Text(report.WriteJson));
            }
            else
            {
                report.WriteText(context.Out);
            }

            StartupTiming.Mark("report written");

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The sections of the report, computed once and printed as text or JSON: the page layout is the tool's own, each
    /// answer in it is written by <see cref="AnswerText"/> and <see cref="AnswerJson"/>.
    /// </summary>
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
                writer.WriteLine($"Stage on {_today:uuuu-MM-dd}: {AnswerText.Stage(profile)}; holds: {string.Join(", ", profile.Indicators.Where(i => i.Holds.IsTrue).Select(i => i.Stage))}");
                AnswerText.WriteChanges(writer, timeline);

                writer.WriteLine();
                writer.WriteLine($"### Ledger {first}–{second}, all dates");
                AnswerText.Write(writer, Ledger(first, second));
                writer.WriteLine();
            }

            writer.WriteLine("## Sanctions compliance");
            AnswerText.Write(writer, _compliance);
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

        public void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("scenario", _scenario.Name);
            writer.WriteString("today", _today.ToString("uuuu-MM-dd", null));
            writer.WriteString("minConfidence", AnswerJson.Name(_minimum));
            AnswerJson.Array(writer, "treaties", _scenario.Treaties, (w, treaty) =>
            {
                w.WriteStartObject();
                w.WriteString("treaty", treaty.Id.Value);
                w.WriteString("name", treaty.Name);
                AnswerJson.Array(w, "status", _keyDates, (v, day) =>
                {
                    v.WriteStartObject();
                    v.WriteString("on", day.ToString("uuuu-MM-dd", null));
                    AnswerJson.Strings(v, "statuses", _status.EvaluateTreaty(treaty, day, _minimum).Statuses.Select(AnswerJson.Name));
                    v.WriteEndObject();
                });
                w.WriteEndObject();
            });
            AnswerJson.Array(writer, "defenders", DefenceAnswers(), (w, pair) =>
            {
                w.WriteStartObject();
                w.WriteString("victim", pair.Victim.Value);
                w.WritePropertyName("obligations");
                AnswerJson.Write(w, pair.Answer, includeRuledOut: false);
                w.WriteEndObject();
            });
            AnswerJson.Array(writer, "partnerships", _pairs, (w, pair) => AnswerJson.Write(
                w,
                _partnerships.Profile(pair.First, pair.Second, _today, _minimum).AsT0,
                StageTimeline(pair.First, pair.Second),
                Ledger(pair.First, pair.Second)));
            writer.WritePropertyName("compliance");
            AnswerJson.Write(writer, _compliance);
            writer.WritePropertyName("alignment");
            AnswerJson.Write(writer, _blocs);
            AnswerJson.Array(writer, "stances", _scenario.Stances.Where(s => s.Evidence.IsAdmittedBy(_minimum)).OrderBy(s => s.Date), (w, stance) =>
            {
                w.WriteStartObject();
                w.WriteString("id", stance.Id.Value);
                w.WriteString("date", stance.Date.ToString());
                w.WriteString("holder", stance.Holder.Value);
                w.WriteString("position", AnswerJson.Name(stance.Position));
                w.WriteString("target", stance.Target.ToString());
                w.WriteString("confidence", AnswerJson.Name(stance.Evidence.Confidence));
                w.WriteEndObject();
            });
            writer.WriteEndObject();
        }

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
