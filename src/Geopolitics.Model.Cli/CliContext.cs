namespace Geopolitics.Model.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, with their location.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
