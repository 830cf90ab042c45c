using System.CommandLine;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Presentation;
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
                context.Out.WriteLine(AnswerJson.ToJson(blocs));
            }
            else
            {
                AnswerText.Write(context.Out, blocs);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
