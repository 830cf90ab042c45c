using System.CommandLine;
using System.Text.Json.Nodes;
using Geopolitics.Model.Cli.Output;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics validate FILE</c>: every error with its location and code, or "valid".</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var fileArgument = new Argument<string>("FILE") { Description = "The scenario JSON file to check.", Validators = { CommonOptions.NonBlankPath } };
        var formatOption = CommonOptions.Format();
        var command = new Command("validate", "Check a scenario file: print every error with its location and code, or \"valid\".")
        {
            fileArgument, formatOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(fileArgument)!;
            var result = ScenarioJson.LoadFile(path);
            var json = parse.GetValue(formatOption) == OutputFormat.Json;
            return result.Match(
                scenario =>
                {
                    if (json)
                    {
                        JsonOutput.Write(context.Out, new JsonObject { ["file"] = path, ["valid"] = true, ["scenario"] = scenario.Name, ["errors"] = new JsonArray() });
                    }
                    else
                    {
                        context.Out.WriteLine($"valid: {path} ({scenario})");
                    }

                    return ExitCodes.Success;
                },
                errors =>
                {
                    if (json)
                    {
                        JsonOutput.Write(context.Out, new JsonObject
                        {
                            ["file"] = path,
                            ["valid"] = false,
                            ["errors"] = JsonOutput.Array(errors, ErrorJson),
                        });
                    }

                    ScenarioSource.WriteErrors(context.Error, errors);
                    return errors.Any(e => e.Code == ErrorCodes.FileNotReadable) ? ExitCodes.UsageOrIo : ExitCodes.InvalidData;
                });
        });
        return command;
    }

    public static JsonObject ErrorJson(ModelError error) => new()
    {
        ["code"] = error.Code,
        ["message"] = error.Message,
        ["file"] = error.Location.File,
        ["line"] = error.Location.Line,
        ["column"] = error.Location.Column,
        ["path"] = error.Location.Path?.ToString(),
    };
}
