using System.CommandLine.Parsing;
using System.CommandLine;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Presentation;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics graph --on DATE --format dot|mermaid|graphml</c>: the defence network on a day.</summary>
internal static class GraphCommand
{
    private static readonly string[] Formats = ["dot", "mermaid", "graphml"];

    public static Command Create(CliContext context)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var dayOption = CommonOptions.Day("--on", "The day (ISO 8601).", required: true);
        var formatOption = new Option<string>("--format")
        {
            Description = "Graph format: dot, mermaid or graphml.",
            HelpName = "dot|mermaid|graphml",
            DefaultValueFactory = _ => "dot",
            CustomParser = ParseFormat,
        };

        var command = new Command("graph", "Export the defence network on a day (guarantor -> beneficiary) as DOT, Mermaid or GraphML.")
        {
            scenarioOption, dayOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var network = new DefenceAnalysis(scenario).Network(parse.GetValue(dayOption), parse.GetValue(minimumOption));
            context.Out.WriteLine(parse.GetValue(formatOption) switch
            {
                "mermaid" => GraphExport.ToMermaid(network),
                "graphml" => GraphExport.ToGraphMl(network),
                _ => GraphExport.ToDot(network),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ParseFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.ToLowerInvariant() : string.Empty;
        if (!Formats.Contains(text))
        {
            result.AddError($"'{text}' is not a graph format: use dot, mermaid or graphml.");
        }

        return text;
    }
}
