using System.CommandLine;
using System.Text.Json.Nodes;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Cli.Output;
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
                JsonOutput.Write(context.Out, ToJson(report));
            }
            else
            {
                WriteText(context.Out, report, scenario.FindTreaty(report.Treaty)!);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static JsonObject ToJson(TreatyStatusReport report) => new()
    {
        ["treaty"] = report.Treaty.Value,
        ["on"] = report.Day.ToString("uuuu-MM-dd", null),
        ["minConfidence"] = JsonOutput.Name(report.Minimum),
        ["statuses"] = JsonOutput.Strings(report.Statuses.Select(s => JsonOutput.Name(s))),
        ["inForce"] = report.IsInForce.ToString(),
        ["entryIntoForce"] = report.EntryIntoForce?.ToString(),
        ["parties"] = JsonOutput.Array(report.Parties, party => new JsonObject
        {
            ["actor"] = party.Actor.Value,
            ["statuses"] = JsonOutput.Strings(party.Statuses.Select(s => JsonOutput.Name(s))),
            ["bound"] = party.IsInForce.ToString(),
        }),
        ["facts"] = JsonOutput.Array(report.Facts, FactJson),
        ["ignoredFacts"] = JsonOutput.Array(report.IgnoredFacts, FactJson),
        ["explanation"] = JsonOutput.Strings(report.Explanation),
    };

    public static void WriteText(TextWriter writer, TreatyStatusReport report, Treaty treaty)
    {
        writer.WriteLine($"{treaty.Name} ({treaty.Id})");
        writer.WriteLine($"on {report.Day:uuuu-MM-dd}: {string.Join(" or ", report.Statuses)} (in force: {report.IsInForce}; minimum confidence {report.Minimum})");
        var table = new TextTable("party", "status", "bound");
        foreach (var party in report.Parties)
        {
            table.Add(party.Actor, string.Join(" or ", party.Statuses), party.IsInForce);
        }

        table.WriteTo(writer);
        foreach (var line in report.Explanation)
        {
            writer.WriteLine($"  {line}");
        }
    }

    private static JsonObject FactJson(TreatyFact fact) => new()
    {
        ["kind"] = JsonOutput.Name(fact.Kind),
        ["party"] = fact.Party?.Value,
        ["date"] = fact.Date?.ToString(),
        ["confidence"] = JsonOutput.Name(fact.Evidence.Confidence),
        ["path"] = fact.Path,
        ["description"] = fact.Description,
    };
}
