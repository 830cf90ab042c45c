using System.CommandLine;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Cli.Commands;

/// <summary>
/// <c>geopolitics ledger A B [--from DATE] [--to DATE]</c>: what flowed each way between two actors. The pair is
/// positional, as in every command that takes one; <c>--between A B</c>, the earlier form, still works but is hidden.
/// </summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var firstArgument = new Argument<Actors.ActorId>("A") { Description = "One actor, for example RUS.", Arity = ArgumentArity.ZeroOrOne, CustomParser = CommonOptions.ParseActor };
        var secondArgument = new Argument<Actors.ActorId>("B") { Description = "The other actor, for example PRK.", Arity = ArgumentArity.ZeroOrOne, CustomParser = CommonOptions.ParseActor };
        var betweenOption = new Option<Actors.ActorId[]>("--between")
        {
            Description = "Deprecated: the pair as an option (--between RUS PRK); give it as 'ledger RUS PRK'.",
            HelpName = "A B",
            Hidden = true,
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result =>
            {
                var ids = result.Tokens.Select(token => ActorArgument(token.Value, result)).ToArray();
                return ids;
            },
        };
        var fromOption = CommonOptions.Day("--from", "The first day of the window (default: open).", required: false);
        var toOption = CommonOptions.Day("--to", "The last day of the window (default: open).", required: false);

        var command = new Command("ledger", "Show what flowed each way between two actors over a period, summed by kind, and whether it is reciprocal.")
        {
            scenarioOption, firstArgument, secondArgument, betweenOption, fromOption, toOption, minimumOption, formatOption,
        };
        command.Validators.Add(result =>
        {
            var positional = result.GetResult(firstArgument) is { Tokens.Count: > 0 };
            var both = positional && result.GetResult(secondArgument) is { Tokens.Count: > 0 };
            var option = result.GetResult(betweenOption) is not null;
            if (positional && option)
            {
                result.AddError("Give the pair once: 'ledger A B' (--between A B is its deprecated form).");
            }
            else if (!option && !both)
            {
                result.AddError("The pair is missing: give two actors, for example 'ledger RUS PRK'.");
            }
        });
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var pair = parse.GetResult(betweenOption) is not null
                ? parse.GetValue(betweenOption)!
                : [parse.GetValue(firstArgument), parse.GetValue(secondArgument)];
            var from = parse.GetResult(fromOption) is null ? (NodaTime.LocalDate?)null : parse.GetValue(fromOption);
            var to = parse.GetResult(toOption) is null ? (NodaTime.LocalDate?)null : parse.GetValue(toOption);
            var result = new LedgerAnalysis(scenario).Between(pair[0], pair[1], from, to, parse.GetValue(minimumOption));
            if (result.TryPickT1(out var error, out var ledger))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(ledger));
            }
            else
            {
                AnswerText.Write(context.Out, ledger);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Actors.ActorId ActorArgument(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var upper = text.ToUpperInvariant();
        if (Actors.ActorId.IsValid(upper))
        {
            return new Actors.ActorId(upper);
        }

        result.AddError($"'{text}' is not an actor id.");
        return default;
    }
}
