using System.CommandLine;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Datasets.Unga;

namespace Geopolitics.Model.Cli.Commands;

/// <summary>
/// The UN General Assembly voting commands: <c>unga similarity</c> (the dyad-year table of vote similarity) and
/// <c>import unga</c> (the votes as stances in a scenario file). Both read either release.
/// </summary>
internal static class UngaCommands
{
    public static Command Unga(CliContext context)
    {
        var files = new FileOptions();
        var yearOption = new Option<int?>("--year") { Description = "Only this calendar year.", HelpName = "YEAR" };
        var fromOption = new Option<int?>("--from") { Description = "The first calendar year (included).", HelpName = "YEAR" };
        var toOption = new Option<int?>("--to") { Description = "The last calendar year (included).", HelpName = "YEAR" };
        var firstArgument = new Argument<string?>("A") { Description = "With B, only this pair of states: two COW codes (750 770) or ISO alpha-3 codes (IND PAK).", Arity = ArgumentArity.ZeroOrOne };
        var secondArgument = new Argument<string?>("B") { Description = "The other state of the pair.", Arity = ArgumentArity.ZeroOrOne };
        var pairOption = new Option<string[]>("--pair")
        {
            Description = "Deprecated: the pair as an option (--pair IND PAK); give it as 'unga similarity IND PAK'.",
            HelpName = "A B",
            Hidden = true,
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var outOption = DatasetCommands.OutOption();
        var similarity = new Command(
            "similarity",
            "Write the vote similarity of every pair of states per calendar year, over the roll calls both voted on, as CSV: ccode1,ccode2,year,n,agree,s,kappa,pi.")
        {
            firstArgument, secondArgument, files.Votes, files.RollCalls, files.Issues, yearOption, fromOption, toOption, pairOption, outOption,
        };

        // The pair, positional (A B) or by the deprecated --pair; null when neither names one.
        string[]? Pair(System.CommandLine.Parsing.SymbolResult result) =>
            result.GetValue(pairOption) is { Length: 2 } option ? option
            : result.GetValue(firstArgument) is { } a && result.GetValue(secondArgument) is { } b ? [a, b]
            : null;
        similarity.Validators.Add(result =>
        {
            if (result.GetValue(yearOption) is not null && (result.GetValue(fromOption) is not null || result.GetValue(toOption) is not null))
            {
                result.AddError("Give either --year or --from/--to, not both.");
            }

            var positional = result.GetValue(firstArgument) is not null;
            if (positional && result.GetValue(secondArgument) is null)
            {
                result.AddError("A pair needs two states, for example 'unga similarity IND PAK'.");
            }

            if (positional && result.GetResult(pairOption) is not null)
            {
                result.AddError("Give the pair once: 'unga similarity A B' (--pair A B is its deprecated form).");
            }

            if (Pair(result) is { } pair)
            {
                var codes = pair.Select(StateCode).ToArray();
                foreach (var (text, code) in pair.Zip(codes))
                {
                    if (code is null)
                    {
                        result.AddError($"'{text}' is not a state: expected a COW state code such as 750 or an ISO alpha-3 code such as IND.");
                    }
                }

                if (codes[0] is { } a && a == codes[1])
                {
                    result.AddError("The pair names the same state twice.");
                }
            }
        });
        similarity.SetAction(parse =>
        {
            var import = files.Import(parse, context);
            DatasetCommands.ReportRejected(context, import.Rejected, import.ToString());
            if (!import.Succeeded)
            {
                return DatasetCommands.FailureCode(import.Rejected);
            }

            var year = parse.GetValue(yearOption);
            (int, int)? pair = Pair(parse.CommandResult) is { } p ? (StateCode(p[0])!.Value, StateCode(p[1])!.Value) : null;
            var rows = VoteSimilarities.DyadYears(import.Votes, year ?? parse.GetValue(fromOption), year ?? parse.GetValue(toOption), pair);
            return DatasetCommands.WriteOutput(context, parse.GetValue(outOption), writer => UngaTables.WriteSimilarityCsv(rows, writer));
        });

        var command = new Command("unga", "Tables from the UN General Assembly roll-call votes (Voeten, Strezhnev and Bailey), either release.");
        command.Subcommands.Add(similarity);
        command.Subcommands.Add(Blocs(context));
        return command;
    }

    private static Command Blocs(CliContext context)
    {
        var files = new FileOptions();
        var yearOption = new Option<int>("--year") { Description = "The calendar year.", HelpName = "YEAR", Required = true };
        var measureOption = new Option<VoteMeasure>("--measure")
        {
            Description = "The measure that links two states: agree, s, kappa or pi.",
            HelpName = "agree|s|kappa|pi",
            DefaultValueFactory = _ => VoteMeasure.Kappa,
            CustomParser = r => CommonOptions.ParseEnum(r, VoteMeasure.Kappa),
        };
        var thresholdOption = new Option<double>("--threshold") { Description = "The least value that links two states (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var minimumOption = new Option<int>("--min-roll-calls") { Description = "The fewest common roll calls a pair needs to be linked (default 10).", DefaultValueFactory = _ => 10 };
        var outOption = DatasetCommands.OutOption();
        var command = new Command("blocs", "Print the blocs of a year: the groups of states joined by pairs whose vote similarity reaches the threshold, one line per bloc of COW codes.")
        {
            files.Votes, files.RollCalls, files.Issues, yearOption, measureOption, thresholdOption, minimumOption, outOption,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(minimumOption) < 1 || double.IsNaN(parse.GetValue(thresholdOption)))
            {
                context.Error.WriteLine("error: --min-roll-calls is at least 1 and --threshold is a number.");
                return ExitCodes.UsageOrIo;
            }

            var import = files.Import(parse, context);
            DatasetCommands.ReportRejected(context, import.Rejected, import.ToString());
            if (!import.Succeeded)
            {
                return DatasetCommands.FailureCode(import.Rejected);
            }

            var year = parse.GetValue(yearOption);
            var blocs = VoteBlocs.Of(VoteSimilarities.DyadYears(import.Votes, year, year), year, parse.GetValue(measureOption), parse.GetValue(thresholdOption), parse.GetValue(minimumOption));
            return DatasetCommands.WriteOutput(context, parse.GetValue(outOption), writer =>
            {
                foreach (var bloc in blocs)
                {
                    writer.Write(string.Join(' ', bloc.Select(state => state.ToString(CultureInfo.InvariantCulture))));
                    writer.Write('\n');
                }
            });
        });
        return command;
    }

