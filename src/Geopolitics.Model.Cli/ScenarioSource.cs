using System.Diagnostics.CodeAnalysis;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Cli;

/// <summary>Loads the scenario a command works on: a file given with <c>--scenario</c>, or the built-in one.</summary>
internal static class ScenarioSource
{
    /// <summary>Loads the scenario, or writes every error with its location to standard error.</summary>
    /// <returns>Whether a scenario was loaded; when not, <paramref name="exitCode"/> is 2 for an unreadable file, 1 for invalid data.</returns>
    public static bool TryLoad(string? path, CliContext context, [NotNullWhen(true)] out Scenario? scenario, out int exitCode)
    {
        scenario = null;
        exitCode = ExitCodes.Success;
        if (path is null)
        {
            scenario = BuiltInScenarios.RussiaDprk2024;
            return true;
        }

        var result = ScenarioJson.LoadFile(path);
        if (result.TryPickT0(out scenario, out var errors))
        {
            return true;
        }

        WriteErrors(context.Error, errors);
        exitCode = errors.Any(e => e.Code == ErrorCodes.FileNotReadable) ? ExitCodes.UsageOrIo : ExitCodes.InvalidData;
        return false;
    }

    /// <summary>Writes errors one per line, <c>location: CODE: message</c>, then a count.</summary>
    public static void WriteErrors(TextWriter writer, IReadOnlyCollection<ModelError> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine($"error: {error}");
        }

        writer.WriteLine(errors.Count == 1 ? "1 error" : $"{errors.Count} errors");
    }
}
