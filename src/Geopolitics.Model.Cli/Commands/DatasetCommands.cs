using System.CommandLine;
using System.Text;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Cli.Commands;

/// <summary>
/// The dataset commands: <c>atop state-years|dyad-years</c>, <c>sipri totals</c> and <c>import atop|cow|sipri</c>. Output
/// goes to <c>--out FILE</c> or standard output; rejected rows go to standard error with a count. The tables are CSV, or
/// Parquet files with <c>--format parquet</c> (the default when <c>--out</c> ends in <c>.parquet</c>).
/// </summary>
internal static class DatasetCommands
{
    // A file that cannot be read is an I/O error (exit 2), not invalid data.
    private static readonly string[] UnreadableFileCodes =
        [ErrorCodes.FileNotReadable, DatasetErrorCodes.UngaFileUnreadable, DatasetErrorCodes.AtopFileUnreadable, DatasetErrorCodes.CowFileUnreadable, DatasetErrorCodes.SipriFileUnreadable];

    public static Command Atop(CliContext context)
    {
        var command = new Command("atop", "Tables derived from ATOP member-level files, as the ATOP project publishes them.");
        command.Subcommands.Add(StateYears(context));
        command.Subcommands.Add(DyadYears(context));
        return command;
    }

    public static Command Sipri(CliContext context)
    {
        var fileOption = new Option<string>("--file") { Description = "A SIPRI arms transfers export (any of the supported formats).", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var byOption = new Option<SipriGrouping>("--by") { Description = "Group by supplier, recipient or pair.", HelpName = "supplier|recipient|pair", Required = true, CustomParser = r => CommonOptions.ParseEnum(r, SipriGrouping.Supplier) };
        var yearOption = new Option<SipriYearBasis>("--year") { Description = "Year of the order, or of the delivery where the format records deliveries per year.", HelpName = "order|delivery", DefaultValueFactory = _ => SipriYearBasis.Order, CustomParser = r => CommonOptions.ParseEnum(r, SipriYearBasis.Order) };
        var outOption = OutOption();
        var formatOption = TableFormatOption();
        var totals = new Command("totals", "Write SIPRI TIV totals of delivered weapons as CSV or Parquet (supplier, recipient, year, tiv).")
        {
            fileOption, byOption, yearOption, outOption, formatOption,
        };
        totals.Validators.Add(result => CheckTableFormat(result, outOption, formatOption));
        totals.SetAction(parse =>
        {
            var imported = ProgressLine.Run(context, Reading(parse.GetValue(fileOption)!), () => SipriImporter.Import(parse.GetValue(fileOption)!));
            if (imported.TryPickT1(out var errors, out var import))
            {
                return Fail(context, errors);
            }

            ReportRejected(context, import.Rejected, $"{import.File}: {import.RowsRead} rows read, {import.RowsImported} imported, {import.RowsRejected} rejected", import.Notes);
            var table = SipriTotals.Compute(import, parse.GetValue(byOption), parse.GetValue(yearOption));
            if (table.TryPickT1(out var error, out var rows))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            foreach (var note in rows.Notes)
            {
                context.Error.WriteLine($"note: {note}");
            }

            return WriteTable(context, parse.GetValue(outOption), FormatOf(parse, outOption, formatOption), rows.WriteCsv, stream => ParquetTables.WriteSipriTotals(rows, stream));
        });

        var command = new Command("sipri", "Tables derived from SIPRI arms transfers exports.");
        command.Subcommands.Add(totals);
        return command;
    }

    public static Command Import(CliContext context)
    {
        var command = new Command("import", "Import a dataset into a scenario file that every other command accepts with --scenario.");

        var membersOption = new Option<string>("--members") { Description = "The ATOP member-level file.", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var alliancesOption = new Option<string?>("--alliances") { Description = "The ATOP alliance-level file.", HelpName = "FILE", Validators = { CommonOptions.NonBlankPath } };
        var atopOut = OutOption();
        var atop = new Command("atop", "Import ATOP (5.1 or 4.01) member- and alliance-level files.") { membersOption, alliancesOption, atopOut };
        atop.SetAction(parse =>
        {
            var import = ProgressLine.Run(context, Reading(parse.GetValue(membersOption)!), () => AtopImporter.Import(parse.GetValue(membersOption)!, parse.GetValue(alliancesOption)));
            ReportRejected(context, import.Rejected, import.ToString(), import.Notes);
            return import.Scenario is { } scenario ? WriteScenario(context, scenario, parse.GetValue(atopOut)) : FailureCode(import.Rejected);
        });

        var cowMembersOption = new Option<string>("--members") { Description = "The COW Formal Alliances v4.1 by-member file.", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var cowOut = OutOption();
        var cow = new Command("cow", "Import COW Formal Alliances v4.1 (by member).") { cowMembersOption, cowOut };
        cow.SetAction(parse =>
        {
            var import = ProgressLine.Run(context, Reading(parse.GetValue(cowMembersOption)!), () => CowAllianceImporter.Import(parse.GetValue(cowMembersOption)!));
            ReportRejected(context, import.Rejected, import.ToString(), import.Notes);
            return import.Scenario is { } scenario ? WriteScenario(context, scenario, parse.GetValue(cowOut)) : FailureCode(import.Rejected);
        });

        var fileOption = new Option<string>("--file") { Description = "A SIPRI arms transfers export.", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var sipriOut = OutOption();
        var sipri = new Command("sipri", "Import a SIPRI arms transfers export (trade register or per-delivery-year export).") { fileOption, sipriOut };
        sipri.SetAction(parse =>
        {
            var imported = ProgressLine.Run(context, Reading(parse.GetValue(fileOption)!), () => SipriImporter.Import(parse.GetValue(fileOption)!));
            if (imported.TryPickT1(out var errors, out var import))
            {
                return Fail(context, errors);
            }

            ReportRejected(context, import.Rejected, $"{import.File}: {import.RowsRead} rows read, {import.RowsImported} imported, {import.RowsRejected} rejected", import.Notes);
            return import.ToScenario().Match(scenario => WriteScenario(context, scenario, parse.GetValue(sipriOut)), invalid => Fail(context, invalid));
        });

        command.Subcommands.Add(atop);
        command.Subcommands.Add(cow);
        command.Subcommands.Add(sipri);
        command.Subcommands.Add(UngaCommands.Import(context));
        return command;
    }

    private static Command StateYears(CliContext context)
    {
        var membersOption = new Option<string>("--members") { Description = "The ATOP member-level file (5.1 or 4.01).", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var outOption = OutOption();
        var formatOption = TableFormatOption();
        var command = new Command("state-years", "Write the ATOP state-year table (the columns of atop5_1sy.csv) computed from a member-level file, as CSV or Parquet.")
        {
            membersOption, outOption, formatOption,
        };
        command.Validators.Add(result => CheckTableFormat(result, outOption, formatOption));
        command.SetAction(parse =>
        {
            // Annam (8152) is kept for the tables, which leave it out as ATOP's own files do (docs/datasets.md).
            var import = ProgressLine.Run(context, Reading(parse.GetValue(membersOption)!), () => AtopImporter.Import(parse.GetValue(membersOption)!, null, AtopImportOptions.ForTables));
            ReportRejected(context, import.Rejected, import.ToString(), import.Notes);
            if (!import.Succeeded)
            {
                return FailureCode(import.Rejected);
            }

            var rows = AtopTables.StateYears(import);
            var version = import.Version?.Name ?? string.Empty;
            return WriteTable(
                context,
                parse.GetValue(outOption),
                FormatOf(parse, outOption, formatOption),
                writer => AtopTables.WriteStateYearsCsv(rows, version, writer),
                stream =>
                {
                    ParquetTables.WriteStateYears(rows, version, stream);
                    return null;
                });
        });
        return command;
    }

    // The table is refused before it is computed when the members' spells make more facts than --max-facts.
    private static Command DyadYears(CliContext context)
    {
        var membersOption = new Option<string>("--members") { Description = "The ATOP member-level file (5.1 or 4.01).", HelpName = "FILE", Required = true, Validators = { CommonOptions.NonBlankPath } };
        var outOption = OutOption();
        var formatOption = TableFormatOption();
        var maxOption = new Option<long>("--max-facts")
        {
            Description = $"Refuse the table when it needs more facts (pair, year, alliance phase; at most one 8-byte row each) than this (default {AtopTables.DefaultMaxDyadYearFacts}).",
            HelpName = "N",
            DefaultValueFactory = _ => AtopTables.DefaultMaxDyadYearFacts,
        };
        maxOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 0)
            {
                result.AddError("--max-facts must not be negative.");
            }
        });
        var command = new Command("dyad-years", "Write the ATOP directed dyad-year table (ccode1,ccode2,year,defense,offense,neutral,nonagg,consul) computed from a member-level file, as CSV or Parquet.")
        {
            membersOption, outOption, formatOption, maxOption,
        };
        command.Validators.Add(result => CheckTableFormat(result, outOption, formatOption));
        command.SetAction(parse =>
        {
            var import = ProgressLine.Run(context, Reading(parse.GetValue(membersOption)!), () => AtopImporter.Import(parse.GetValue(membersOption)!, null, AtopImportOptions.ForTables));
            ReportRejected(context, import.Rejected, import.ToString(), import.Notes);
            if (!import.Succeeded)
            {
                return FailureCode(import.Rejected);
            }

            var table = AtopTables.DirectedDyadYears(import, parse.GetValue(maxOption));
            if (table.TryPickT1(out var error, out var rows))
            {
                context.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidData;
            }

            return WriteTable(
                context,
                parse.GetValue(outOption),
                FormatOf(parse, outOption, formatOption),
                writer => AtopTables.WriteDirectedDyadYearsCsv(rows, writer),
                stream =>
                {
                    ParquetTables.WriteDirectedDyadYears(rows, stream);
                    return null;
                });
        });
        return command;
    }

    /// <summary>What the progress line says while a file is imported.</summary>
    internal static string Reading(string path) => $"reading {Path.GetFileName(path)}";

    internal static Option<string?> OutOption() => new("--out") { Description = "The file to write (default: standard output).", HelpName = "FILE", Validators = { CommonOptions.NonBlankPath } };

    /// <summary>The tables' <c>--format</c>; without it, the format <c>--out</c>'s extension names (<see cref="FormatOf"/>).</summary>
    internal static Option<TableFormat?> TableFormatOption() => new("--format")
    {
        Description = "Output format: csv, or parquet (a typed, columnar file for DuckDB, Spark or Polars; needs --out). Default: parquet when --out ends in .parquet, otherwise csv.",
        HelpName = "csv|parquet",
        CustomParser = result => CommonOptions.ParseEnum(result, TableFormat.Csv),
    };

    /// <summary>The format asked for, or the one <c>--out</c>'s extension names: <c>.parquet</c> (any case) is Parquet, anything else CSV.</summary>
    internal static TableFormat FormatOf(ParseResult parse, Option<string?> outOption, Option<TableFormat?> formatOption) =>
        FormatOf(parse.GetValue(outOption), parse.GetValue(formatOption));

    private static TableFormat FormatOf(string? path, TableFormat? format) =>
        format ?? (path is not null && path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? TableFormat.Parquet : TableFormat.Csv);

    /// <summary>
    /// Refuses Parquet without <c>--out</c> before any file is read: binary output is written to a file named on purpose,
    /// never sprayed on a terminal by default.
    /// </summary>
    private static void CheckTableFormat(System.CommandLine.Parsing.CommandResult result, Option<string?> outOption, Option<TableFormat?> formatOption)
    {
        // Without --out the extension rule cannot apply, so only an explicit --format parquet is refused. It is read from the
        // token, because GetValue throws when the value did not parse (that is an error of its own, already reported).
        var parquet = result.GetResult(formatOption)?.Tokens is [{ } token] && token.Value.Equals(nameof(TableFormat.Parquet), StringComparison.OrdinalIgnoreCase);
        if (parquet && result.GetResult(outOption) is null)
        {
            result.AddError("--format parquet needs --out FILE: Parquet is a binary file format, not text for standard output. Give the file to write (--out table.parquet), or use --format csv.");
        }
    }

    /// <summary>Writes a table as CSV (to <c>--out</c> or standard output) or as a Parquet file (to <c>--out</c>).</summary>
    internal static int WriteTable(CliContext context, string? path, TableFormat format, Action<TextWriter> csv, Func<Stream, string?> parquet) =>
        format == TableFormat.Parquet ? WriteParquet(context, path!, parquet) : WriteOutput(context, path, csv);

    /// <summary>
    /// Writes a Parquet file, with the same located errors (exit 2) as <see cref="WriteOutput"/>: a folder, a missing folder,
    /// a file that cannot be created, a failure while writing (a full device). The file is written front to back, so a
    /// named pipe or <c>/dev/stdout</c> given as <c>--out</c> works too.
    /// </summary>
    internal static int WriteParquet(CliContext context, string path, Func<Stream, string?> write)
    {
        if (Directory.Exists(path))
        {
            context.Error.WriteLine($"error: --out '{path}' is a folder; give the path of a file to write.");
            return ExitCodes.UsageOrIo;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"error: --out '{path}' cannot be opened for writing: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        string? note;
        try
        {
            note = write(stream);
            stream.Flush();
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: --out '{path}' cannot be written (it may be incomplete): {e.Message}");
            DisposeQuietly(stream);
            return ExitCodes.UsageOrIo;
        }

        stream.Dispose();
        if (note is not null)
        {
            context.Error.WriteLine($"note: {note}");
        }

        return ExitCodes.Success;
    }

    internal static int WriteScenario(CliContext context, Scenario scenario, string? path) =>
        WriteOutput(context, path, writer => writer.Write(ScenarioJson.Serialize(scenario)));

    internal static int WriteOutput(CliContext context, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Out);
            return ExitCodes.Success;
        }

        if (Directory.Exists(path))
        {
            context.Error.WriteLine($"error: --out '{path}' is a folder; give the path of a file to write.");
            return ExitCodes.UsageOrIo;
        }

        StreamWriter writer;
        try
        {
            writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"error: --out '{path}' cannot be opened for writing: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            write(writer);
            writer.Flush();
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: --out '{path}' cannot be written (it may be incomplete): {e.Message}");
            DisposeQuietly(writer);
            return ExitCodes.UsageOrIo;
        }

        writer.Dispose();
        return ExitCodes.Success;
    }

    private static void DisposeQuietly(IDisposable writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
            // The write already failed and was reported; the unflushed rest cannot be written either.
        }
    }

    internal static void ReportRejected(CliContext context, IReadOnlyCollection<ModelError> rejected, string summary, IReadOnlyCollection<ModelError>? notes = null)
    {
        foreach (var error in rejected)
        {
            context.Error.WriteLine($"rejected: {error}");
        }

        foreach (var note in notes ?? [])
        {
            context.Error.WriteLine($"note: {note}");
        }

        context.Error.WriteLine(summary);
    }

    internal static int Fail(CliContext context, IReadOnlyCollection<ModelError> errors)
    {
        ScenarioSource.WriteErrors(context.Error, errors);
        return FailureCode(errors);
    }

    internal static int FailureCode(IEnumerable<ModelError> errors) =>
        errors.Any(e => UnreadableFileCodes.Contains(e.Code)) ? ExitCodes.UsageOrIo : ExitCodes.InvalidData;
}
