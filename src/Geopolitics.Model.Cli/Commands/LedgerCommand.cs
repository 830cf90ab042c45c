using System.CommandLine;
using System.Text.Json.Nodes;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Cli.Output;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics ledger --between A B [--from DATE] [--to DATE]</c>: what flowed each way between two actors.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var betweenOption = new Option<Actors.ActorId[]>("--between")
        {
            Description = "The two actors, for example --between RUS PRK.",
            HelpName = "A B",
            Required = true,
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
            scenarioOption, betweenOption, fromOption, toOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var pair = parse.GetValue(betweenOption)!;
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
                JsonOutput.Write(context.Out, ToJson(ledger));
            }
            else
            {
                context.Out.WriteLine(ledger.ToString());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static JsonObject ToJson(LedgerReport ledger) => new()
    {
        ["first"] = ledger.First.Value,
        ["second"] = ledger.Second.Value,
        ["from"] = ledger.From?.ToString("uuuu-MM-dd", null),
        ["to"] = ledger.To?.ToString("uuuu-MM-dd", null),
        ["minConfidence"] = JsonOutput.Name(ledger.Minimum),
        ["reciprocal"] = ledger.IsReciprocal.ToString(),
        ["flows"] = new JsonArray(FlowJson(ledger.FirstToSecond), FlowJson(ledger.SecondToFirst)),
        ["exchanges"] = JsonOutput.Strings(ledger.Exchanges.Select(e => e.ToString())),
        ["transfers"] = JsonOutput.Strings(ledger.Used.Select(f => f.Id)),
        ["possiblyInPeriod"] = JsonOutput.Strings(ledger.PossiblyInPeriod.Select(f => f.Id)),
        ["setAside"] = JsonOutput.Array(ledger.SetAside, s => new JsonObject { ["id"] = s.Fact.Id, ["reason"] = JsonOutput.Name(s.Reason) }),
    };

    private static JsonObject FlowJson(LedgerFlow flow) => new()
    {
        ["supplier"] = flow.Supplier.Value,
        ["recipient"] = flow.Recipient.Value,
        ["kinds"] = JsonOutput.Strings(flow.Kinds.Select(k => JsonOutput.Name(k))),
        ["munitions"] = JsonOutput.Array(flow.Munitions, m => Total(JsonOutput.Name(m.Category), m.Quantity.ToString(), m.Transfers)),
        ["weaponSystems"] = JsonOutput.Array(flow.WeaponSystems, w => Total(w.Designation, w.ToString(), w.Transfers)),
        ["technology"] = JsonOutput.Array(flow.Technology, t => Total(JsonOutput.Name(t.Domain), string.Join(", ", t.Forms.Select(form => JsonOutput.Name(form))), t.Transfers)),
        ["money"] = JsonOutput.Array(flow.Money, m => Total(m.Currency.ToString(), m.Amount.ToString(), m.Transfers)),
        ["personnel"] = JsonOutput.Array(flow.Personnel, p => Total(JsonOutput.Name(p.Role), p.Count.ToString(), p.Transfers)),
        ["resources"] = JsonOutput.Array(flow.Resources, r => Total(JsonOutput.Name(r.Resource), r.Quantity.ToString(), r.Transfers)),
    };

    private static JsonObject Total(string item, string amount, IEnumerable<Transfers.TransferId> transfers) => new()
    {
        ["item"] = item,
        ["amount"] = amount,
        ["transfers"] = JsonOutput.Strings(transfers.Select(t => t.Value)),
    };

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
