using System.CommandLine;
using System.Text.Json.Nodes;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Cli.Output;

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
                JsonOutput.Write(context.Out, ToJson(report));
            }
            else
            {
                WriteText(context.Out, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static JsonObject ToJson(ComplianceReport report) => new()
    {
        ["on"] = report.Day?.ToString("uuuu-MM-dd", null),
        ["minConfidence"] = JsonOutput.Name(report.Minimum),
        ["breaches"] = JsonOutput.Array(report.Breaches, BreachJson),
        ["setAside"] = JsonOutput.Array(report.SetAside, s => new JsonObject { ["id"] = s.Fact.Id, ["reason"] = JsonOutput.Name(s.Reason) }),
    };

    public static JsonObject BreachJson(SanctionsBreach breach) => new()
    {
        ["regime"] = breach.Regime.Value,
        ["measureKind"] = JsonOutput.Name(breach.Measure.Kind),
        ["measure"] = breach.Measure.ToString(),
        ["transfer"] = breach.Transfer.Value,
        ["supplier"] = breach.Supplier.Value,
        ["recipient"] = breach.Recipient.Value,
        ["party"] = JsonOutput.Name(breach.Party),
        ["partiesInBreach"] = JsonOutput.Strings(breach.PartiesInBreach.Select(a => a.Value)),
        ["breach"] = breach.Truth.ToString(),
        ["reasons"] = JsonOutput.Strings(breach.Reasons),
    };

    public static void WriteText(TextWriter writer, ComplianceReport report)
    {
        var table = new TextTable("transfer", "regime", "measure", "in breach", "certain");
        foreach (var breach in report.Breaches)
        {
            table.Add(breach.Transfer, breach.Regime, breach.Measure, string.Join(" and ", breach.PartiesInBreach), breach.Truth);
        }

        if (table.RowCount == 0)
        {
            writer.WriteLine($"No breach at confidence {report.Minimum} or stronger.");
        }
        else
        {
            table.WriteTo(writer);
        }

        foreach (var fact in report.SetAside)
        {
            writer.WriteLine($"  set aside ({fact.Reason}): {fact.Fact}");
        }
    }
}
