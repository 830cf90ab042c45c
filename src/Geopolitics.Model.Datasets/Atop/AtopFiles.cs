using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>Reads the rows of the ATOP member-level and alliance-level files, rejecting the ones that cannot be facts.</summary>
internal sealed class AtopFiles
{
    public static readonly TableCodes Codes = new(
        DatasetErrorCodes.AtopFileUnreadable, DatasetErrorCodes.AtopMissingColumn, DatasetErrorCodes.AtopInvalidNumber, DatasetErrorCodes.AtopInvalidDate, DatasetErrorCodes.AtopInvalidFlag, DatasetErrorCodes.AtopUnterminatedQuote)
    {
        DateBeforeCoverage = DatasetErrorCodes.AtopDateBeforeCoverage,
        FirstYear = 1815,
        FirstYearMeaning = "the first year ATOP covers",
    };

    private static readonly string[] MemberColumns =
        ["atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase", "defense", "offense", "neutral", "nonagg", "consul"];

    private static readonly string[] OptionalMemberColumns =
    [
        "cowid", "cow4id", "version", "obvary", "specthrt", "statthr1", "statthr2", "milaid", "base", "intcom", "ecaid", "termmode",
        .. AtopConditionColumns.All.Select(c => c.Column),
    ];

    private static readonly string[] AllianceColumns = ["atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday"];

    private static readonly (string Column, AtopObligations Flag)[] ObligationColumns =
    [
        ("defense", AtopObligations.Defense), ("offense", AtopObligations.Offense), ("neutral", AtopObligations.Neutral),
        ("nonagg", AtopObligations.NonAggression), ("consul", AtopObligations.Consultation),
    ];

    public List<AtopMemberRow> Members { get; } = [];

    /// <summary>The conditions whose columns the member file lacks: no row says whether they limit its clauses.</summary>
    public AtopConditions UnrecordedConditions { get; private set; }

    public List<AtopAllianceRow> Alliances { get; } = [];

    public List<ModelError> Rejected { get; } = [];

    public List<ModelError> Notes { get; } = [];

    public int MembersRead { get; private set; }

    public int AlliancesRead { get; private set; }

    /// <summary>The <c>version</c> of the first member row, when the options do not give one.</summary>
    public string? VersionName { get; private set; }

    /// <summary>Whether a file-level problem stops the import.</summary>
    public bool Failed { get; private set; }

