using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;
using OneOf;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets.Sipri;
/// <summary>
/// Reads the data rows of one SIPRI export after its header, into records and transfers. This file holds the row loop
/// (rows, broken lines, rejections); <c>SipriReader.Deals.cs</c> assembles deals and records from the fields of a row,
/// <c>SipriReader.Cells.cs</c> parses single cells.
/// </summary>
internal sealed partial class SipriReader
{
    private const char KeySeparator = '\u001F';

    private readonly string _file;
    private readonly SipriLayout _layout;
    private readonly SipriImportOptions _options;
    private readonly LocalDate? _generatedOn;
    private readonly long _headerLine;
    private readonly Source _source;
    private readonly Evidence _reported;
    private readonly Evidence _uncertain;
    private readonly int[] _dealColumns;

    private readonly List<ModelError> _errors = [];
    private readonly List<ModelError> _notes = [];

    // The first row of each distinct content of a one-row format without deal ids, by a 64-bit hash of its fields.
    private readonly Dictionary<long, int> _rowContents = [];
    private readonly List<SipriRecord> _records = [];
    private readonly List<Actor> _actors = [];
    private readonly HashSet<ActorId> _actorIds = [];
    private readonly Dictionary<string, SipriActorName?> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Deal> _deals = [];
    private readonly List<Deal> _dealOrder = [];

    // The row of each deal id seen in a one-row format that names its deals: a second row would make a second transfer with the same id.
    private readonly Dictionary<string, int> _dealRows = new(StringComparer.Ordinal);
    private readonly StringBuilder _key = new();
    private readonly Draft _draft = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<int>> _yearLists = new(StringComparer.Ordinal);

    private int _rowsRead;
    private int _rowsRejected;
    private bool _stop;

    public SipriReader(string file, SipriLayout layout, SipriImportOptions options, LocalDate? generatedOn, long headerLine)
    {
        _file = file;
        _layout = layout;
        _options = options;
        _generatedOn = generatedOn;
        _headerLine = headerLine;
        _source = new Source(
            "Stockholm International Peace Research Institute (SIPRI)",
            "SIPRI Arms Transfers Database",
            new Uri("https://www.sipri.org/databases/armstransfers"),
            generatedOn is { } day ? PartialDate.FromLocalDate(day) : null,
            SourceKind.Dataset);
        _reported = Evidence.Of(Confidence.Reported, _source);
        _uncertain = Evidence.Of(options.UncertainConfidence, _source);

        // The fields every row of a per-year deal repeats; they must agree.
        _dealColumns = [.. new[]
        {
            layout.Supplier, layout.Recipient, layout.Designation, layout.Description, layout.Category, layout.OrderYear,
            layout.OrderYearFlag, layout.Status, layout.TivOfNewUnit, layout.TivPerUnit, layout.LocalProduction,
        }.Where(column => column >= 0)];
    }

    private SipriFormat Format => _layout.Format;

    public OneOf<SipriImport, ImmutableArray<ModelError>> Read(TextReader text)
    {
        using (var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text))
        {
            string[]? pending = null;
            var pendingLine = 0L;
            var next = _headerLine + 1;
            foreach (var row in reader)
            {
                // Sep's LineNumberFrom is off by one on the first row; the end of the previous row is reliable.
                var line = next;
                next = _headerLine + row.LineNumberToExcl;
                if (TableReading.UnclosedQuoteLine(row.Span, line) is { } opened)
                {
                    return ImmutableArray.Create(TableReading.UnclosedQuote(DatasetErrorCodes.SipriUnterminatedQuote, _file, opened, line, _rowsRead + 1));
                }

                if (row.ColCount == 1 && row[0].Span.Trim().TrimEnd(';').IsEmpty)
                {
                    continue; // A blank line holds no record.
                }

                if (pending is not null)
                {
                    // A comment broken by a raw line break: the record goes on in this line.
                    var joined = Join(pending, row);
                    pending = null;
                    if (joined is not null)
                    {
                        Process(new Fields(joined), pendingLine);
                        if (_stop)
                        {
                            break;
                        }

                        continue;
                    }

                    RejectShortRow(pendingLine);
                    if (_stop)
                    {
                        break;
                    }
                }

                if (row.ColCount < _layout.ColumnCount)
                {
                    pending = Copy(row);
                    pendingLine = line;
                    continue;
                }

                Process(new Fields(row), line);
                if (_stop)
                {
                    break;
                }
            }

            if (pending is not null && !_stop)
            {
                RejectShortRow(pendingLine);
            }
        }

        if (_stop)
        {
            return ImmutableArray.Create(_errors[^1]);
        }

