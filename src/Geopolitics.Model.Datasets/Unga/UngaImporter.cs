using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Stances;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets.Unga;

/// <summary>
/// Reads the UN General Assembly roll-call votes of Voeten, Strezhnev and Bailey, in either release
/// (<see cref="UngaRelease"/>), from the files as shipped, gzipped or plain: the roll calls as
/// <see cref="ResolutionTarget"/>s and the votes as <see cref="RecordedVote"/>s with COW state codes.
/// </summary>
/// <remarks>
/// <para>
/// The release is told by the votes file's header (<c>ccode</c> in 2016, <c>country_code</c> in 2021); a gzipped file is
/// told by its first two bytes, not by its name. Public methods return an <see cref="UngaImport"/> for bad data and never
/// throw for it.
/// </para>
/// <para>
/// <b>2016.</b> Votes 1, 2, 3 are yes, abstain, no; 8 (absent) and 9 (not a member) are counted and set aside. The roll
/// call's fields (session, date, year, symbol, issue flags, important vote) come from its first row; a later row that
/// differs is rejected. Dates are month/day/year without padding; <c>year</c> must be the date's year.
/// </para>
/// <para>
/// <b>2021.</b> Votes are <c>yes</c>, <c>abstain</c>, <c>no</c>. States are ISO alpha-2 codes from the country catalogue,
/// with <c>NA</c> read as Namibia (never as a missing value), and the codes added by hand for former states:
/// <c>CS</c> Czechoslovakia (315), <c>YU</c> Yugoslavia (345), <c>DD</c> the German Democratic Republic (265), <c>YD</c>
/// Yemen People's Republic (680). A blank code is matched by the country's name against the COW state names (and
/// "Federal Republic of Germany" as COW's German Federal Republic, 260, up to 1990-10-02 and as Germany, 255, from
/// unification on 1990-10-03, as COW and the 2016 release code them). Years are the calendar years of the roll calls'
/// dates.
/// </para>
/// </remarks>
public static class UngaImporter
{
    private static readonly TableCodes Codes = new(
        DatasetErrorCodes.UngaFileUnreadable, DatasetErrorCodes.UngaMissingColumn, DatasetErrorCodes.UngaInvalidNumber, DatasetErrorCodes.UngaInvalidDate, DatasetErrorCodes.UngaInvalidFlag, DatasetErrorCodes.UngaUnterminatedQuote);

    /// <summary>The issue flags of the 2016 release and the issue names both releases use.</summary>
    private static readonly (string Column, string Issue)[] IssueFlags =
    [
        ("me", "Palestinian conflict"), ("nu", "Nuclear weapons and nuclear material"), ("di", "Arms control and disarmament"),
        ("hr", "Human rights"), ("co", "Colonialism"), ("ec", "Economic development"),
    ];

    private static readonly string[] VoetenColumns = ["rcid", "session", "vote", "ccode", "date", "unres", "year", "me", "nu", "di", "hr", "co", "ec"];
    private static readonly string[] VoetenOptional = ["importantvote"];
    private static readonly string[] VotesColumns = ["rcid", "country", "country_code", "vote"];
    private static readonly string[] RollCallColumns = ["rcid", "session", "date", "unres"];
    private static readonly string[] RollCallOptional = ["importantvote", "amend", "para", "short"];
    private static readonly string[] IssueColumns = ["rcid", "issue"];

