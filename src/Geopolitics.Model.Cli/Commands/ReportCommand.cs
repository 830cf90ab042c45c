using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Cli.Commands;

/// <summary>
/// <c>geopolitics report</c>: the whole picture of a scenario — treaties and their status today and on each treaty's own key days, who
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
        private readonly ImmutableArray<(Treaty Treaty, ImmutableArray<KeyDay> Days)> _keyDays;
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
            _keyDays = KeyDays(scenario, today);
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
            var treaties = new TextTable("treaty", $"on {_today:uuuu-MM-dd}", "name");
            foreach (var treaty in _scenario.Treaties)
            {
                treaties.Add(treaty.Id, string.Join(" or ", _status.EvaluateTreaty(treaty, _today, _minimum).Statuses), treaty.Name);
            }

            treaties.WriteTo(writer);
            writer.WriteLine();
            writer.WriteLine("### Key days of each treaty");
            var days = new TextTable("treaty", "day", "what happened", "status");
            foreach (var (treaty, keyDays) in _keyDays)
            {
                foreach (var day in keyDays)
                {
                    days.Add(treaty.Id, day.Date, string.Join("; ", day.Events), string.Join(" or ", day.Statuses));
                }
            }

            days.WriteTo(writer);
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
                AnswerJson.Strings(w, "statuses", _status.EvaluateTreaty(treaty, _today, _minimum).Statuses.Select(AnswerJson.Name));
                AnswerJson.Array(w, "status", _keyDays.Single(k => k.Treaty == treaty).Days, (v, day) =>
                {
                    v.WriteStartObject();
                    v.WriteString("on", day.Date.ToString());
                    AnswerJson.Strings(v, "events", day.Events);
                    AnswerJson.Strings(v, "statuses", day.Statuses.Select(AnswerJson.Name));
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

        // Each treaty's own key days over its whole life, from the admitted facts in the timeline (signatures, consents
        // with their kind — accessions among them —, entry into force, withdrawals, suspensions, termination, expiry),
        // with the entry into force and expiry the status computes where no fact records them, and today; the status on
        // each (on the last day of a date known to the month or year).
        private ImmutableArray<(Treaty Treaty, ImmutableArray<KeyDay> Days)> KeyDays(Scenario scenario, LocalDate today)
        {
            var entries = new TimelineAnalysis(scenario).Query(minimum: _minimum).AsT0.Entries;
            var result = ImmutableArray.CreateBuilder<(Treaty, ImmutableArray<KeyDay>)>(scenario.Treaties.Length);
            foreach (var treaty in scenario.Treaties)
            {
                var events = entries
                    .Where(e => e.Fact.Id == treaty.Id.Value && e.Kind is FactKind.Treaty or FactKind.TreatyStep && e.Event != TimelineEvent.DomesticStep)
                    .Select(e => (e.Date, Describe(treaty, e)))
                    .GroupBy(e => (e.Date, e.Item2.Label))
                    .Select(g => (g.Key.Date, Text: g.Key.Label + (g.Any(e => e.Item2.Actors.Length > 0) ? ": " + string.Join(", ", g.SelectMany(e => e.Item2.Actors).Distinct()) : string.Empty)))
                    .ToList();
                var now = _status.EvaluateTreaty(treaty, today, _minimum);
                if (now.EntryIntoForce is { IsExact: true } entry && entry.Earliest != LocalDate.MaxIsoValue &&
                    !entries.Any(e => e.Fact.Id == treaty.Id.Value && e.Event == TimelineEvent.EntryIntoForce))
                {
                    events.Add((PartialDate.FromLocalDate(entry.Earliest), "entry into force"));
                }

                if (now.Expiry is { IsExact: true } expiry && expiry.Earliest != LocalDate.MaxIsoValue &&
                    !entries.Any(e => e.Fact.Id == treaty.Id.Value && e.Event == TimelineEvent.Expiry))
                {
                    events.Add((PartialDate.FromLocalDate(expiry.Earliest), "expiry"));
                }

                foreach (var successor in scenario.Treaties.Where(t => t.Id != treaty.Id && t.Supersedes.Contains(treaty.Id)))
                {
                    if (_status.EvaluateTreaty(successor, today, _minimum).EntryIntoForce is { IsExact: true } replaced && replaced.Earliest != LocalDate.MaxIsoValue)
                    {
                        events.Add((PartialDate.FromLocalDate(replaced.Earliest), $"superseded by {successor.Id}"));
                    }
                }

                events.Add((PartialDate.FromLocalDate(today), "today"));
                var days = events
                    .GroupBy(e => e.Date)
                    .OrderBy(g => g.Key)
                    .Select(g => new KeyDay(g.Key, [.. g.Select(e => e.Text).Distinct()], _status.EvaluateTreaty(treaty, g.Key.End, _minimum).Statuses))
                    .ToImmutableArray();
                result.Add((treaty, days));
            }

            return result.MoveToImmutable();
        }

        // What an entry is, in a few words, and the parties it concerns (none for the treaty as a whole).
        private static (string Label, ImmutableArray<ActorId> Actors) Describe(Treaty treaty, TimelineEntry entry)
        {
            var party = entry.Fact.Path.Contains(".Parties[", StringComparison.Ordinal) ? entry.Actors : [];
            return entry.Event switch
            {
                TimelineEvent.Signature => ("signature", party),
                TimelineEvent.Consent => (treaty.Parties.FirstOrDefault(p => p.Actor == entry.Actors[0])?.Consent?.Kind.ToString().ToLowerInvariant() ?? "consent", party),
                TimelineEvent.EntryIntoForce => ("entry into force", []),
                TimelineEvent.WithdrawalNotice => ("notice of withdrawal", party),
                TimelineEvent.WithdrawalEffective => ("withdrawal", party),
                TimelineEvent.SuspensionStart => ("suspension", party),
                TimelineEvent.SuspensionEnd => ("end of suspension", party),
                TimelineEvent.Termination => (treaty.Termination?.Kind == TerminationKind.ByNonRenewal ? "notice of non-renewal" : "termination", []),
                TimelineEvent.TerminationEffective => ("termination takes effect", []),
                TimelineEvent.Expiry => ("expiry", []),
                _ => (entry.Event.ToString(), party),
            };
        }
    }

    /// <summary>A key day of a treaty in the report: the date, what happened on it and the treaty's status then.</summary>
    private sealed record KeyDay(PartialDate Date, ImmutableArray<string> Events, ImmutableArray<TreatyStatus> Statuses);
}
