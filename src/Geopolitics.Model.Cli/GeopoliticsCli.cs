using System.CommandLine;
using Geopolitics.Model.Cli.Commands;

namespace Geopolitics.Model.Cli;

/// <summary>The <c>geopolitics</c> command line: parses arguments, runs one command, returns its exit code.</summary>
internal static class GeopoliticsCli
{
    /// <summary>Runs the command line in-process, writing to the given writers.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="standardError">Standard error.</param>
    /// <param name="progress">The progress line for long imports, when standard error is a terminal; none by default.</param>
    /// <returns>
    /// 0 on success, 1 for invalid data or a domain error, 2 for a usage or I/O error, 70 for an internal error. Every
    /// failure is reported on standard error in one line; a stack trace only for an internal error with <c>--verbose</c>.
    /// </returns>
    public static int Run(string[] args, TextWriter output, TextWriter standardError, ProgressLine? progress = null)
    {
        StartupTiming.Mark("main entered");
        var standardOutput = new OutputWriter(output, "standard output");
        var error = new ErrorWriter(standardError);
        var context = new CliContext(standardOutput, error, progress);
        var verbose = Verbose();
        var root = Create(context, verbose);
        StartupTiming.Mark("commands built");

        try
        {
            // No response files: '@file' would read a file and echo its contents into errors about them.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            StartupTiming.Mark("parsed");
            if (parse.Errors.Count > 0)
            {
                foreach (var problem in parse.Errors)
                {
                    error.WriteLine($"error: {problem.Message}{CommandSuggestions.For(problem.Message, parse)}");
                }

                error.WriteLine("Run 'geopolitics --help' for usage.");
                return ExitCodes.UsageOrIo;
            }

            try
            {
                // The tool reports exceptions itself: System.CommandLine's handler would print a stack trace and exit 1.
                var code = parse.Invoke(new InvocationConfiguration { Output = standardOutput, Error = error, EnableDefaultExceptionHandler = false });
                standardOutput.Flush();
                return code;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {OneLine(e.Message)}");
                return ExitCodes.UsageOrIo;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error.WriteLine($"internal error: {e.GetType().Name}: {OneLine(e.Message)} (a bug in geopolitics; run again with --verbose for the stack trace)");
                if (parse.GetValue(verbose))
                {
                    standardError.WriteLine(e.ToString());
                }

                return ExitCodes.InternalError;
            }
        }
        catch (IOException)
        {
            // Standard error itself cannot be written: the exit code is all that is left.
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>The option that adds the stack trace to an internal error, accepted by every command.</summary>
    internal static Option<bool> Verbose() => new("--verbose")
    {
        Description = "On an internal error, print the stack trace too.",
        Recursive = true,
    };

    /// <summary>The command tree, with the examples in its help.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <param name="verbose">The <c>--verbose</c> option, added to the root.</param>
    internal static RootCommand Create(CliContext context, Option<bool> verbose)
    {
        var root = new RootCommand("Geopolitics.Model: treaties, defence obligations, transfers, stances and sanctions of a scenario.")
        {
            ReportCommand.Create(context),
            ValidateCommand.Create(context),
            StatusCommand.Create(context),
            DefendersCommand.Create(context),
            GraphCommand.Create(context),
            LedgerCommand.Create(context),
            ComplianceCommand.Create(context),
            TimelineCommand.Create(context),
            PartnershipCommand.Create(context),
            AlignmentCommand.Create(context),
            DatasetCommands.Atop(context),
            DatasetCommands.Sipri(context),
            UngaCommands.Unga(context),
            DatasetCommands.Import(context),
        };
        root.Options.Add(verbose);
        HelpExamples.AddTo(root);
        return root;
    }

    /// <summary>An exception's message on one line: its line breaks become spaces.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(["\r\n", "\n", "\r"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
