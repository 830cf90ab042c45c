using System.CommandLine;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Presentation;
using NodaTime;

namespace Geopolitics.Model.Cli.Commands;

/// <summary><c>geopolitics partnership A B [--on DATE]</c>: which partnership stages hold between two actors, the stage, and how it changed.</summary>
internal static class PartnershipCommand
{
    public static Command Create(CliContext context, IClock? clock = null)
    {
        var scenarioOption = CommonOptions.Scenario();
        var minimumOption = CommonOptions.MinConfidence();
        var formatOption = CommonOptions.Format();
        var firstArgument = new Argument<Actors.ActorId>("A") { Description = "One actor, for example RUS.", CustomParser = CommonOptions.ParseActor };
        var secondArgument = new Argument<Actors.ActorId>("B") { Description = "The other actor, for example PRK.", CustomParser = CommonOptions.ParseActor };
        var dayOption = CommonOptions.Day("--on", "The day (default: today, UTC).", required: false);
        var sinceOption = CommonOptions.Day("--since", "The first day of the stage timeline (default: ten years before --on).", required: false);

        var command = new Command("partnership", "Show which partnership stages hold between two actors on a day (Symbolic, Transactional, Formalized, Allied, Operational), the stage, and the timeline of stage changes.")
        {
            scenarioOption, firstArgument, secondArgument, dayOption, sinceOption, minimumOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ScenarioSource.TryLoad(parse.GetValue(scenarioOption), context, out var scenario, out var exit))
            {
                return exit;
            }

            var day = parse.GetResult(dayOption) is null ? (clock ?? SystemClock.Instance).GetCurrentInstant().InUtc().Date : parse.GetValue(dayOption);
            // Ten years back, but not before the first day of the file format's years (1–9999).
            var since = parse.GetResult(sinceOption) is null ? LocalDate.Max(day.PlusYears(-10), new LocalDate(1, 1, 1)) : parse.GetValue(sinceOption);
            var profiler = new PartnershipAnalysis(scenario);
            var (first, second, minimum) = (parse.GetValue(firstArgument), parse.GetValue(secondArgument), parse.GetValue(minimumOption));
            var profile = profiler.Profile(first, second, day, minimum);
            if (profile.TryPickT1(out var error, out var result))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            if (since > day)
            {
                context.Error.WriteLine($"error: --since ({since:uuuu-MM-dd}) is after --on ({day:uuuu-MM-dd}).");
                return ExitCodes.UsageOrIo;
            }

            var timeline = profiler.Timeline(first, second, since, day, minimum).AsT0;
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                context.Out.WriteLine(AnswerJson.ToJson(result, timeline));
            }
            else
            {
                AnswerText.Write(context.Out, result, timeline);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
