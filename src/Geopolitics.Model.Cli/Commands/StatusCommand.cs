using System.CommandLine;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics status --treaty ID --on DATE</c>: a treaty's status, and each party's, on a day.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var treatyOption = new Option<string>("--treaty") { Description = "The treaty's id, for example rus-prk-2024.", HelpName = "ID", Required = true };
        var dayOption = CommonOptions.Day("--on", "The day asked about (ISO 8601).", required: true);

        var command = new Command("status", "Show a treaty's status, and each party's, on a day.")
        {
            scenarioOption, treatyOption, dayOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var treatyText = parse.GetValue(treatyOption)!;
            if (!TreatyId.IsValid(treatyText) || scenario.FindTreaty(new TreatyId(treatyText)) is null)
            {
                var known = string.Join(", ", scenario.Treaties.Select(t => t.Id.Value));
                context.Error.WriteLine($"error: '{treatyText}' is not a treaty of scenario '{scenario.Name}'. Known treaties: {known}.");
                return ExitCodes.InvalidData;
            }

            var report = new StatusAnalysis(scenario)
                .Evaluate(new TreatyId(treatyText), parse.GetValue(dayOption), parse.GetValue(minimumOption)).AsT0; // the id was checked above
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(report));
            }
            else
            {
                AnswerText.Write(context.Out, report, scenario.FindTreaty(report.Treaty)!);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
