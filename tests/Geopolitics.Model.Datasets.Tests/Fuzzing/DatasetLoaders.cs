using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Text;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Datasets.Tests.Fuzzing;

/// <summary>
/// The three importers behind one signature, for the hostile-input and fuzzing tests: bytes in, and out either what was
/// imported or the errors, with the check every outcome must pass (coded, located errors; a scenario that validates
/// and survives the scenario file format).
/// </summary>
internal static partial class DatasetLoaders
{
    public const string FileName = "hostile.csv";

    /// <summary>What an import gave: the scenario (or null), every error and note, and whether it succeeded.</summary>
    public sealed record Outcome(bool Succeeded, Scenario? Scenario, ImmutableArray<ModelError> Errors, int Rows);

    public static Outcome Atop(byte[] members, bool strict = false)
    {
        using var reader = new StreamReader(new MemoryStream(members), Encoding.UTF8);
        var import = AtopImporter.ImportFrom(reader, FileName, null, null, new AtopImportOptions(strict: strict));
        return new(import.Succeeded, import.Scenario, [.. import.Rejected, .. import.Notes], import.Members.Read);
    }

    public static Outcome Cow(byte[] file, bool strict = false)
    {
        using var reader = new StreamReader(new MemoryStream(file), Encoding.UTF8);
        var import = CowAllianceImporter.ImportFrom(reader, FileName, new CowImportOptions(strict: strict));
        return new(import.Succeeded, import.Scenario, [.. import.Rejected, .. import.Notes], import.Rows.Read);
    }

    public static Outcome Sipri(byte[] file, bool strict = false)
    {
        using var stream = new MemoryStream(file);
        return SipriImporter.ImportFrom(stream, FileName, new SipriImportOptions(strict: strict)).Match(
            import => import.ToScenario().Match(
                scenario => new Outcome(true, scenario, import.Rejected, import.RowsRead),
                errors => throw new InvalidOperationException("The imported records do not make a valid scenario: " + errors[0])),
            errors => new Outcome(false, null, errors, 0));
    }

    /// <summary>
    /// The UNGA votes of either release; a 2021 votes file is read with clean roll-call and issue tables of the roll calls
    /// the corpus names, so that every error is the votes file's.
    /// </summary>
    public static Outcome Unga(byte[] votes, bool strict = false)
    {
        const string RollCalls = "rcid,session,importantvote,date,unres,amend,para,short,descr\n3,1,0,1946-01-01,R/1/66,1,0,A,B\n4,45,,1990-12-06,A/RES/45/1,,1,,\n5,45,1,1990-12-07,,0,0,,\n";
        const string Issues = "rcid,short_name,issue\n4,hr,Human rights\n";
        using var reader = new StreamReader(new MemoryStream(votes), Encoding.UTF8);
        var import = UngaImporter.ImportFrom(reader, FileName, new StringReader(RollCalls), FileName, new StringReader(Issues), FileName, new UngaImportOptions(strict: strict));
        var scenario = import.Succeeded
            ? import.ToScenario().Match(s => s, errors => throw new InvalidOperationException("The imported votes do not make a valid scenario: " + errors[0]))
            : null;
        return new(import.Succeeded, scenario, [.. import.Rejected, .. import.Notes], import.Rows.Read);
    }

    /// <summary>What is wrong with an outcome, or <see langword="null"/>: every error coded and located, a failure explained, a scenario valid and writable.</summary>
    public static string? Problem(Outcome outcome)
    {
        if (!outcome.Succeeded && outcome.Errors.IsEmpty)
        {
            return "failed without an error";
        }

        foreach (var error in outcome.Errors)
        {
            if (!CodePattern().IsMatch(error.Code) || string.IsNullOrWhiteSpace(error.Message) || error.Location.File != FileName)
            {
                return $"an error without its code, message or file: {error}";
            }

            if (error.Message.Length > 2_000)
            {
                return $"an error message of {error.Message.Length} characters";
            }
        }

        if (outcome.Scenario is { } scenario)
        {
            var errors = ModelValidation.Check(new ScenarioValidator(), scenario);
            if (!errors.IsEmpty)
            {
                return "the imported scenario is invalid: " + errors[0];
            }

            if (!ScenarioJson.Parse(ScenarioJson.Serialize(scenario)).IsT0)
            {
                return "the imported scenario does not survive the scenario file format";
            }
        }

        return null;
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex CodePattern();
}
