using Geopolitics.Model.Cli;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = GeopoliticsCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public System.Text.Json.JsonElement Json() => System.Text.Json.JsonDocument.Parse(Out).RootElement;
}
