using System.CommandLine;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics compliance [--on DATE]</c>: which transfers breach which sanctions measures, and who is in breach.</summary>
internal static class ComplianceCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var dayOption = CommonOptions.Day("--on", "Only transfers ongoing on this day (default: all dates).", required: false);

        var command = new Command("compliance", "List the transfers that breach a sanctions regime's measures, and which party is in breach.")
        {
            scenarioOption, dayOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var compliance = new ComplianceAnalysis(scenario);
            var report = parse.GetResult(dayOption) is null
                ? compliance.Check(parse.GetValue(minimumOption))
                : compliance.On(parse.GetValue(dayOption), parse.GetValue(minimumOption));
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(report));
            }
            else
            {
                AnswerText.Write(context.Out, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