    /// <summary>The COW codes of the 2021 release's hand-made alpha-2 codes for former states.</summary>
    private static readonly Dictionary<string, int> FormerStateCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CS"] = 315, ["YU"] = 345, ["DD"] = 265, ["YD"] = 680,
    };

    /// <summary>Names of the 2021 release that differ from COW's for states it gives no code.</summary>
    private static readonly Dictionary<string, int> NameAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Federal Republic of Germany"] = 260,
    };

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    // COW's German Federal Republic (260) ends on 1990-10-02; from unification its votes are Germany's (255), as the
    // 2016 release codes them. The 2021 release names them all "Federal Republic of Germany" until December 1990.
    private const int GermanFederalRepublic = 260;
    private const int Germany = 255;
    private static readonly LocalDate GermanUnification = new(1990, 10, 3);

    /// <summary>Reads the votes of either release from disk, and for the 2021 release its roll-call and issue files.</summary>
    /// <param name="votesPath">The votes: <c>UNVotesPublished.csv.gz</c> (2016) or <c>un_votes.csv.gz</c> (2021), gzipped or plain.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="UngaImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the import: checked before each row, and a read waiting on a source that sends nothing (a FIFO, standard input) gives up when it is cancelled.</param>
    /// <returns>The import: roll calls, votes, rejected rows and counts, or a failed import saying why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="votesPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static UngaImport Import(string votesPath, UngaImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votesPath);
        options ??= UngaImportOptions.Default;
        if (!TryOpen(votesPath, cancellationToken, out var votes, out var error))
        {
            return Failed(null, [new DatasetRowCounts(votesPath, 0, 0, 0)], [error]);
        }

        using (votes)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(votesPath)) ?? ".";
            return Read(votes, votesPath, options, file =>
            {
                var path = (file == "un_roll_calls" ? options.RollCallsPath : options.IssuesPath) ?? Beside(folder, file);
                return TryOpen(path, cancellationToken, out var reader, out var sideError) ? (reader, path, null) : (null, path, sideError);
            }, cancellationToken);
        }
    }

    /// <summary>Reads the votes of either release from readers; the 2021 release needs its roll-call and issue tables too.</summary>
    /// <param name="votes">The votes table (plain text; <see cref="OpenText(string)"/> opens a gzipped file).</param>
    /// <param name="votesName">The votes file's name, for locations and counts.</param>
    /// <param name="rollCalls">The 2021 roll-call table, or <see langword="null"/> (enough for the 2016 release).</param>
    /// <param name="rollCallsName">The roll-call file's name.</param>
    /// <param name="issues">The 2021 issue table, or <see langword="null"/> (enough for the 2016 release).</param>
    /// <param name="issuesName">The issue file's name.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="UngaImportOptions.Default"/> (its paths are not used).</param>
    /// <param name="cancellationToken">Stops the import: checked before each row.</param>
    /// <returns>The import, or a failed import saying why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="votes"/> or <paramref name="votesName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static UngaImport ImportFrom(
        TextReader votes,
        string votesName,
        TextReader? rollCalls = null,
        string? rollCallsName = null,
        TextReader? issues = null,
        string? issuesName = null,
        UngaImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(votesName);
        return Read(votes, votesName, options ?? UngaImportOptions.Default, file =>
        {
            var (reader, name) = file == "un_roll_calls" ? (rollCalls, rollCallsName ?? "un_roll_calls.csv") : (issues, issuesName ?? "un_roll_call_issues.csv");
            return reader is null
                ? (null, name, new ModelError(DatasetErrorCodes.UngaFileUnreadable, $"The 2021 release needs its table '{name}', and none was given.", new ErrorLocation(File: name)))
                : (reader, name, null);
        }, cancellationToken);
    }

    /// <summary>Opens a text file for reading, gunzipping it when its first two bytes are the gzip signature.</summary>
    /// <param name="path">The file.</param>
    /// <returns>A UTF-8 reader over the (decompressed) text.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static TextReader OpenText(string path) => OpenText(path, CancellationToken.None);

    private static StreamReader OpenText(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Span<byte> signature = stackalloc byte[2];
            var gzipped = stream.ReadAtLeast(signature, 2, throwOnEndOfStream: false) == 2 && signature[0] == 0x1f && signature[1] == 0x8b;
            stream.Position = 0;
            var read = Serialization.CancellableReadStream.Of(stream, cancellationToken);
            Stream text = gzipped ? new GZipStream(read, CompressionMode.Decompress) : read;
            return new StreamReader(text, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static string Beside(string folder, string file)
    {
        var plain = Path.Combine(folder, file + ".csv");
        return File.Exists(plain) || !File.Exists(plain + ".gz") ? plain : plain + ".gz";
    }

    private static bool TryOpen(string path, CancellationToken cancellationToken, [NotNullWhen(true)] out TextReader? reader, [NotNullWhen(false)] out ModelError? error)
    {
        try
        {
            reader = OpenText(path, cancellationToken);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reader = null;
            error = new ModelError(DatasetErrorCodes.UngaFileUnreadable, $"'{path}' cannot be opened: {e.Message}", new ErrorLocation(File: path));
            return false;
        }
    }

    private static UngaImport Failed(UngaRelease? release, ImmutableArray<DatasetRowCounts> files, ImmutableArray<ModelError> errors) =>
        new(release, [], [], files, 0, 0, errors, [], succeeded: false);

    private static UngaImport Read(TextReader votes, string votesName, UngaImportOptions options, Func<string, (TextReader? Reader, string Name, ModelError? Error)> sideFile, CancellationToken cancellationToken)
    {
        var cells = new TableReading(votesName, Codes);
        try
        {
            using var reader = TableReading.Options.From(votes);
            if (reader.Header.IsEmpty)
            {
                return Failed(null, [new DatasetRowCounts(votesName, 0, 0, 0)], [cells.FileError($"'{votesName}' is empty; a UNGA votes file starts with a header.")]);
            }

            if (reader.Header.TryIndexOf("ccode", out _))
            {
                return new VoetenRun(cells, options.Strict, cancellationToken).Read(reader);
            }

            if (!reader.Header.TryIndexOf("country_code", out _))
            {
                return Failed(null, [new DatasetRowCounts(votesName, 0, 0, 0)], [cells.FileError(
                    $"The header of '{votesName}' has neither 'ccode' (the 2016 release) nor 'country_code' (the 2021 release), so it is not a UNGA votes file.")]);
            }

            var run = new UnvotesRun(options.Strict, cancellationToken);
            foreach (var file in (string[])["un_roll_calls", "un_roll_call_issues"])
            {
                var (side, name, error) = sideFile(file);
                if (error is not null)
                {
                    return Failed(UngaRelease.Unvotes2021, [new DatasetRowCounts(votesName, 0, 0, 0)], [error]);
                }

                using (side)
                {
                    if (!(file == "un_roll_calls" ? run.ReadRollCalls(side!, name) : run.ReadIssues(side!, name)))
                    {
                        return run.Failure(votesName);
                    }
                }
            }

            return run.ReadVotes(reader, cells);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return Failed(null, [new DatasetRowCounts(votesName, 0, 0, 0)], [cells.FileError($"'{votesName}' cannot be read as a comma-separated table: {TableReading.Shortened(e.Message)}")]);
        }
    }

    private static VoteChoice? ChoiceOf(int code) => code switch
    {
        1 => VoteChoice.Yes,
        2 => VoteChoice.Abstain,
        3 => VoteChoice.No,
        _ => null,
    };

    /// <summary>Parses a month/day/year date without padding (<c>1/1/1946</c>, <c>12/10/2015</c>).</summary>
    private static bool TryMonthDayYear(ReadOnlySpan<char> cell, out LocalDate date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        if (cell.Split(parts, '/') != 3 ||
            !int.TryParse(cell[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(cell[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(cell[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static long Key(int rollCall, int state) => ((long)rollCall << 32) | (uint)state;

    /// <summary>What both runs share: rejected rows, strictness.</summary>
    private abstract class Run(bool strict, CancellationToken cancellationToken)
    {
        /// <summary>Stops the run between rows when the import is cancelled.</summary>
        protected CancellationToken Cancellation { get; } = cancellationToken;

        public List<ModelError> Rejected { get; } = [];

        public List<ModelError> Notes { get; } = [];

        /// <summary>Whether a strict run has met its first rejection.</summary>
        public bool Stopped => strict && Rejected.Count > 0;

        public static void Reject(List<ModelError> errors, TableReading cells, string code, SepReader.Row row, string column, string message) =>
            errors.Add(cells.Error(code, row.RowIndex, row.LineNumberFrom, column, message));
    }

    /// <summary>One read of the 2016 release.</summary>
    private sealed class VoetenRun(TableReading cells, bool strict, CancellationToken cancellationToken) : Run(strict, cancellationToken)
    {
        private readonly Dictionary<int, (ResolutionTarget Target, int Year, int IssueMask)> _rollCalls = [];
        private readonly HashSet<long> _voted = [];
        private readonly List<RecordedVote> _votes = [];
        private int _absent;
        private int _notMember;

        public UngaImport Read(SepReader reader)
        {
            var errors = new List<ModelError>();
            var columns = cells.Columns(reader, VoetenColumns, VoetenOptional, errors);
            if (errors.Count > 0)
            {
                return Failed(UngaRelease.Voeten2016, [new DatasetRowCounts(cells.File, 0, 0, 0)], [.. errors]);
            }

            var read = 0;
            foreach (var row in reader)
            {
                Cancellation.ThrowIfCancellationRequested();
                read++;
                errors.Clear();
                if (cells.UnclosedQuote(row) is { } quote)
                {
                    return Failed(UngaRelease.Voeten2016, [new DatasetRowCounts(cells.File, read, 0, read)], [quote]);
                }

                ReadRow(row, columns, errors);
                if (errors.Count > 0)
                {
                    Rejected.Add(errors[0]);
                    if (Stopped)
                    {
                        return Failed(UngaRelease.Voeten2016, [new DatasetRowCounts(cells.File, read, 0, read - _absent - _notMember - _votes.Count)], [errors[0]]);
                    }
                }
            }

            return new UngaImport(
                UngaRelease.Voeten2016,
                [.. _rollCalls.Values.Select(r => r.Target).OrderBy(r => r.RollCall)],
                [.. _votes],
                [new DatasetRowCounts(cells.File, read, _votes.Count, Rejected.Count)],
                _absent,
                _notMember,
                [.. Rejected],
                [.. Notes],
                succeeded: true);
        }

        private void ReadRow(SepReader.Row row, Dictionary<string, int> columns, List<ModelError> errors)
        {
            if (!cells.TryInt(row, columns["rcid"], "rcid", errors, out var rollCall) ||
                !cells.TryInt(row, columns["session"], "session", errors, out var session) ||
                !cells.TryInt(row, columns["vote"], "vote", errors, out var code) ||
                !cells.TryInt(row, columns["ccode"], "ccode", errors, out var state) ||
                !cells.TryInt(row, columns["year"], "year", errors, out var year))
            {
                return;
            }

            if (code is not (1 or 2 or 3 or 8 or 9))
            {
                Reject(errors, cells, DatasetErrorCodes.UngaInvalidVote, row, "vote", string.Create(CultureInfo.InvariantCulture, $"'vote' is {code}; the 2016 release codes 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member."));
                return;
            }

            if (!CountryCatalogue.Default.TryGetCowState(state, out _))
            {
                Reject(errors, cells, DatasetErrorCodes.UngaUnknownState, row, "ccode", string.Create(CultureInfo.InvariantCulture, $"'ccode' is {state}, which is not a COW state code of the country catalogue."));
                return;
            }

            var dateCell = TableReading.Cell(row, columns["date"]);
            if (!TryMonthDayYear(dateCell, out var date))
            {
                Reject(errors, cells, DatasetErrorCodes.UngaInvalidDate, row, "date", $"'date' is {TableReading.Text(dateCell)}; it must be a date written month/day/year, such as 12/10/2015.");
                return;
            }

            var mask = 0;
            string? stray = null;
            for (var k = 0; k < IssueFlags.Length; k++)
            {
                var column = IssueFlags[k].Column;
                var cell = TableReading.Cell(row, columns[column]);
                var trimmed = cell.TrimEnd("\\\"");
                if (trimmed.Length != cell.Length)
                {
                    stray ??= column;
                }

                var flag = trimmed switch { "0" or "" => false, "1" => true, _ => (bool?)null };
                if (flag is null)
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaInvalidFlag, row, column, $"'{column}' is {TableReading.Text(cell)}; it must be 0 or 1 or blank.");
                    return;
                }

                mask |= flag == true ? 1 << k : 0;
            }

            if (!cells.TryFlag(row, columns["importantvote"], "importantvote", blankAllowed: true, errors, out var important))
            {
                return;
            }

            var symbol = TableReading.Cell(row, columns["unres"]);
            if (_rollCalls.TryGetValue(rollCall, out var known))
            {
                var differs = known.Target.Session != session ? "session"
                    : known.Target.Date != date ? "date"
                    : known.Year != year ? "year"
                    : !symbol.SequenceEqual(known.Target.Symbol ?? string.Empty) ? "unres"
                    : known.IssueMask != mask ? "me"
                    : known.Target.ImportantVote != important ? "importantvote"
                    : null;
                if (differs is not null)
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaRollCallFieldsDisagree, row, differs, string.Create(CultureInfo.InvariantCulture, $"'{differs}' differs from the first row of roll call {rollCall} ({known.Target}); a roll call's fields are the same on all its rows."));
                    return;
                }
            }
            else if (rollCall < 1 || session < 1)
            {
                var column = rollCall < 1 ? "rcid" : "session";
                Reject(errors, cells, DatasetErrorCodes.UngaInvalidNumber, row, column, string.Create(CultureInfo.InvariantCulture, $"'{column}' is {(rollCall < 1 ? rollCall : session)}; it must be 1 or more."));
                return;
            }
            else
            {
                ImmutableArray<string> issues = [.. IssueFlags.Where((_, k) => (mask & (1 << k)) != 0).Select(f => f.Issue)];
                _rollCalls[rollCall] = (new ResolutionTarget(rollCall, session, date, symbol.ToString(), issues, importantVote: important), year, mask);
                if (date.Year != year)
                {
                    Notes.Add(cells.Error(DatasetErrorCodes.UngaYearNotCalendarYear, row.RowIndex, row.LineNumberFrom, "year", string.Create(
                        CultureInfo.InvariantCulture,
                        $"Roll call {rollCall}: 'year' is {year}, but 'date' ({date:uuuu-MM-dd}) is in {date.Year}; its votes count in {date.Year}, the calendar year of the vote.")));
                }

                if (stray is not null)
                {
                    Notes.Add(cells.Error(DatasetErrorCodes.UngaStrayCharacters, row.RowIndex, row.LineNumberFrom, stray, string.Create(
                        CultureInfo.InvariantCulture,
                        $"Roll call {rollCall}: '{stray}' is {TableReading.Text(TableReading.Cell(row, columns[stray]))}; the trailing backslash and quote are left by the source's escaping and are dropped.")));
                }
            }

            if (!_voted.Add(Key(rollCall, state)))
            {
                Reject(errors, cells, DatasetErrorCodes.UngaDuplicateVote, row, "ccode", string.Create(CultureInfo.InvariantCulture, $"State {state} already has a row for roll call {rollCall}; a state has one row per roll call."));
                return;
            }

            if (ChoiceOf(code) is { } choice)
            {
                _votes.Add(new RecordedVote(rollCall, date.Year, state, choice));
            }
            else if (code == 8)
            {
                _absent++;
            }
            else
            {
                _notMember++;
            }
        }
    }

    /// <summary>One read of the 2021 release: roll calls, then issues, then votes.</summary>
    private sealed class UnvotesRun(bool strict, CancellationToken cancellationToken) : Run(strict, cancellationToken)
    {
        private readonly Dictionary<int, RollCallRow> _rollCalls = [];
        private readonly Dictionary<string, int?> _states = new(StringComparer.Ordinal);
        private readonly List<DatasetRowCounts> _files = [];

        public bool ReadRollCalls(TextReader text, string name)
        {
            var cells = new TableReading(name, Codes);
            return ReadTable(text, cells, RollCallColumns, RollCallOptional, (row, columns, errors) =>
            {
                if (!cells.TryInt(row, columns["rcid"], "rcid", errors, out var rollCall) ||
                    !cells.TryInt(row, columns["session"], "session", errors, out var session) ||
                    !cells.TryFlag(row, columns["importantvote"], "importantvote", blankAllowed: true, errors, out var important) ||
                    !cells.TryFlag(row, columns["amend"], "amend", blankAllowed: true, errors, out var amendment) ||
                    !cells.TryFlag(row, columns["para"], "para", blankAllowed: true, errors, out var paragraph))
                {
                    return false;
                }

                var dateCell = TableReading.Cell(row, columns["date"]);
                var parsed = IsoDate.Parse(dateCell.ToString());
                if (!parsed.Success)
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaInvalidDate, row, "date", $"'date' is {TableReading.Text(dateCell)}; it must be a date written yyyy-MM-dd.");
                    return false;
                }

                if (rollCall < 1 || session < 1)
                {
                    var column = rollCall < 1 ? "rcid" : "session";
                    Reject(errors, cells, DatasetErrorCodes.UngaInvalidNumber, row, column, string.Create(CultureInfo.InvariantCulture, $"'{column}' is {(rollCall < 1 ? rollCall : session)}; it must be 1 or more."));
                    return false;
                }

                if (_rollCalls.ContainsKey(rollCall))
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaDuplicateRollCall, row, "rcid", string.Create(CultureInfo.InvariantCulture, $"Roll call {rollCall} is listed twice; the later row is rejected."));
                    return false;
                }

                _rollCalls[rollCall] = new RollCallRow(rollCall, session, parsed.Value, TableReading.Cell(row, columns["unres"]).ToString(), important, amendment, paragraph, TableReading.Cell(row, columns["short"]).ToString());
                return true;
            });
        }

        public bool ReadIssues(TextReader text, string name)
        {
            var cells = new TableReading(name, Codes);
            return ReadTable(text, cells, IssueColumns, [], (row, columns, errors) =>
            {
                if (!cells.TryInt(row, columns["rcid"], "rcid", errors, out var rollCall))
                {
                    return false;
                }

                var issue = TableReading.Cell(row, columns["issue"]).ToString();
                if (issue.Length == 0)
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaBlankText, row, "issue", "'issue' is blank; an issue row names the issue.");
                    return false;
                }

                if (!_rollCalls.TryGetValue(rollCall, out var known))
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaUnknownRollCall, row, "rcid", string.Create(CultureInfo.InvariantCulture, $"Roll call {rollCall} is not in the roll-call file."));
                    return false;
                }

                if (known.Issues.Contains(issue))
                {
                    Reject(errors, cells, DatasetErrorCodes.UngaDuplicateRollCall, row, "issue", string.Create(CultureInfo.InvariantCulture, $"Roll call {rollCall} already has the issue '{issue}'; the later row is rejected."));
                    return false;
                }

                known.Issues.Add(issue);
                return true;
            });
        }

        public UngaImport ReadVotes(SepReader reader, TableReading cells)
        {
            var errors = new List<ModelError>();
            var columns = cells.Columns(reader, VotesColumns, [], errors);
            if (errors.Count > 0)
            {
                return Failed(UngaRelease.Unvotes2021, [new DatasetRowCounts(cells.File, 0, 0, 0), .. _files], [.. errors]);
            }

            var targets = _rollCalls.Values.ToDictionary(r => r.RollCall, r => r.ToTarget());
            var voted = new HashSet<long>();
            var votes = new List<RecordedVote>();
            var read = 0;
            foreach (var row in reader)
            {
                Cancellation.ThrowIfCancellationRequested();
                read++;
                errors.Clear();
                if (cells.UnclosedQuote(row) is { } quote)
                {
                    return Failed(UngaRelease.Unvotes2021, [new DatasetRowCounts(cells.File, read, 0, read), .. _files], [quote]);
                }

                if (!cells.TryInt(row, columns["rcid"], "rcid", errors, out var rollCall))
                {
                    Rejected.Add(errors[0]);
                }
                else if (!targets.TryGetValue(rollCall, out var target))
                {
                    Reject(Rejected, cells, DatasetErrorCodes.UngaUnknownRollCall, row, "rcid", string.Create(CultureInfo.InvariantCulture, $"Roll call {rollCall} is not in the roll-call file."));
                }
                else if (TableReading.Cell(row, columns["vote"]) switch { "yes" => VoteChoice.Yes, "abstain" => VoteChoice.Abstain, "no" => VoteChoice.No, _ => (VoteChoice?)null } is not { } choice)
                {
                    Reject(Rejected, cells, DatasetErrorCodes.UngaInvalidVote, row, "vote", $"'vote' is {TableReading.Text(TableReading.Cell(row, columns["vote"]))}; the 2021 release has yes, abstain or no.");
                }
                else if (State(TableReading.Cell(row, columns["country_code"]), TableReading.Cell(row, columns["country"])) is not { } state)
                {
                    var code = TableReading.Cell(row, columns["country_code"]);
                    Reject(Rejected, cells, DatasetErrorCodes.UngaUnknownState, row, code.Length == 0 ? "country" : "country_code", code.Length == 0
                        ? $"'country_code' is blank and 'country' {TableReading.Text(TableReading.Cell(row, columns["country"]))} is not the name of a COW state."
                        : $"'country_code' is {TableReading.Text(code)}, which is not the ISO alpha-2 code of a state with a COW code.");
                }
                else if (!voted.Add(Key(rollCall, state = state == GermanFederalRepublic && target.Date >= GermanUnification ? Germany : state)))
                {
                    Reject(Rejected, cells, DatasetErrorCodes.UngaDuplicateVote, row, "country_code", string.Create(CultureInfo.InvariantCulture, $"State {state} already has a vote on roll call {rollCall}; a state votes once on a roll call."));
                }
                else
                {
                    votes.Add(new RecordedVote(rollCall, target.Date.Year, state, choice));
                }

                if (Stopped)
                {
                    return Failed(UngaRelease.Unvotes2021, [new DatasetRowCounts(cells.File, read, 0, read - votes.Count), .. _files], [Rejected[0]]);
                }
            }

            return new UngaImport(
                UngaRelease.Unvotes2021,
                [.. targets.Values.OrderBy(t => t.RollCall)],
                [.. votes],
                [new DatasetRowCounts(cells.File, read, votes.Count, read - votes.Count), .. _files],
                0,
                0,
                [.. Rejected.OrderBy(e => e.Location.File == cells.File ? 0 : 1)],
                [],
                succeeded: true);
        }

        public UngaImport Failure(string votesName) =>
            Failed(UngaRelease.Unvotes2021, [new DatasetRowCounts(votesName, 0, 0, 0), .. _files], [.. Rejected]);

        private int? State(ReadOnlySpan<char> code, ReadOnlySpan<char> name)
        {
            var key = code.Length == 0 ? "name:" + name.ToString() : code.ToString();
            if (!_states.TryGetValue(key, out var state))
            {
                var catalogue = CountryCatalogue.Default;
                state = code.Length == 0
                    ? (NameAliases.TryGetValue(key[5..], out var alias) ? alias : catalogue.CowStates.FirstOrDefault(s => string.Equals(s.Name, key[5..], StringComparison.OrdinalIgnoreCase))?.Code)
                    : FormerStateCodes.TryGetValue(key, out var former) ? former
                    : catalogue.TryGetByAlpha2(key, out var country) ? country.CowCode
                    : null;
                _states[key] = state;
            }

            return state;
        }

        // A delegate of its own: Func<> takes a ref struct (the row) only from .NET 9 on.
        private delegate bool RowReader(SepReader.Row row, Dictionary<string, int> columns, List<ModelError> errors);

        private bool ReadTable(TextReader text, TableReading cells, string[] required, string[] optional, RowReader readRow)
        {
            using var reader = TableReading.Options.From(text);
            if (reader.Header.IsEmpty)
            {
                Rejected.Add(cells.FileError($"'{cells.File}' is empty; it starts with a header."));
                _files.Add(new DatasetRowCounts(cells.File, 0, 0, 0));
                return false;
            }

            var errors = new List<ModelError>();
            var columns = cells.Columns(reader, required, optional, errors);
            if (errors.Count > 0)
            {
                Rejected.AddRange(errors);
                _files.Add(new DatasetRowCounts(cells.File, 0, 0, 0));
                return false;
            }

            int read = 0, imported = 0;
            foreach (var row in reader)
            {
                Cancellation.ThrowIfCancellationRequested();
                read++;
                errors.Clear();
                if (cells.UnclosedQuote(row) is { } quote)
                {
                    Rejected.Add(quote);
                    _files.Add(new DatasetRowCounts(cells.File, read, 0, read));
                    return false;
                }

                if (readRow(row, columns, errors))
                {
                    imported++;
                }
                else
                {
                    Rejected.Add(errors[0]);
                    if (Stopped)
                    {
                        _files.Add(new DatasetRowCounts(cells.File, read, 0, read - imported));
                        return false;
                    }
                }
            }

            _files.Add(new DatasetRowCounts(cells.File, read, imported, read - imported));
            return true;
        }
    }

    /// <summary>A roll call of the 2021 release, gathering its issues before it becomes a target.</summary>
    private sealed record RollCallRow(int RollCall, int Session, LocalDate Date, string Symbol, bool? Important, bool? Amendment, bool? Paragraph, string Title)
    {
        public List<string> Issues { get; } = [];

        public ResolutionTarget ToTarget() => new(RollCall, Session, Date, Symbol, [.. Issues], Amendment, Paragraph, Important, Title);
    }
}