    public void ReadMembers(TextReader text, string file, AtopImportOptions options, CancellationToken cancellationToken)
    {
        var cells = new TableReading(file, Codes);
        try
        {
            using var reader = TableReading.Options.From(text);
            if (reader.Header.IsEmpty)
            {
                Fail(cells.FileError($"'{file}' is empty; an ATOP member-level file starts with a header."));
                return;
            }

            var errors = new List<ModelError>();
            var columns = cells.Columns(reader, MemberColumns, OptionalMemberColumns, errors);
            if (errors.Count > 0)
            {
                Rejected.AddRange(errors);
                Failed = true;
                return;
            }

            NoteMissingOptionalColumns(reader, columns, file);
            if (options.Version is null && columns["version"] < 0)
            {
                Fail(new ModelError(
                    DatasetErrorCodes.AtopUnsupportedVersion,
                    $"'{file}' has no 'version' column and the options give no version, so the end of its coverage (the meaning of exit 0) is unknown.",
                    new ErrorLocation(File: file, Line: 1, Row: 0, Path: TableReading.Column("version"))));
                return;
            }

            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                MembersRead++;
                errors.Clear();
                if (cells.UnclosedQuote(row) is { } quote)
                {
                    Fail(quote);
                    return;
                }

                if (cells.InvalidUtf8(row, reader.Header.ColNames, DatasetErrorCodes.AtopInvalidUtf8) is { } bytes)
                {
                    Notes.Add(bytes);
                }

                var parsed = ParseMember(row, cells, columns, options, errors);
                if (parsed is null)
                {
                    Rejected.Add(errors[0]);
                }
                else
                {
                    Members.Add(parsed);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            Fail(cells.FileError($"'{file}' cannot be read as a comma-separated table: {TableReading.Shortened(e.Message)}"));
        }
    }

    public void ReadAlliances(TextReader text, string file, CancellationToken cancellationToken)
    {
        var cells = new TableReading(file, Codes);
        try
        {
            using var reader = TableReading.Options.From(text);
            if (reader.Header.IsEmpty)
            {
                Fail(cells.FileError($"'{file}' is empty; an ATOP alliance-level file starts with a header."));
                return;
            }

            var errors = new List<ModelError>();
            var columns = cells.Columns(reader, AllianceColumns, [], errors);
            if (errors.Count > 0)
            {
                Rejected.AddRange(errors);
                Failed = true;
                return;
            }

            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AlliancesRead++;
                errors.Clear();
                if (cells.UnclosedQuote(row) is { } quote)
                {
                    Fail(quote);
                    return;
                }

                if (cells.TryInt(row, columns["atopid"], "atopid", errors, out var atopId) &&
                    cells.TryDate(row, (columns["begyr"], columns["begmo"], columns["begday"]), ("begyr", "begmo", "begday"), zeroMeansNone: false, blankMeansNone: false, errors, out var begin) &&
                    cells.TryDate(row, (columns["endyr"], columns["endmo"], columns["endday"]), ("endyr", "endmo", "endday"), zeroMeansNone: true, blankMeansNone: false, errors, out var end))
                {
                    Alliances.Add(new AtopAllianceRow { Row = row.RowIndex, Line = row.LineNumberFrom, AtopId = atopId, Begin = begin!.Value, End = end });
                }
                else
                {
                    Rejected.Add(errors[0]);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            Fail(cells.FileError($"'{file}' cannot be read as a comma-separated table: {TableReading.Shortened(e.Message)}"));
        }
    }

    /// <summary>
    /// Notes the condition and provision columns the header lacks (GM1318), with the header's names it did not
    /// recognise: without the note, a renamed or dropped column would make its conditions silently vanish.
    /// </summary>
    private void NoteMissingOptionalColumns(SepReader reader, Dictionary<string, int> columns, string file)
    {
        var missing = OptionalMemberColumns.Where(name => columns[name] < 0 && name is not ("cowid" or "cow4id" or "version")).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var (column, flag, _) in AtopConditionColumns.All)
        {
            if (missing.Contains(column))
            {
                UnrecordedConditions |= flag;
            }
        }

        var unknown = reader.Header.ColNames.Where(name => !MemberColumns.Contains(name) && !OptionalMemberColumns.Contains(name)).ToList();
        Notes.Add(new ModelError(
            DatasetErrorCodes.AtopMissingOptionalColumns,
            $"The header has no {string.Join(", ", missing.Select(name => $"'{name}'"))}: the conditions and provisions these columns record are not in the file; a clause whose location or non-provocation condition a missing column would record has its conditions marked unrecorded (its defenders' answer is at most possible); the other missing conditions are absent from the clauses' text, and missing provisions are absent{(unknown.Count > 0 ? $"; the header's {string.Join(", ", unknown.Take(10).Select(name => TableReading.Text(name)))} {(unknown.Count == 1 ? "is" : "are")} not an ATOP column" : string.Empty)}.",
            new ErrorLocation(File: file, Line: 1, Row: 0, Path: TableReading.Column(missing[0]))));
    }

    public void Fail(ModelError error)
    {
        Rejected.Add(error);
        Failed = true;
    }

    private static Actor UnlistedActor(int code) =>
        new(new ActorId(string.Create(CultureInfo.InvariantCulture, $"ATOP-{code}")), ActorKind.State, string.Create(CultureInfo.InvariantCulture, $"ATOP member {code} (not a COW state)"));

    private AtopMemberRow? ParseMember(SepReader.Row row, TableReading cells, Dictionary<string, int> columns, AtopImportOptions options, List<ModelError> errors)
    {
        int Col(string name) => columns[name];
        var line = row.LineNumberFrom;
        var index = row.RowIndex;
        if (!cells.TryInt(row, Col("atopid"), "atopid", errors, out var atopId) ||
            !cells.TryInt(row, Col("member"), "member", errors, out var member) ||
            !cells.TryInt(row, Col("phase"), "phase", errors, out var phase))
        {
            return null;
        }

        if (atopId < 1)
        {
            errors.Add(cells.Error(DatasetErrorCodes.AtopInvalidNumber, index, line, "atopid", string.Create(CultureInfo.InvariantCulture, $"'atopid' is {atopId}; an ATOP id is a positive number.")));
            return null;
        }

        if (phase < 0)
        {
            errors.Add(cells.Error(DatasetErrorCodes.AtopInvalidPhase, index, line, "phase", string.Create(CultureInfo.InvariantCulture, $"'phase' is {phase}; a phase is 0 (single phase) or a positive number.")));
            return null;
        }

        if (options.Version is null)
        {
            var version = TableReading.Cell(row, Col("version")).ToString();
            VersionName ??= version;
            if (!string.Equals(version, VersionName, StringComparison.Ordinal))
            {
                errors.Add(cells.Error(DatasetErrorCodes.AtopUnsupportedVersion, index, line, "version", $"'version' is {TableReading.Text(version)} but the file's first row has {TableReading.Text(VersionName)}; one file holds one version."));
                return null;
            }
        }

        if (!cells.TryDate(row, (Col("yrent"), Col("moent"), Col("dayent")), ("yrent", "moent", "dayent"), zeroMeansNone: false, blankMeansNone: false, errors, out var entry) ||
            !cells.TryDate(row, (Col("yrexit"), Col("moexit"), Col("dayexit")), ("yrexit", "moexit", "dayexit"), zeroMeansNone: true, blankMeansNone: false, errors, out var exit))
        {
            return null;
        }

        if (exit is { } ended && ended.End < entry!.Value.Start)
        {
            errors.Add(cells.Error(DatasetErrorCodes.AtopExitBeforeEntry, index, line, "yrexit", $"The exit ({ended}) is before the entry ({entry}); a member leaves after it enters."));
            return null;
        }

        var obligations = AtopObligations.None;
        foreach (var (column, flag) in ObligationColumns)
        {
            if (!cells.TryFlag(row, Col(column), column, blankAllowed: false, errors, out var owed))
            {
                return null;
            }

            if (owed == true)
            {
                obligations |= flag;
            }
        }

        var conditions = AtopConditions.None;
        foreach (var (column, flag, _) in AtopConditionColumns.All)
        {
            if (!cells.TryOptionalInt(row, Col(column), column, errors, out var value))
            {
                return null;
            }

            if (value is > 0)
            {
                conditions |= flag;
            }
        }

        if (!cells.TryOptionalInt(row, Col("obvary"), "obvary", errors, out var vary) ||
            !cells.TryOptionalInt(row, Col("cowid"), "cowid", errors, out var cowId) ||
            !cells.TryOptionalInt(row, Col("cow4id"), "cow4id", errors, out var cow4Id) ||
            !cells.TryOptionalInt(row, Col("specthrt"), "specthrt", errors, out var specificThreat) ||
            !cells.TryOptionalInt(row, Col("statthr1"), "statthr1", errors, out var threat1) ||
            !cells.TryOptionalInt(row, Col("statthr2"), "statthr2", errors, out var threat2) ||
            !cells.TryOptionalInt(row, Col("milaid"), "milaid", errors, out var militaryAid) ||
            !cells.TryOptionalInt(row, Col("base"), "base", errors, out var bases) ||
            !cells.TryOptionalInt(row, Col("intcom"), "intcom", errors, out var command) ||
            !cells.TryOptionalInt(row, Col("ecaid"), "ecaid", errors, out var economicAid) ||
            !cells.TryOptionalInt(row, Col("termmode"), "termmode", errors, out var terminationMode))
        {
            return null;
        }

        if (!CowActors.TryGetActor(member, out var actor))
        {
            if (!options.KeepUnlistedMembers || member < 1)
            {
                errors.Add(cells.Error(DatasetErrorCodes.AtopUnknownStateCode, index, line, "member", string.Create(CultureInfo.InvariantCulture,
                    $"Member {member} of ATOP alliance {atopId} is not a state of the COW state list, so it has no actor; the row is not imported (AtopImportOptions.KeepUnlistedMembers keeps it under an ATOP-only id).")));
                return null;
            }

            actor = UnlistedActor(member);
            Notes.Add(cells.Error(DatasetErrorCodes.AtopUnlistedMemberKept, index, line, "member", string.Create(CultureInfo.InvariantCulture,
                $"Member {member} of ATOP alliance {atopId} is not a state of the COW state list; it is kept as '{actor.Id}' and left out of the state-year and dyad-year tables.")));
        }

        return new AtopMemberRow
        {
            Row = index,
            Line = line,
            AtopId = atopId,
            Phase = phase,
            Member = member,
            Actor = actor,
            Entry = entry!.Value,
            Exit = exit,
            Obligations = obligations,
            ObligationsVary = vary is > 0,
            Conditions = conditions,
            CowId = cowId is > 0 ? cowId : null,
            Cow4Id = cow4Id is > 0 ? cow4Id : null,
            SpecificThreat = specificThreat,
            Threat1 = threat1,
            Threat2 = threat2,
            MilitaryAid = militaryAid,
            Bases = bases,
            IntegratedCommand = command,
            EconomicAid = economicAid,
            TerminationMode = terminationMode,
        };
    }
}
