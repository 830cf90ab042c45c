using System.CommandLine;
using Geopolitics.Model.Cli.Commands;

namespace Geopolitics.Model.Cli;

/// <summary>The <c>geopolitics</c> command line: parses arguments, runs one command, returns its exit code.</summary>
internal static class GeopoliticsCli
{
    /// <summary>Runs the command line in-process, writing to the given writers.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>0 on success, 1 for invalid data or a domain error, 2 for a usage or I/O error.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
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

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 'geopolitics --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
