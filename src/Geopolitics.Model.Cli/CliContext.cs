namespace Geopolitics.Model.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, with their location.</param>
/// <param name="Progress">The progress line for long imports: only when standard error is a terminal, else <see langword="null"/>.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, ProgressLine? Progress = null);
