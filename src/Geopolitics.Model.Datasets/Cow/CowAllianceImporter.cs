using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets.Cow;

/// <summary>
/// Imports the Correlates of War (COW) Formal Alliances v4.1 file by member (<c>alliance_v4.1_by_member.csv</c>) into a
/// scenario: one treaty per alliance (<c>cow-N</c>, with the reference <c>COW Formal Alliances:N</c>), each member a
/// party from its membership start to its end, and its obligations as clauses it owes, chosen by the flags.
/// </summary>
/// <remarks>
/// <para>
/// <b>Flags, not labels.</b> <c>defense</c> makes a <see cref="MutualDefenceClause"/>, <c>neutrality</c> a
/// <see cref="ObligationClause"/> of kind <see cref="ClauseKind.Neutrality"/>, <c>nonaggression</c> a <see cref="ObligationClause"/> of kind <see cref="ClauseKind.NonAggression"/> and <c>entente</c> a
/// <see cref="ObligationClause"/> of kind <see cref="ClauseKind.Consultation"/>, each owed by that member to every other party. The <c>ss_type</c> label is not
/// used (its "Type IIa: Non-Aggression Pact" means neutrality); a row whose label disagrees with its flags is noted.
/// </para>
/// <para>
/// <b>Dates.</b> COW does not tell signature from ratification: a membership's start is recorded as the member's
/// signature, and the treaty enters into force on the alliance's start (<see cref="RecordedRule"/>), or,
/// when that is before a second member starts, on the second member's start (<see cref="OnSignatureRule"/>).
/// An end is the day the membership ended (not bound from that day): the alliance's end is the treaty's
/// <see cref="Termination"/>, an earlier member end a <see cref="Withdrawal"/>; a blank end (<c>right_censor</c>=1)
/// means still running on 2012-12-31.
/// </para>
/// <para>
/// <b>Censoring.</b> A left-censored membership (<c>left_censor</c>=1: entered before 1816, which COW writes as
/// 1816-01-01) is given the alliance's true start as its signature, and its evidence cites a source whose title says so.
/// </para>
/// <para>
/// <b>Spells.</b> A member that left and rejoined has several rows; it is one party whose gaps are
/// <see cref="Suspension"/>s, described as such.
/// </para>
/// </remarks>
public static class CowAllianceImporter
{
    private static readonly TableCodes Codes = new(
        DatasetErrorCodes.CowFileUnreadable, DatasetErrorCodes.CowMissingColumn, DatasetErrorCodes.CowInvalidNumber, DatasetErrorCodes.CowInvalidDate, DatasetErrorCodes.CowInvalidFlag, DatasetErrorCodes.CowUnterminatedQuote)
    {
        DateBeforeCoverage = DatasetErrorCodes.CowDateBeforeCoverage,
        FirstYear = 1816,
        FirstYearMeaning = "the first year of the COW state system",

        // An alliance may begin before 1816 (Britain and Portugal, 1386, left-censored); its members' spells may not.
        CoverageColumns = new HashSet<string>(["mem_st_year", "mem_end_year"], StringComparer.Ordinal),
    };

    private static readonly string[] Columns =
    [
        "version4id", "ccode", "all_st_day", "all_st_month", "all_st_year", "all_end_day", "all_end_month", "all_end_year",
        "mem_st_day", "mem_st_month", "mem_st_year", "mem_end_day", "mem_end_month", "mem_end_year",
        "left_censor", "right_censor", "defense", "neutrality", "nonaggression", "entente",
    ];

    private static readonly string[] OptionalColumns = ["ss_type", "state_name", "version"];

    private static readonly (string Column, ClauseKind Kind)[] Obligations =
    [
        ("defense", ClauseKind.MutualDefence), ("neutrality", ClauseKind.Neutrality), ("nonaggression", ClauseKind.NonAggression), ("entente", ClauseKind.Consultation),
    ];

    /// <summary>The source every fact of a COW import cites.</summary>
    public static Source Source { get; } = new(
        "Correlates of War Project (Douglas M. Gibler)",
        "Formal Alliances v4.1, alliance_v4.1_by_member",
        new Uri("https://correlatesofwar.org"),
        null,
        SourceKind.Dataset);

