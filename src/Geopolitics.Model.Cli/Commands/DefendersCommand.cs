using System.CommandLine;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics defenders --victim ID --on DATE [--attacker ID] [--location TEXT]</c>: who must come to the victim's defence.</summary>
internal static class DefendersCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var victimOption = CommonOptions.Actor("--victim", "The attacked actor, for example PRK.", required: true);
        var dayOption = CommonOptions.Day("--on", "The day of the attack (ISO 8601).", required: true);
        var attackerOption = CommonOptions.Actor("--attacker", "The attacker, when known (adversary conditions are unknown without it).", required: false);
        var locationOption = new Option<string?>("--location") { Description = "Where the attack happens: a place of the gazetteer (default: the victim's home territory).", HelpName = "TEXT" };
        var ruledOutOption = new Option<bool>("--include-ruled-out") { Description = "Also list obligations whose conditions certainly fail (applies = false)." };

        var command = new Command("defenders", "List who must come to the defence of a victim on a day, with the treaty, clause and state of each condition.")
        {
            scenarioOption, victimOption, dayOption, attackerOption, locationOption, ruledOutOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var attacker = parse.GetResult(attackerOption) is null ? (Actors.ActorId?)null : parse.GetValue(attackerOption);
            var result = new DefenceAnalysis(scenario).Defenders(
                parse.GetValue(victimOption), parse.GetValue(dayOption), attacker, parse.GetValue(locationOption), minimum: parse.GetValue(minimumOption));
            if (result.TryPickT1(out var error, out var answer))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            var includeRuledOut = parse.GetValue(ruledOutOption);
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(answer, includeRuledOut));
            }
            else
            {
                AnswerText.Write(context.Out, answer, includeRuledOut);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
