using System.Diagnostics;

namespace Geopolitics.Model.Cli;

/// <summary>
/// A progress line on a terminal's standard error for work that takes long: once the work has run for
/// <see cref="Delay"/> (a second), one line names it with the seconds elapsed, rewritten in place every second and
/// erased when the work ends. The tool makes one only when standard error is a terminal, so redirected output and
/// standard output never see it.
/// </summary>
/// <param name="terminal">Standard error itself (not the escaping <see cref="ErrorWriter"/>: the line uses a carriage return).</param>
/// <param name="delay">How long the work runs before the line appears.</param>
internal sealed class ProgressLine(TextWriter terminal, TimeSpan delay)
{
    /// <summary>How long the work runs before the line appears.</summary>
    public TimeSpan Delay { get; } = delay;

    /// <summary>A progress line for the console's standard error when it is a terminal; <see langword="null"/> when it is redirected.</summary>
    public static ProgressLine? ForConsole() =>
        Console.IsErrorRedirected ? null : new ProgressLine(Console.Error, TimeSpan.FromSeconds(1));

    /// <summary>Runs the work on the calling thread, showing the line while it runs past the delay.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="context">Where the command writes; the work runs without a line when it has no progress line.</param>
    /// <param name="what">What the work does, for the line: <c>reading atop5_1m.csv</c>.</param>
    /// <param name="work">The work.</param>
    /// <returns>What the work returned.</returns>
    public static T Run<T>(CliContext context, string what, Func<T> work) =>
        context.Progress is { } progress ? progress.Show(what, work) : work();

    private T Show<T>(string what, Func<T> work)
    {
        var gate = new object();
        var shown = 0;
        var finished = false;
        var watch = Stopwatch.StartNew();
        var label = InputText.Escaped(what);
        using var timer = new Timer(
            _ =>
            {
                lock (gate)
                {
                    if (finished)
                    {
                        return;
                    }

                    var line = $"{label}… {watch.Elapsed.TotalSeconds:F0} s";
                    terminal.Write($"\r{line.PadRight(shown)}");
                    terminal.Flush();
                    shown = Math.Max(shown, line.Length);
                }
            },
            null,
            Delay,
            TimeSpan.FromSeconds(1));
        try
        {
            return work();
        }
        finally
        {
            lock (gate)
            {
                finished = true;
                if (shown > 0)
                {
                    // Erase the line, so what the command writes next starts on a clean line.
                    terminal.Write($"\r{new string(' ', shown)}\r");
                    terminal.Flush();
                }
            }
        }
    }
}