    /// <summary>The source of the signature of a left-censored membership, whose title says that the date is the alliance's start.</summary>
    public static Source LeftCensoredSource { get; } = new(
        "Correlates of War Project (Douglas M. Gibler)",
        "Formal Alliances v4.1, alliance_v4.1_by_member; left-censored membership: begun before 1816-01-01, which COW writes as its start, so the alliance's start is recorded as this member's",
        new Uri("https://correlatesofwar.org"),
        null,
        SourceKind.Dataset);

    /// <summary>Imports the COW file by member from disk.</summary>
    /// <param name="path">The file, <c>alliance_v4.1_by_member.csv</c>.</param>
    /// <param name="options">How to import; <see langword="null"/> for <see cref="CowImportOptions.Default"/>.</param>
    /// <returns>The import: the scenario (or none when it failed), rejected rows, notes and counts.</returns>
    /// <param name="cancellationToken">Stops the import: checked between reads and rows, and a read waiting on a source that sends nothing (a FIFO, standard input) gives up when it is cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static CowImport Import(string path, CowImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(Serialization.CancellableReadStream.Of(File.OpenRead(path), cancellationToken), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new CowImport(null, new DatasetRowCounts(path, 0, 0, 0), [new ModelError(DatasetErrorCodes.CowFileUnreadable, $"'{path}' cannot be opened: {e.Message}", new ErrorLocation(File: path))], []);
        }

        using (reader)
        {
            return ImportFrom(reader, path, options, cancellationToken);
        }
    }

    /// <summary>Imports the COW table by member from a reader.</summary>
    /// <param name="reader">The table.</param>
    /// <param name="name">The file's name, for locations and counts.</param>
    /// <param name="options">How to import; <see langword="null"/> for <see cref="CowImportOptions.Default"/>.</param>
    /// <returns>The import: the scenario (or none when it failed), rejected rows, notes and counts.</returns>
    /// <param name="cancellationToken">Stops the import: checked before each row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static CowImport ImportFrom(TextReader reader, string name, CowImportOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        options ??= CowImportOptions.Default;
        var run = new Run(name);
        run.Read(reader, cancellationToken);
        if (run.Failed)
        {
            return new CowImport(null, new DatasetRowCounts(name, run.RowsRead, 0, 0), Sorted(run.Rejected), []);
        }

        var treaties = run.BuildTreaties();
        var scenario = run.BuildScenario(treaties);
        var imported = run.Rows.Count(r => !r.Rejected);
        var rejected = Sorted(run.Rejected);
        if (options.Strict && rejected.Length > 0)
        {
            return new CowImport(null, new DatasetRowCounts(name, run.RowsRead, 0, run.RowsRead - imported), [rejected[0]], Sorted(run.Notes));
        }

        return new CowImport(scenario, new DatasetRowCounts(name, run.RowsRead, scenario is null ? 0 : imported, run.RowsRead - imported), rejected, Sorted(run.Notes));
    }

    private static ImmutableArray<ModelError> Sorted(List<ModelError> errors) =>
        [.. errors.OrderBy(e => e.Location.Row ?? 0)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One parsed member row.</summary>
    private sealed class CowRow
    {
        public required int Row { get; init; }

        public required long Line { get; init; }

        public required int AllianceId { get; init; }

        public required int Code { get; init; }

        public required Actor Actor { get; init; }

        public required PartialDate AllianceStart { get; init; }

        public required PartialDate? AllianceEnd { get; init; }

        public required PartialDate Start { get; init; }

        public required PartialDate? End { get; init; }

        public required bool LeftCensored { get; init; }

        public required List<ClauseKind> Owes { get; init; }

        public bool Rejected { get; set; }
    }

    /// <summary>One alliance member: its rows (spells) and what it owes.</summary>
    private sealed class Member(Actor actor)
    {
        public Actor Actor { get; } = actor;

        public List<CowRow> Rows { get; } = [];

        public List<Suspension> Suspensions { get; } = [];

        public PartialDate Signature { get; set; }

        public bool LeftCensored { get; set; }

        public PartialDate? End { get; set; }

        public HashSet<ClauseKind> Owes { get; } = [];
    }

    /// <summary>The state of one import.</summary>
    private sealed class Run(string file)
    {
        private readonly TableReading _cells = new(file, Codes);
        private readonly Evidence _evidence = Evidence.Of(Confidence.Reported, Source);
        private readonly Evidence _leftCensoredEvidence = Evidence.Of(Confidence.Reported, LeftCensoredSource);

        public List<CowRow> Rows { get; } = [];

        public List<ModelError> Rejected { get; } = [];

        public List<ModelError> Notes { get; } = [];

        public int RowsRead { get; private set; }

        public bool Failed { get; private set; }

        public void Read(TextReader text, CancellationToken cancellationToken)
        {
            try
            {
                using var reader = TableReading.Options.From(text);
                if (reader.Header.IsEmpty)
                {
                    Fail(_cells.FileError($"'{file}' is empty; the COW file by member starts with a header."));
                    return;
                }

                var errors = new List<ModelError>();
                var columns = _cells.Columns(reader, Columns, OptionalColumns, errors);
                if (errors.Count > 0)
                {
                    Rejected.AddRange(errors);
                    Failed = true;
                    return;
                }

                var fields = reader.Header.ColNames.Count;
                string? version = null;
                foreach (var row in reader)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RowsRead++;
                    errors.Clear();
                    if (_cells.UnclosedQuote(row) is { } quote)
                    {
                        Fail(quote);
                        return;
                    }

                    if (_cells.InvalidUtf8(row, reader.Header.ColNames, DatasetErrorCodes.CowInvalidUtf8) is { } bytes)
                    {
                        Notes.Add(bytes);
                    }

                    if (row.ColCount != fields)
                    {
                        Rejected.Add(_cells.Error(DatasetErrorCodes.CowColumnCount, row.RowIndex, row.LineNumberFrom, null, Invariant($"The row has {row.ColCount} fields; the header has {fields}. A row cut short would read its missing flags as blank, so it is not imported.")));
                        continue;
                    }

                    // One rule with ATOP (GM1308): a file holds one version, that of its first row.
                    var rowVersion = TableReading.Cell(row, columns["version"]).ToString();
                    version ??= rowVersion;
                    if (!string.Equals(rowVersion, version, StringComparison.Ordinal))
                    {
                        Rejected.Add(_cells.Error(DatasetErrorCodes.CowMixedVersions, row.RowIndex, row.LineNumberFrom, "version", $"'version' is {TableReading.Text(rowVersion)} but the file's first row has {TableReading.Text(version)}; one file holds one version."));
                        continue;
                    }

                    if (Parse(row, columns, errors) is { } parsed)
                    {
                        Rows.Add(parsed);
                    }
                    else
                    {
                        Rejected.Add(errors[0]);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
            {
                Fail(_cells.FileError($"'{file}' cannot be read as a comma-separated table: {TableReading.Shortened(e.Message)}"));
            }
        }

        public List<Treaty> BuildTreaties()
        {
            var treaties = new List<Treaty>();
            foreach (var alliance in Rows.GroupBy(r => r.AllianceId).OrderBy(g => g.Key))
            {
                var first = alliance.First();
                foreach (var row in alliance.Skip(1))
                {
                    if (row.AllianceStart != first.AllianceStart || row.AllianceEnd != first.AllianceEnd)
                    {
                        Reject(row, DatasetErrorCodes.CowAllianceFieldsDisagree, "all_st_year", Invariant(
                            $"Alliance {row.AllianceId} runs {row.AllianceStart}/{Text(row.AllianceEnd)} here but {first.AllianceStart}/{Text(first.AllianceEnd)} in row {first.Row}; one alliance has one start and one end."));
                    }
                }

                if (BuildTreaty(alliance.Key, first.AllianceStart, first.AllianceEnd, [.. alliance.Where(r => !r.Rejected)]) is { } treaty)
                {
                    treaties.Add(treaty);
                }
            }

            return treaties;
        }

        public Scenario? BuildScenario(List<Treaty> treaties)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var actors = new SortedDictionary<ActorId, Actor>();
                var kept = treaties.Select(t => int.Parse(t.ExternalReferences[0].Id, CultureInfo.InvariantCulture)).ToHashSet();
                foreach (var row in Rows)
                {
                    if (!row.Rejected && kept.Contains(row.AllianceId))
                    {
                        actors.TryAdd(row.Actor.Id, row.Actor);
                    }
                }

                var builder = new ScenarioBuilder(
                    "COW Formal Alliances v4.1",
                    Invariant($"Correlates of War Formal Alliances v4.1 (Gibler 2009), imported from '{Path.GetFileName(file)}': one treaty per alliance; a membership with no end was still running on 2012-12-31."));
                foreach (var actor in actors.Values)
                {
                    builder.AddActor(actor);
                }

                foreach (var treaty in treaties)
                {
                    builder.AddTreaty(treaty);
                }

                var built = builder.Build();
                if (built.TryPickT0(out var scenario, out var errors))
                {
                    return scenario;
                }

                // Validation should pass by construction; a treaty that still fails has its rows rejected with the reasons.
                var broken = new HashSet<int>();
                foreach (var error in errors)
                {
                    if (ScenarioPaths.TreatyIndex(error.Location.Path) is { } index && index < treaties.Count && broken.Add(index))
                    {
                        var id = int.Parse(treaties[index].ExternalReferences[0].Id, CultureInfo.InvariantCulture);
                        foreach (var row in Rows.Where(r => r.AllianceId == id))
                        {
                            Reject(row, DatasetErrorCodes.CowTreatyInvalid, "version4id", $"{treaties[index].Id} is not a valid treaty: {error.Message}");
                        }
                    }
                }

                if (broken.Count == 0)
                {
                    foreach (var row in Rows)
                    {
                        Reject(row, DatasetErrorCodes.CowTreatyInvalid, "version4id", $"The imported scenario is not valid: {errors[0]}");
                    }

                    return null;
                }

                treaties = [.. treaties.Where((_, i) => !broken.Contains(i))];
            }

            return null;
        }

        private static string Text(PartialDate? date) => date is { } d ? d.ToString() : "..";

        private static string Label(ClauseKind kind) => kind switch
        {
            ClauseKind.MutualDefence => "defense",
            ClauseKind.Neutrality => "neutrality",
            ClauseKind.NonAggression => "nonaggression",
            _ => "entente",
        };

        private void Fail(ModelError error)
        {
            Rejected.Add(error);
            Failed = true;
        }

        private void Reject(CowRow row, string code, string column, string message)
        {
            if (!row.Rejected)
            {
                row.Rejected = true;
                Rejected.Add(_cells.Error(code, row.Row, row.Line, column, message));
            }
        }

        private void Note(SepReader.Row row, string code, string column, string message) =>
            Notes.Add(_cells.Error(code, row.RowIndex, row.LineNumberFrom, column, message));

        private CowRow? Parse(SepReader.Row row, Dictionary<string, int> columns, List<ModelError> errors)
        {
            int Col(string name) => columns[name];
            if (!_cells.TryInt(row, Col("version4id"), "version4id", errors, out var allianceId) ||
                !_cells.TryInt(row, Col("ccode"), "ccode", errors, out var code))
            {
                return null;
            }

            if (allianceId < 1)
            {
                errors.Add(_cells.Error(DatasetErrorCodes.CowInvalidNumber, row.RowIndex, row.LineNumberFrom, "version4id", Invariant($"'version4id' is {allianceId}; an alliance id is a positive number.")));
                return null;
            }

            if (!_cells.TryDate(row, (Col("all_st_year"), Col("all_st_month"), Col("all_st_day")), ("all_st_year", "all_st_month", "all_st_day"), false, false, errors, out var allianceStart) ||
                !_cells.TryDate(row, (Col("all_end_year"), Col("all_end_month"), Col("all_end_day")), ("all_end_year", "all_end_month", "all_end_day"), false, true, errors, out var allianceEnd) ||
                !_cells.TryDate(row, (Col("mem_st_year"), Col("mem_st_month"), Col("mem_st_day")), ("mem_st_year", "mem_st_month", "mem_st_day"), false, false, errors, out var start) ||
                !_cells.TryDate(row, (Col("mem_end_year"), Col("mem_end_month"), Col("mem_end_day")), ("mem_end_year", "mem_end_month", "mem_end_day"), false, true, errors, out var end) ||
                !_cells.TryFlag(row, Col("left_censor"), "left_censor", true, errors, out var leftCensor) ||
                !_cells.TryFlag(row, Col("right_censor"), "right_censor", true, errors, out _))
            {
                return null;
            }

            if (end is { } ended && ended.End < start!.Value.Start)
            {
                errors.Add(_cells.Error(DatasetErrorCodes.CowEndBeforeStart, row.RowIndex, row.LineNumberFrom, "mem_end_year", $"The membership ends ({ended}) before it starts ({start}); a membership ends after it starts."));
                return null;
            }

            var owes = new List<ClauseKind>(4);
            var blank = new List<string>();
            foreach (var (column, kind) in Obligations)
            {
                if (!_cells.TryFlag(row, Col(column), column, true, errors, out var flag))
                {
                    return null;
                }

                if (flag is null)
                {
                    blank.Add(column);
                }
                else if (flag.Value)
                {
                    owes.Add(kind);
                }
            }

            if (!CowActors.TryGetActor(code, out var actor))
            {
                errors.Add(_cells.Error(DatasetErrorCodes.CowUnknownStateCode, row.RowIndex, row.LineNumberFrom, "ccode", Invariant(
                    $"State {code} of COW alliance {allianceId} is not in the COW state list of the country catalogue, so it has no actor; the row is not imported.")));
                return null;
            }

            foreach (var column in blank)
            {
                Note(row, DatasetErrorCodes.CowBlankFlag, column, Invariant($"'{column}' is blank for {code} in alliance {allianceId}; no clause is made for that obligation."));
            }

            if (leftCensor is null)
            {
                Note(row, DatasetErrorCodes.CowBlankFlag, "left_censor", Invariant($"'left_censor' is blank for {code} in alliance {allianceId}; it is read as 0, and the start given ({start}) is used."));
            }

            var leftCensored = leftCensor == true && allianceStart!.Value < start!.Value;
            if (leftCensored)
            {
                Note(row, DatasetErrorCodes.CowLeftCensored, "left_censor", Invariant(
                    $"{code} entered alliance {allianceId} before 1816; COW gives its start as {start}, so the alliance's start, {allianceStart}, is recorded as its signature."));
            }

            var label = TableReading.Cell(row, Col("ss_type")).ToString();
            if (LabelKind(label) is { } labelled && !owes.Contains(labelled) && !blank.Contains(Label(labelled)))
            {
                Note(row, DatasetErrorCodes.CowLabelDisagreesWithFlags, "ss_type", Invariant(
                    $"The label {TableReading.Text(label)} names {Label(labelled)}, but the '{Label(labelled)}' flag of {code} in alliance {allianceId} is 0; the clauses follow the flags."));
            }

            return new CowRow
            {
                Row = row.RowIndex,
                Line = row.LineNumberFrom,
                AllianceId = allianceId,
                Code = code,
                Actor = actor,
                AllianceStart = allianceStart!.Value,
                AllianceEnd = allianceEnd,
                Start = start!.Value,
                End = end,
                LeftCensored = leftCensored,
                Owes = owes,
            };
        }

        private static ClauseKind? LabelKind(string label) =>
            label.StartsWith("Type IIa", StringComparison.Ordinal) ? ClauseKind.Neutrality
            : label.StartsWith("Type IIb", StringComparison.Ordinal) ? ClauseKind.NonAggression
            : label.StartsWith("Type III", StringComparison.Ordinal) ? ClauseKind.Consultation
            : label.StartsWith("Type II", StringComparison.Ordinal) ? ClauseKind.Neutrality
            : label.StartsWith("Type I", StringComparison.Ordinal) ? ClauseKind.MutualDefence
            : null;

        private Treaty? BuildTreaty(int allianceId, PartialDate allianceStart, PartialDate? allianceEnd, List<CowRow> rows)
        {
            var members = new List<Member>();
            foreach (var byMember in rows.GroupBy(r => r.Code))
            {
                var member = new Member(byMember.First().Actor);
                foreach (var row in byMember.OrderBy(r => r.Start))
                {
                    var signature = row.LeftCensored ? allianceStart : row.Start;
                    if (member.Rows.Count == 0)
                    {
                        member.Signature = signature;
                        member.LeftCensored = row.LeftCensored;
                    }
                    else
                    {
                        var previous = member.Rows[^1];
                        switch (MembershipSpells.Compare(member.End, signature))
                        {
                            case MembershipSpells.Join.Overlap:
                                Reject(row, DatasetErrorCodes.CowOverlappingSpells, "mem_st_year", Invariant(
                                    $"{row.Code} starts again in alliance {allianceId} on {row.Start} while its row {previous.Row} (from {previous.Start}) has not ended; spells of one member must not overlap."));
                                continue;
                            case MembershipSpells.Join.Gap:
                                Notes.Add(_cells.Error(DatasetErrorCodes.CowSeparateSpells, row.Row, row.Line, "mem_st_year", Invariant(
                                    $"{row.Code} left alliance {allianceId} on {member.End} (row {previous.Row}) and rejoined on {row.Start}; the gap is recorded as a suspension of {member.Actor.Id}.")));
                                member.Suspensions.Add(MembershipSpells.Gap(member.End!.Value, row.Start, _evidence, Invariant(
                                    $"COW lists separate membership spells of {row.Code} in alliance {allianceId}: one ended on {member.End}, the next began on {row.Start}.")));
                                break;
                        }
                    }

                    member.Rows.Add(row);
                    member.End = row.End;
                    member.Owes.UnionWith(row.Owes);
                }

                if (member.Rows.Count > 0)
                {
                    members.Add(member);
                }
            }

            if (members.Count < 2)
            {
                foreach (var row in rows)
                {
                    Reject(row, DatasetErrorCodes.CowAllianceTooFewMembers, "ccode", Invariant(
                        $"COW alliance {allianceId} has {members.Count} member once its other rows are rejected; a treaty needs two parties, so the row is not imported."));
                }

                return null;
            }

            var second = members.Select(m => m.Signature).Order().ElementAt(1);
            EntryIntoForceRule entry = new RecordedRule(allianceStart);
            if (allianceStart.End < second.Start)
            {
                entry = new OnSignatureRule();
                var row = members.Select(m => m.Rows[0]).OrderBy(r => r.Row).First();
                Notes.Add(_cells.Error(DatasetErrorCodes.CowStartBeforeMembers, row.Row, row.Line, "all_st_year", Invariant(
                    $"COW alliance {allianceId} starts on {allianceStart}, before its second member starts ({second}); the treaty is taken to enter into force on the second member's start.")));
            }

            var parties = new List<TreatyParty>(members.Count);
            var clauses = new List<Clause>();
            foreach (var member in members)
            {
                var withdrawal = member.End is { } left && left != allianceEnd ? new Withdrawal(left, left, _evidence) : null;
                parties.Add(new TreatyParty(
                    member.Actor.Id,
                    new Signature(member.Signature, member.LeftCensored ? _leftCensoredEvidence : _evidence),
                    withdrawal: withdrawal,
                    suspensions: member.Suspensions));
                var actor = member.Actor.Id;
                foreach (var (column, kind) in Obligations)
                {
                    if (!member.Owes.Contains(kind))
                    {
                        continue;
                    }

                    var id = new ClauseId(Invariant($"{column}-{actor}"));
                    var summary = Invariant($"COW {column}=1: {actor} owes it to every other party.");
                    clauses.Add(kind switch
                    {
                        ClauseKind.MutualDefence => new MutualDefenceClause(id, DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, guarantors: [actor], summary: summary),
                        ClauseKind.Neutrality => new ObligationClause(id, ClauseKind.Neutrality, guarantors: [actor], summary: summary),
                        ClauseKind.NonAggression => new ObligationClause(id, ClauseKind.NonAggression, guarantors: [actor], summary: summary),
                        _ => new ObligationClause(id, ClauseKind.Consultation, guarantors: [actor], summary: summary),
                    });
                }
            }

            var termination = allianceEnd is { } ended
                ? new Termination(TerminationKind.Other, ended, null, _evidence, Invariant($"COW records that alliance {allianceId} ended on {ended}."))
                : null;
            return new Treaty(
                new TreatyId(Invariant($"cow-{allianceId}")),
                Invariant($"COW alliance {allianceId}"),
                parties,
                entry,
                _evidence,
                clauses: clauses,
                termination: termination,
                externalReferences: [new ExternalReference(DatasetNames.CowAlliances, allianceId.ToString(CultureInfo.InvariantCulture))]);
        }
    }
}
