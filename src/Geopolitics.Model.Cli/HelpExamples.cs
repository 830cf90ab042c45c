using System.Collections.Frozen;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Geopolitics.Model.Cli;

/// <summary>
/// The examples that <c>--help</c> prints under each command, all in this one table, keyed by the command's path
/// (<c>report</c>, <c>atop state-years</c>; the empty path is the root). A test checks that every command has some.
/// </summary>
internal static class HelpExamples
{
    private static readonly FrozenDictionary<string, string[]> ByPath = new Dictionary<string, string[]>
    {
        [""] =
        [
            "geopolitics report --on 2025-01-01",
            "geopolitics defenders --victim KOR --on 2025-01-01",
            "geopolitics validate my-scenario.json",
        ],
        ["report"] =
        [
            "geopolitics report --on 2025-01-01",
            "geopolitics report --scenario my-scenario.json --min-confidence confirmed --format json",
        ],
        ["validate"] = ["geopolitics validate my-scenario.json", "geopolitics validate my-scenario.json --format json"],
        ["status"] = ["geopolitics status --treaty rus-prk-2024 --on 2024-11-10"],
        ["defenders"] =
        [
            "geopolitics defenders --victim KOR --on 2025-01-01",
            "geopolitics defenders --victim USA --on 2025-01-01 --location Guam --include-ruled-out",
            "geopolitics defenders --victim KOR --on 2025-01-01 --attacker PRK --provoked false --min-confidence confirmed",
        ],
        ["graph"] = ["geopolitics graph --on 2025-01-01 --format mermaid"],
        ["ledger"] =
        [
            "geopolitics ledger RUS PRK --from 2023-01-01 --to 2024-12-31",
            "geopolitics ledger RUS PRK --min-confidence potential",
        ],
        ["compliance"] = ["geopolitics compliance --on 2025-01-01 --format json"],
        ["timeline"] = ["geopolitics timeline --actor PRK --from 2024-01-01 --to 2024-12-31"],
        ["partnership"] = ["geopolitics partnership RUS PRK --on 2024-11-01", "geopolitics partnership RUS PRK --since 2020-01-01 --format json"],
        ["alignment"] = ["geopolitics alignment --on 2025-01-01 --threshold 0.8"],
        ["atop"] = ["geopolitics atop state-years --members atop5_1m.csv --out sy.csv"],
        ["atop state-years"] = ["geopolitics atop state-years --members atop5_1m.csv --out sy.csv"],
        ["atop dyad-years"] = ["geopolitics atop dyad-years --members atop5_1m.csv --out dyad-years.csv --max-facts 1000000"],
        ["sipri"] = ["geopolitics sipri totals --file trade-register.csv --by pair --year order"],
        ["sipri totals"] = ["geopolitics sipri totals --file trade_2023.csv --by pair --year delivery --out tiv.csv"],
        ["unga"] = ["geopolitics unga similarity IND PAK --votes UNVotesPublished.csv.gz --year 1975"],
        ["unga similarity"] =
        [
            "geopolitics unga similarity IND PAK --votes UNVotesPublished.csv.gz --year 1975",
            "geopolitics unga similarity --votes un_votes.csv.gz --from 2000 --to 2020 --out dyad-years.csv",
        ],
        ["unga blocs"] = ["geopolitics unga blocs --votes UNVotesPublished.csv.gz --year 1985 --measure kappa --threshold 0.6"],
        ["import"] = ["geopolitics import atop --members atop5_1m.csv --alliances atop5_1a.csv --out atop.json"],
        ["import atop"] = ["geopolitics import atop --members atop5_1m.csv --alliances atop5_1a.csv --out atop.json"],
        ["import cow"] = ["geopolitics import cow --members alliance_v4.1_by_member.csv --out cow.json"],
        ["import sipri"] = ["geopolitics import sipri --file trade-register.csv --out sipri.json"],
        ["import unga"] = ["geopolitics import unga --votes UNVotesPublished.csv.gz --out unga.json"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The examples of a command, by its path; empty for a command that has none.</summary>
    public static IReadOnlyList<string> For(Command command) =>
        ByPath.TryGetValue(PathOf(command), out var examples) ? examples : [];

    /// <summary>A command's path below the root: the names of its parent commands and its own, space-separated.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command { } current && current is not RootCommand; symbol = current.Parents.FirstOrDefault())
        {
            names.Add(current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Makes the help option print an "Examples:" section after the default help of the command asked about.</summary>
    public static void AddTo(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new WithExamples(help);
            }
        }
    }

    // System.CommandLine 2.0 keeps its help layout internal: the default help is written first, the examples after it.
    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        // As the help it wraps: asking for a command's help is not an error for want of its required options.
        public override bool ClearsParseErrors => help.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            var examples = For(parseResult.CommandResult.Command);
            if (examples.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
