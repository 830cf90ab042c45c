using System.CommandLine;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics timeline</c>: every dated fact in order, respecting the precision of its date.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var actorOption = CommonOptions.Actor("--actor", "Only facts involving this actor.", required: false);
        var fromOption = CommonOptions.Day("--from", "The first day (default: open).", required: false);
        var toOption = CommonOptions.Day("--to", "The last day (default: open).", required: false);

        var command = new Command("timeline", "List every dated fact in order (earliest day first, coarser precision first on the same day).")
        {
            scenarioOption, actorOption, fromOption, toOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var result = new TimelineAnalysis(scenario).Query(
                parse.GetResult(actorOption) is null ? null : parse.GetValue(actorOption),
                parse.GetResult(fromOption) is null ? null : parse.GetValue(fromOption),
                parse.GetResult(toOption) is null ? null : parse.GetValue(toOption),
                parse.GetValue(minimumOption));
            if (result.TryPickT1(out var error, out var timeline))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(timeline));
            }
            else
            {
                AnswerText.Write(context.Out, timeline);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