    public static Command Import(CliContext context)
    {
        var files = new FileOptions();
        var outOption = DatasetCommands.OutOption();
        var command = new Command("unga", "Import UN General Assembly roll-call votes (the 2016 or the 2021 release): each vote a stance on its resolution.")
        {
            files.Votes, files.RollCalls, files.Issues, outOption,
        };
        command.SetAction(parse =>
        {
            var import = files.Import(parse, context);
            DatasetCommands.ReportRejected(context, import.Rejected, import.ToString());
            return import.ToScenario().Match(
                scenario => DatasetCommands.WriteScenario(context, scenario, parse.GetValue(outOption)),
                errors => import.Succeeded ? DatasetCommands.Fail(context, errors) : DatasetCommands.FailureCode(errors));
        });
        return command;
    }

    /// <summary>A COW code given as a number or an ISO alpha-3 code, or <see langword="null"/>.</summary>
    private static int? StateCode(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code
        : CountryCatalogue.Default.TryGetByAlpha3(text, out var country) ? country.CowCode
        : null;

    /// <summary>The options naming the files of a release.</summary>
    private sealed class FileOptions
    {
        public Option<string> Votes { get; } = new("--votes")
        {
            Description = "The votes: UNVotesPublished.csv.gz (2016 release) or un_votes.csv.gz (2021 release), gzipped or plain.",
            HelpName = "FILE",
            Required = true,
        };

        public Option<string?> RollCalls { get; } = new("--roll-calls")
        {
            Description = "The 2021 release's roll calls (default: un_roll_calls.csv beside the votes).",
            HelpName = "FILE",
        };

        public Option<string?> Issues { get; } = new("--issues")
        {
            Description = "The 2021 release's issues (default: un_roll_call_issues.csv beside the votes).",
            HelpName = "FILE",
        };

        public UngaImport Import(ParseResult parse, CliContext context) => ProgressLine.Run(context, DatasetCommands.Reading(parse.GetValue(Votes)!), () =>
            UngaImporter.Import(parse.GetValue(Votes)!, new UngaImportOptions(rollCallsPath: parse.GetValue(RollCalls), issuesPath: parse.GetValue(Issues))));
    }
}
