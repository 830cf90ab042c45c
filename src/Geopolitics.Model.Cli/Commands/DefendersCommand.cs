using System.CommandLine;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics defenders --victim ID --on DATE [--attacker ID] [--provoked true|false|unknown] [--location TEXT]</c>: who must come to the victim's defence, and what the answer rests on.</summary>
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
        var provokedOption = new Option<Truth>("--provoked")
        {
            Description = "Whether the victim provoked the attack: true, false or unknown (default: unknown; non-provocation conditions are then unknown).",
            HelpName = "true|false|unknown",
            DefaultValueFactory = _ => Truth.Unknown,
            CustomParser = ParseProvoked,
        };
        var locationOption = new Option<string?>("--location") { Description = "Where the attack happens: a place of the gazetteer (default: the victim's home territory).", HelpName = "TEXT" };
        var ruledOutOption = new Option<bool>("--include-ruled-out") { Description = "Also list obligations whose conditions certainly fail (applies = false)." };

        var command = new Command("defenders", "List who must come to the defence of a victim on a day, with the treaty, clause and state of each condition.")
        {
            scenarioOption, victimOption, dayOption, attackerOption, provokedOption, locationOption, ruledOutOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var attacker = parse.GetResult(attackerOption) is null ? (Actors.ActorId?)null : parse.GetValue(attackerOption);
            var analysis = new DefenceAnalysis(scenario);
            var result = analysis.Defenders(
                parse.GetValue(victimOption), parse.GetValue(dayOption), attacker, parse.GetValue(locationOption), parse.GetValue(provokedOption).ToNullableBoolean(), parse.GetValue(minimumOption));
            if (result.TryPickT1(out var error, out var answer))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            var includeRuledOut = parse.GetValue(ruledOutOption);
            var setAside = analysis.SetAside(answer);
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(answer, includeRuledOut, setAside));
            }
            else
            {
                AnswerText.Write(context.Out, answer, includeRuledOut, setAside);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>true</c>, <c>false</c> or <c>unknown</c>, case-insensitively: whether the victim provoked the attack.</summary>
    private static Truth ParseProvoked(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        foreach (var truth in (ReadOnlySpan<Truth>)[Truth.True, Truth.False, Truth.Unknown])
        {
            if (truth.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return truth;
            }
        }

        result.AddError($"'{text}' is not one of: true, false, unknown.");
        return Truth.Unknown;
    }
}
