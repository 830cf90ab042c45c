using System.CommandLine.Parsing;
using System.CommandLine;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using NodaTime.Text;
using NodaTime;

namespace Geopolitics.Model.Cli;

/// <summary>Options and argument parsers shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Scenario() => new("--scenario")
    {
        Description = "A scenario JSON file (default: the built-in RussiaDprk2024 scenario).",
        HelpName = "FILE",
        Validators = { NonBlankPath },
    };

    public static Option<Confidence> MinConfidence() => new("--min-confidence")
    {
        Description = "The weakest confidence admitted: Confirmed, Reported, Assessed, Alleged or Potential.",
        HelpName = "LEVEL",
        DefaultValueFactory = _ => ConfidenceExtensions.DefaultMinimum,
        CustomParser = ParseConfidence,
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text or json.",
        HelpName = "text|json",
        DefaultValueFactory = _ => OutputFormat.Text,
        CustomParser = result => ParseEnum(result, OutputFormat.Text),
    };

    public static Option<LocalDate> Day(string name, string description, bool required) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        Required = required,
        CustomParser = ParseDay,
    };

    public static Option<ActorId> Actor(string name, string description, bool required) => new(name)
    {
        Description = description,
        HelpName = "ID",
        Required = required,
        CustomParser = ParseActor,
    };

    /// <summary>Refuses an empty or white-space path, which names no file, as a usage error.</summary>
    public static void NonBlankPath(SymbolResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                var name = result switch
                {
                    OptionResult option => option.Option.Name,
                    ArgumentResult argument => argument.Argument.Name,
                    _ => "the path",
                };
                result.AddError($"{name} is '{token.Value}', which names no file: give the path of a file.");
            }
        }
    }

    public static LocalDate ParseDay(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= 1 and <= 9999)
        {
            return parsed.Value;
        }

        if (parsed.Success)
        {
            // The same years as the scenario file format, whose dates are years 1 to 9999.
            result.AddError($"'{text}' is outside the years 1 to 9999 that dates may have.");
            return default;
        }

        result.AddError($"'{text}' is not a day: expected an ISO 8601 date such as 2024-12-04.");
        return default;
    }

    public static ActorId ParseActor(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ActorId.IsValid(text))
        {
            return new ActorId(text);
        }

        var upper = text.ToUpperInvariant();
        if (ActorId.IsValid(upper))
        {
            return new ActorId(upper);
        }

        result.AddError($"'{text}' is not an actor id: expected an ISO 3166-1 alpha-3 code such as PRK or an upper-case id such as UNSC.");
        return default;
    }

    private static Confidence ParseConfidence(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (text.Equals(nameof(Confidence.Denied), StringComparison.OrdinalIgnoreCase))
        {
            result.AddError("Denied is not a threshold: no threshold admits a denial.");
            return ConfidenceExtensions.DefaultMinimum;
        }

        return ParseEnum(result, ConfidenceExtensions.DefaultMinimum, Confidence.Denied);
    }

    /// <summary>
    /// One of the enum's names, case-insensitively, and nothing else: not a number, not a comma-separated list of
    /// names (which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would combine), not padded.
    /// </summary>
    public static T ParseEnum<T>(ArgumentResult result, T fallback, params T[] excluded)
        where T : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var values = Enum.GetValues<T>().Where(value => !excluded.Contains(value)).ToList();
        foreach (var value in values)
        {
            if (value.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"'{text}' is not one of: {string.Join(", ", values.Select(value => value.ToString().ToLowerInvariant()))}.");
        return fallback;
    }
}
