using System.CommandLine;
using System.Text.Json;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Presentation;
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
                        context.Out.WriteLine(AnswerJson.Text(writer =>
                        {
                            writer.WriteStartObject();
                            writer.WriteString("file", path);
                            writer.WriteBoolean("valid", true);
                            writer.WriteString("scenario", scenario.Name);
                            AnswerJson.Array(writer, "errors", Array.Empty<ModelError>(), WriteError);
                            writer.WriteEndObject();
                        }));
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
                        context.Out.WriteLine(AnswerJson.Text(writer =>
                        {
                            writer.WriteStartObject();
                            writer.WriteString("file", path);
                            writer.WriteBoolean("valid", false);
                            AnswerJson.Array(writer, "errors", errors, WriteError);
                            writer.WriteEndObject();
                        }));
                    }

                    ScenarioSource.WriteErrors(context.Error, errors);
                    return errors.Any(e => e.Code == ErrorCodes.FileNotReadable) ? ExitCodes.UsageOrIo : ExitCodes.InvalidData;
                });
        });
        return command;
    }

    private static void WriteError(Utf8JsonWriter writer, ModelError error)
    {
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteString("file", error.Location.File);
        Number(writer, "line", error.Location.Line);
        Number(writer, "column", error.Location.Column);
        writer.WriteString("path", error.Location.Path?.ToString());
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
