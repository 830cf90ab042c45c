using System.Diagnostics;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>The progress line of long imports: on standard error only, and only when it is a terminal.</summary>
public sealed class ProgressLineTests
{
    private const string Voeten = "unga/voeten_2016/UNVotesPublished.csv.gz";

    [Fact]
    public void Run_WorkPastTheDelay_ShowsTheLineOnTheTerminalThenErasesIt()
    {
        var terminal = new SignallingWriter();
        var context = new CliContext(new StringWriter(), new StringWriter(), new ProgressLine(terminal, TimeSpan.Zero));

        // The work lasts until the line has been drawn once (or 30 s pass, and the assertions below fail).
        var result = ProgressLine.Run(context, "reading votes.csv", () => terminal.Drawn.Wait(TimeSpan.FromSeconds(30)) ? 42 : 0);

        Assert.Equal(42, result);
        var text = terminal.ToString();
        Assert.StartsWith("\rreading votes.csv… ", text, StringComparison.Ordinal);
        Assert.Matches(@"\r +\r$", text);
        Assert.Empty(context.Out.ToString()!);
        Assert.Empty(context.Error.ToString()!);
    }

    [Fact]
    public void Run_NoProgressLine_RunsTheWorkAndWritesNothing()
    {
        var context = new CliContext(new StringWriter(), new StringWriter());

        var result = ProgressLine.Run(context, "reading votes.csv", () => 7);

        Assert.Equal(7, result);
        Assert.Empty(context.Out.ToString()!);
        Assert.Empty(context.Error.ToString()!);
    }

    // The installed tool decides from Console.IsErrorRedirected: run it as a process, standard error redirected, on an
    // import that takes seconds, and no progress line may appear on either stream.
    [SharedDatasetFact(Voeten)]
    public void Tool_StandardErrorRedirected_LongImportWritesNoProgress()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "geopolitics.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { tool, "unga", "similarity", "IND", "PAK", "--votes", SharedDatasetFactAttribute.Path(Voeten), "--year", "1975" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("ccode1,ccode2,year", output.Result, StringComparison.Ordinal);
        Assert.Contains("rejected", error, StringComparison.Ordinal);
        Assert.DoesNotContain("reading ", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain("reading ", output.Result, StringComparison.Ordinal);
    }

    private sealed class SignallingWriter : StringWriter
    {
        public ManualResetEventSlim Drawn { get; } = new();

        public override void Flush()
        {
            base.Flush();
            Drawn.Set();
        }
    }
}
