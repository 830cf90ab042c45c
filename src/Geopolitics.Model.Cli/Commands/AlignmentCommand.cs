using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Cli.Output;
using NodaTime;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics alignment [--on DATE]</c>: blocs of aligned actors and the links behind them.</summary>
internal static class AlignmentCommand
{
    public static Command Create(CliContext context, IClock? clock = null)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var dayOption = CommonOptions.Day("--on", "The day (default: today, UTC).", required: false);
        var thresholdOption = new Option<double>("--threshold")
        {
            Description = "The similarity two actors need to be linked, in [-1, 1] (default 0.5).",
            DefaultValueFactory = _ => AlignmentAnalysis.DefaultThreshold,
        };
        thresholdOption.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (double.IsNaN(value) || value is < -1 or > 1)
            {
                result.AddError("--threshold must be between -1 and 1.");
            }
        });

        var command = new Command("alignment", "Show blocs of aligned actors on a day, from the similarity of their stances and defence ties.")
        {
            scenarioOption, dayOption, thresholdOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var day = parse.GetResult(dayOption) is null ? (clock ?? SystemClock.Instance).GetCurrentInstant().InUtc().Date : parse.GetValue(dayOption);
            var blocs = new AlignmentAnalysis(scenario).Blocs(day, parse.GetValue(minimumOption), parse.GetValue(thresholdOption));
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, ToJson(blocs));
            }
            else
            {
                WriteText(context.Out, blocs);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static JsonObject ToJson(AlignmentBlocs blocs) => new()
    {
        ["on"] = blocs.Day.ToString("uuuu-MM-dd", null),
        ["minConfidence"] = JsonOutput.Name(blocs.Minimum),
        ["threshold"] = blocs.Threshold,
        ["blocs"] = JsonOutput.Array(blocs.Blocs, bloc => JsonOutput.Strings(bloc.Members.Select(m => m.Value))),
        ["unaligned"] = JsonOutput.Strings(blocs.Unaligned.Select(a => a.Value)),
        ["links"] = JsonOutput.Array(blocs.Links, link => new JsonObject
        {
            ["first"] = link.First.Value,
            ["second"] = link.Second.Value,
            ["basis"] = JsonOutput.Name(link.Basis),
            ["score"] = link.Score,
            ["linked"] = link.Linked.ToString(),
            ["conflict"] = link.Conflict.ToString(),
            ["reason"] = link.Reason,
        }),
    };

    public static void WriteText(TextWriter writer, AlignmentBlocs blocs)
    {
        writer.WriteLine(blocs.ToString());
        var table = new TextTable("pair", "basis", "score", "linked", "why");
        foreach (var link in blocs.Links)
        {
            var score = link.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture)
                : $"{link.ScoreLow?.ToString("0.00", CultureInfo.InvariantCulture)}..{link.ScoreHigh?.ToString("0.00", CultureInfo.InvariantCulture)}";
            table.Add($"{link.First}–{link.Second}", link.Basis, score, link.Linked, link.Reason);
        }

        table.WriteTo(writer);
        writer.WriteLine($"Unaligned: {string.Join(", ", blocs.Unaligned)}");
    }
}