        FinishDeals();
        _errors.Sort((a, b) => Nullable.Compare(a.Location.Row, b.Location.Row));
        return new SipriImport(
            _file,
            Format,
            _generatedOn,
            _source,
            [.. _records],
            [.. _actors],
            _reported,
            _uncertain,
            [.. _errors],
            _rowsRead,
            _rowsRejected,
            [.. _notes]);
    }

    private static string[] Copy(SepReader.Row row)
    {
        var values = new string[row.ColCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row[i].ToString();
        }

        return values;
    }

    private string[]? Join(string[] pending, SepReader.Row next)
    {
        if (pending.Length + next.ColCount - 1 != _layout.ColumnCount)
        {
            return null;
        }

        var values = new string[_layout.ColumnCount];
        pending.AsSpan(0, pending.Length - 1).CopyTo(values);
        var head = pending[^1].TrimEnd();
        var tail = next[0].Span.Trim();
        values[pending.Length - 1] = head.Length == 0 ? tail.ToString() : tail.IsEmpty ? head : $"{head} {tail}";
        for (var i = 1; i < next.ColCount; i++)
        {
            values[pending.Length - 1 + i] = next[i].ToString();
        }

        return values;
    }

    private void RejectShortRow(long line)
    {
        var row = ++_rowsRead;
        Reject(Error(row, line, -1, DatasetErrorCodes.SipriColumnCount, $"The row has fewer fields than the {_layout.ColumnCount} of the {Format} header, and joining the next line does not make up the difference."));
    }

    private void Process(Fields f, long line)
    {
        var row = ++_rowsRead;
        if (f.Count != _layout.ColumnCount)
        {
            Reject(Error(row, line, -1, DatasetErrorCodes.SipriColumnCount, string.Create(CultureInfo.InvariantCulture, $"The row has {f.Count} fields; the {Format} header has {_layout.ColumnCount}.")));
            return;
        }

        if (Format == SipriFormat.DeliveriesByYear)
        {
            ProcessDeliveryRow(f, row, line);
            return;
        }

        // One-row formats: one draft serves every row, since the record copies what it keeps.
        var draft = _draft;
        draft.Reset(row, line);
        if (!ReadDeal(f, draft) || !ReadDealDeliveries(f, draft) || !CheckOrder(draft))
        {
            Reject(draft.Error!);
            return;
        }

        if (Format == SipriFormat.TradeRegister2014 && draft.DealId is { } dealId && !_dealRows.TryAdd(dealId, row))
        {
            Reject(Error(row, line, _layout.DealId, DatasetErrorCodes.SipriInconsistentDeal, string.Create(CultureInfo.InvariantCulture, $"Deal {dealId} is in row {_dealRows[dealId]} already; the register has one row per deal, so this row is not imported.")));
            return;
        }

        if (Format == SipriFormat.TradeRegister && !_rowContents.TryAdd(ContentHash(f), row))
        {
            // Not rejected: the register lists separate deals with the same fields as separate rows (docs/datasets.md).
            _notes.Add(Error(row, line, -1, DatasetErrorCodes.SipriIdenticalRows, string.Create(CultureInfo.InvariantCulture, $"The row has the same fields as row {_rowContents[ContentHash(f)]}; SIPRI's trade register lists separate deals with identical fields as separate rows (the per-year exports, which give each deal an id, keep both), so both are imported and both count in totals.")));
        }

        Emit(draft);
    }

    /// <summary>A 64-bit hash of a row's fields: the runtime's string hash and FNV-1a, so that distinct rows practically never collide.</summary>
    private static long ContentHash(Fields f)
    {
        var runtime = new HashCode();
        var fnv = 2166136261u;
        for (var i = 0; i < f.Count; i++)
        {
            var field = f[i];
            runtime.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(field));
            runtime.Add(KeySeparator);
            foreach (var c in field)
            {
                fnv = (fnv ^ c) * 16777619u;
            }

            fnv = (fnv ^ KeySeparator) * 16777619u;
        }

        return ((long)runtime.ToHashCode() << 32) | fnv;
    }

    private void Reject(ModelError error)
    {
        _errors.Add(error);
        _rowsRejected++;
        _stop |= _options.Strict;
    }

    private ModelError Missing(Draft d, int column, string purpose) =>
        Error(d.Row, d.Line, column, DatasetErrorCodes.SipriMissingValue, $"'{_layout.Name(column)}' is blank; a SIPRI record needs it, since it {purpose}.");

    private ModelError Error(int row, long line, int column, string code, string message) =>
        new(code, message, new ErrorLocation(File: _file, Line: line, Row: row, Path: column >= 0 ? TableReading.Column(_layout.Name(column)) : null));

    /// <summary>The fields of a row: Sep's row, or the joined values of a record broken across two lines.</summary>
    private readonly ref struct Fields
    {
        private readonly SepReader.Row _row;
        private readonly string[]? _values;

        public Fields(SepReader.Row row)
        {
            _row = row;
            _values = null;
        }

        public Fields(string[] values)
        {
            _row = default;
            _values = values;
        }

        public int Count => _values?.Length ?? _row.ColCount;

        /// <summary>The trimmed field; empty for a column the format lacks; without the 2026 exports' trailing <c>;</c>.</summary>
        public ReadOnlySpan<char> this[int column]
        {
            get
            {
                if (column < 0)
                {
                    return default;
                }

                var text = _values is null ? _row[column].Span : _values[column].AsSpan();
                if (column == Count - 1 && text.Length > 0 && text[^1] == ';')
                {
                    text = text[..^1];
                }

                return text.Trim();
            }
        }
    }
}
