using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Validation;
using nietras.SeparatedValues;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Reads the data rows of one SIPRI export after its header, into records and transfers.</summary>
internal sealed class SipriReader
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
            _rowsRejected);
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
        Reject(Error(row, line, -1, ErrorCodes.SipriColumnCount, $"The row has fewer fields than the {_layout.ColumnCount} of the {Format} header, and joining the next line does not make up the difference."));
    }

    private void Process(Fields f, long line)
    {
        var row = ++_rowsRead;
        if (f.Count != _layout.ColumnCount)
        {
            Reject(Error(row, line, -1, ErrorCodes.SipriColumnCount, string.Create(CultureInfo.InvariantCulture, $"The row has {f.Count} fields; the {Format} header has {_layout.ColumnCount}.")));
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
            Reject(Error(row, line, _layout.DealId, ErrorCodes.SipriInconsistentDeal, string.Create(CultureInfo.InvariantCulture, $"Deal {dealId} is in row {_dealRows[dealId]} already; the register has one row per deal, so this row is not imported.")));
            return;
        }

        Emit(draft);
    }

    private void ProcessDeliveryRow(Fields f, int row, long line)
    {
        var draft = _draft;
        draft.Reset(row, line);
        if (!DealId(f, draft, out var id))
        {
            Reject(draft.Error!);
            return;
        }

        if (!_deals.TryGetValue(id, out var deal))
        {
            var first = new Draft();
            first.Reset(row, line);
            first.DealId = f[_layout.DealId].ToString();
            deal = new Deal(first);
            _deals.Add(id, deal);
            _dealOrder.Add(deal);
            if (!ReadDeal(f, first))
            {
                RejectInDeal(deal, row, first.Error!);
                return;
            }

            deal.Key = Key(f);
        }
        else if (deal.RejectedRow is not null)
        {
            deal.Rows.Add((row, line)); // reported with the deal at the end
            return;
        }
        else if (Mismatch(f, deal.Key!) is { } mismatch)
        {
            var (column, expected) = mismatch;
            RejectInDeal(deal, row, Error(row, line, column, ErrorCodes.SipriInconsistentDeal, $"'{_layout.Name(column)}' is {TableReading.Text(f[column])} here but {TableReading.Text(expected)} in row {deal.Draft.Row} of the same deal {deal.Draft.DealId}; the rows of a deal agree on every field of the deal."));
            return;
        }

        deal.Rows.Add((row, line));
        if (!Count(f, _layout.NumberDelivered, draft, required: true, out var number) ||
            !YesNo(f, _layout.NumberDeliveredFlag, draft, blankIsNo: false, out var numberFlag) ||
            !Year(f, _layout.DeliveryYears, draft, out var year) ||
            !YesNo(f, _layout.DeliveryYearFlag, draft, blankIsNo: false, out var yearFlag) ||
            !Tiv(f, _layout.TivDelivered, draft, required: true, out var tiv))
        {
            RejectInDeal(deal, row, draft.Error!);
            return;
        }

        foreach (var earlier in deal.Deliveries)
        {
            if (earlier.Year == year)
            {
                RejectInDeal(deal, row, Error(row, line, _layout.DeliveryYears, ErrorCodes.SipriInconsistentDeal, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.DeliveryYears)}' {year} is listed twice for deal {deal.Draft.DealId} (rows {earlier.Row} and {row}); a deal has one row per delivery year.")));
                return;
            }
        }

        deal.Deliveries.Add(new SipriDelivery(year, number!.Value, tiv!.Value, numberFlag, yearFlag, row));
    }

    private void RejectInDeal(Deal deal, int row, ModelError error)
    {
        deal.RejectedRow ??= row;
        deal.ReportedRows.Add(row);
        if (!deal.Rows.Exists(r => r.Row == row))
        {
            deal.Rows.Add((row, error.Location.Line ?? 0));
        }

        Reject(error);
    }

    private void FinishDeals()
    {
        foreach (var deal in _dealOrder)
        {
            if (deal.RejectedRow is { } rejected)
            {
                foreach (var (row, line) in deal.Rows)
                {
                    if (!deal.ReportedRows.Contains(row))
                    {
                        Reject(Error(row, line, _layout.DealId, ErrorCodes.SipriDealRowRejected, $"The row belongs to deal {deal.Draft.DealId}, whose row {rejected} was rejected; a deal is imported whole or not at all."));
                    }
                }

                continue;
            }

            if (!TrySum(deal.Deliveries, out var number, out var tiv))
            {
                // The deal's figures add up beyond what a record holds: rejected whole, never wrapped or thrown.
                foreach (var (row, line) in deal.Rows)
                {
                    Reject(Error(row, line, _layout.DealId, ErrorCodes.SipriDealTotalOverflow, string.Create(CultureInfo.InvariantCulture, $"The {deal.Rows.Count} rows of deal {deal.Draft.DealId} add up to more than {int.MaxValue} units delivered or more than {decimal.MaxValue} TIV, which no record can hold; the deal is not imported.")));
                }

                continue;
            }

            var draft = deal.Draft;
            deal.Deliveries.Sort((a, b) => a.Year.CompareTo(b.Year));
            draft.Deliveries = [.. deal.Deliveries];
            var years = ImmutableArray.CreateBuilder<int>(deal.Deliveries.Count);
            foreach (var delivery in deal.Deliveries)
            {
                years.Add(delivery.Year);
            }

            draft.DeliveryYears = years.MoveToImmutable();
            draft.FirstDeliveryYear = draft.DeliveryYears.IsEmpty ? null : draft.DeliveryYears[0];
            draft.LastDeliveryYear = draft.DeliveryYears.IsEmpty ? null : draft.DeliveryYears[^1];
            draft.NumberDelivered = number;
            draft.TivDelivered = tiv;
            draft.NumberDeliveredIsEstimate = AnyTrue(deal.Deliveries, d => d.NumberIsEstimate);
            draft.DeliveryYearIsEstimate = AnyTrue(deal.Deliveries, d => d.YearIsEstimate);
            Emit(draft);
        }
    }

    /// <summary>The units and TIV delivered over a deal's years, or false when either sum overflows its type.</summary>
    private static bool TrySum(List<SipriDelivery> deliveries, out int number, out decimal tiv)
    {
        number = 0;
        tiv = 0m;
        foreach (var delivery in deliveries)
        {
            // Both figures are at least 0, so a sum can only overflow upwards.
            if (delivery.Number > int.MaxValue - number || delivery.Tiv > decimal.MaxValue - tiv)
            {
                return false;
            }

            number += delivery.Number;
            tiv += delivery.Tiv;
        }

        return true;
    }

    /// <summary>True when any flag is true, false when all are false, otherwise unknown.</summary>
    private static bool? AnyTrue(List<SipriDelivery> deliveries, Func<SipriDelivery, bool?> flag)
    {
        var all = true;
        foreach (var delivery in deliveries)
        {
            var value = flag(delivery);
            if (value == true)
            {
                return true;
            }

            all &= value == false;
        }

        return all ? false : null;
    }

    /// <summary>Reads the fields that describe the deal as a whole.</summary>
    private bool ReadDeal(Fields f, Draft d)
    {
        if (!Actor(f, _layout.Supplier, d, out var supplier) || !Actor(f, _layout.Recipient, d, out var recipient))
        {
            return false;
        }

        if (supplier.Actor.Id == recipient.Actor.Id)
        {
            return d.Fail(Error(d.Row, d.Line, _layout.Recipient, ErrorCodes.SipriSupplierIsRecipient, $"'{_layout.Name(_layout.Recipient)}' ({TableReading.Text(f[_layout.Recipient])}, {recipient.Actor.Id}) is also the supplier ({TableReading.Text(f[_layout.Supplier])}); a transfer goes from one actor to another."));
        }

        d.Supplier = supplier;
        d.Recipient = recipient;
        var designation = f[_layout.Designation];
        if (designation.IsEmpty)
        {
            return d.Fail(Missing(d, _layout.Designation, "names the weapon"));
        }

        d.Designation = Intern(designation);
        d.WeaponDescription = Intern(f[_layout.Description]);
        d.Category = Intern(f[_layout.Category]);
        d.Comments = Optional(f, _layout.Comments);
        if (Format == SipriFormat.DeliveriesByYear)
        {
            return Year(f, _layout.OrderYear, d, out d.OrderYear) &&
                   YesNo(f, _layout.OrderYearFlag, d, blankIsNo: false, out d.OrderYearIsEstimate) &&
                   Status(f, d) &&
                   Tiv(f, _layout.TivOfNewUnit, d, required: false, out d.TivOfNewUnit) &&
                   Tiv(f, _layout.TivPerUnit, d, required: false, out d.TivPerUnit) &&
                   YesNo(f, _layout.LocalProduction, d, blankIsNo: false, out d.LocalProduction);
        }

        if (Format == SipriFormat.TradeRegister)
        {
            return Year(f, _layout.OrderYear, d, out d.OrderYear) &&
                   Question(f, _layout.OrderYearFlag, d, out d.OrderYearIsEstimate) &&
                   Count(f, _layout.NumberOrdered, d, required: false, out d.NumberOrdered) &&
                   Question(f, _layout.NumberOrderedFlag, d, out d.NumberOrderedIsEstimate) &&
                   Status(f, d) &&
                   Tiv(f, _layout.TivPerUnit, d, required: false, out d.TivPerUnit) &&
                   Tiv(f, _layout.TivOrder, d, required: false, out d.TivOrder);
        }

        // The 2014 legacy register: Yes or blank flags, and a recipient-involvement column for local production.
        d.DealId = f[_layout.DealId].ToString();
        return DealId(f, d, out _) &&
               Year(f, _layout.OrderYear, d, out d.OrderYear) &&
               YesNo(f, _layout.OrderYearFlag, d, blankIsNo: true, out d.OrderYearIsEstimate) &&
               Count(f, _layout.NumberOrdered, d, required: false, out d.NumberOrdered) &&
               YesNo(f, _layout.NumberOrderedFlag, d, blankIsNo: true, out d.NumberOrderedIsEstimate) &&
               Status(f, d) &&
               YesNo(f, _layout.StatusFlag, d, blankIsNo: true, out d.StatusIsEstimate) &&
               YesNo(f, _layout.LocalProduction, d, blankIsNo: true, out d.LocalProduction);
    }

    /// <summary>Reads the deliveries of a one-row deal (trade registers): the number, the years and their flags.</summary>
    private bool ReadDealDeliveries(Fields f, Draft d)
    {
        if (!Count(f, _layout.NumberDelivered, d, required: false, out var delivered))
        {
            return false;
        }

        d.NumberDelivered = delivered ?? 0;
        if (Format == SipriFormat.TradeRegister)
        {
            if (!Question(f, _layout.NumberDeliveredFlag, d, out d.NumberDeliveredIsEstimate) ||
                !Tiv(f, _layout.TivDelivered, d, required: false, out d.TivDelivered) ||
                !YearList(f, d))
            {
                return false;
            }
        }
        else
        {
            // One flag covers the delivery years and the number delivered.
            if (!YesNo(f, _layout.NumberDeliveredFlag, d, blankIsNo: true, out d.NumberDeliveredIsEstimate) || !YearRange(f, d))
            {
                return false;
            }

            d.DeliveryYearIsEstimate = d.NumberDeliveredIsEstimate;
        }

        return true;
    }

    /// <summary>Rejects figures the model cannot hold: more delivered than ordered when neither figure is uncertain.</summary>
    private bool CheckOrder(Draft d)
    {
        if (d.OrderedStated && d.NumberOrdered is { } ordered && d.NumberDelivered > ordered &&
            d.NumberOrderedIsEstimate != true && d.NumberDeliveredIsEstimate != true)
        {
            return d.Fail(Error(d.Row, d.Line, _layout.NumberDelivered, ErrorCodes.SipriDeliveredExceedsOrdered, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.NumberDelivered)}' ({d.NumberDelivered}) exceeds '{_layout.Name(_layout.NumberOrdered)}' ({ordered}) and neither is marked uncertain; no more units can be delivered than were ordered.")));
        }

        if (d.OrderedStated && d.TivOrder is { } order && d.TivDelivered is { } tiv && tiv > order)
        {
            return d.Fail(Error(d.Row, d.Line, _layout.TivDelivered, ErrorCodes.SipriDeliveredExceedsOrdered, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.TivDelivered)}' ({tiv}) exceeds '{_layout.Name(_layout.TivOrder)}' ({order}); what was delivered cannot be worth more than the whole order.")));
        }

        return true;
    }

    private void Emit(Draft d)
    {
        var supplier = d.Supplier!.Actor;
        var recipient = d.Recipient!.Actor;
        var record = new SipriRecord(
            Format, d.Row, d.Line, d.DealId, d.Supplier.SipriName, d.Recipient.SipriName, supplier.Id, recipient.Id,
            d.Designation!, d.WeaponDescription, d.Category, d.OrderYear, d.OrderYearIsEstimate, d.NumberOrdered,
            d.NumberOrderedIsEstimate, d.NumberDelivered, d.NumberDeliveredIsEstimate, d.DeliveryYears,
            d.FirstDeliveryYear, d.LastDeliveryYear, d.DeliveryYearIsEstimate, d.Deliveries, d.Status, d.StatusIsEstimate,
            d.TivPerUnit, d.TivOfNewUnit, d.TivOrder, d.TivDelivered, d.LocalProduction, d.Comments);

        _records.Add(record);
        AddActor(supplier);
        AddActor(recipient);
    }

    private void AddActor(Actor actor)
    {
        if (_actorIds.Add(actor.Id))
        {
            _actors.Add(actor);
        }
    }

    private void Reject(ModelError error)
    {
        _errors.Add(error);
        _rowsRejected++;
        _stop |= _options.Strict;
    }

    private string Key(Fields f)
    {
        _key.Clear();
        foreach (var column in _dealColumns)
        {
            _key.Append(f[column]).Append(KeySeparator);
        }

        return _key.ToString();
    }

    private (int Column, string Expected)? Mismatch(Fields f, string key)
    {
        var position = 0;
        foreach (var column in _dealColumns)
        {
            var end = key.IndexOf(KeySeparator, position);
            var expected = key.AsSpan(position, end - position);
            if (!f[column].SequenceEqual(expected))
            {
                return (column, expected.ToString());
            }

            position = end + 1;
        }

        return null;
    }

    // ---- Field readers: each returns false after recording the row's error in the draft. ----

    private bool DealId(Fields f, Draft d, out long id)
    {
        var text = f[_layout.DealId];
        if (text.IsEmpty)
        {
            id = 0;
            return d.Fail(Missing(d, _layout.DealId, "identifies the deal"));
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return d.Fail(Error(d.Row, d.Line, _layout.DealId, ErrorCodes.SipriInvalidNumber, $"'{_layout.Name(_layout.DealId)}' is {TableReading.Text(text)}; a deal id is a whole number."));
        }

        return true;
    }

    private bool Actor(Fields f, int column, Draft d, out SipriActorName name)
    {
        var text = f[column];
        if (text.IsEmpty)
        {
            name = null!;
            return d.Fail(Missing(d, column, "names a party to the transfer"));
        }

        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var found))
        {
            found = SipriActorNames.Find(text);
            lookup[text] = found;
        }

        if (found is null)
        {
            name = null!;
            return d.Fail(Error(d.Row, d.Line, column, ErrorCodes.SipriUnknownActorName, $"'{_layout.Name(column)}' is {TableReading.Text(text)}, which is neither in the SIPRI name table nor a state of the country catalogue, nor marked '*' as a non-state actor; the row is rejected rather than an actor guessed."));
        }

        name = found;
        return true;
    }

    private bool Year(Fields f, int column, Draft d, out int year)
    {
        var text = f[column];
        if (text.IsEmpty)
        {
            year = 0;
            return d.Fail(Missing(d, column, "states the year"));
        }

        return ParseYear(text, out year) || d.Fail(BadYear(d, column, text));
    }

    private static bool ParseYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year is >= 1900 and <= 2100;

    private ModelError BadYear(Draft d, int column, ReadOnlySpan<char> text) =>
        Error(d.Row, d.Line, column, ErrorCodes.SipriInvalidYear, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a year is a four-digit year from 1900 to 2100{(column == _layout.DeliveryYears && Format != SipriFormat.DeliveriesByYear ? (Format == SipriFormat.TradeRegister ? ", and delivery years are listed as '1988; 1989'" : ", and delivery years are a range '2007 - 2011'") : string.Empty)}.");

    /// <summary>The trade register's delivery years, a <c>; </c>-separated list, blank when nothing was delivered.</summary>
    private bool YearList(Fields f, Draft d)
    {
        var text = f[_layout.DeliveryYears];
        d.DeliveryYears = [];
        if (text.IsEmpty)
        {
            return true;
        }

        // Lists such as "1988; 1989; 1990" repeat across deals: parse each distinct list once.
        var lookup = _yearLists.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var years))
        {
            var list = new List<int>(4);
            foreach (var range in text.Split(';'))
            {
                if (!ParseYear(text[range].Trim(), out var year))
                {
                    return d.Fail(BadYear(d, _layout.DeliveryYears, text));
                }

                if (!list.Contains(year))
                {
                    list.Add(year);
                }
            }

            list.Sort();
            years = [.. list];
            lookup[text] = years;
        }

        d.DeliveryYears = years;
        d.FirstDeliveryYear = years[0];
        d.LastDeliveryYear = years[^1];
        return true;
    }

    /// <summary>The 2014 legacy register's delivery years, a range <c>2007 - 2011</c>, blank when nothing was delivered.</summary>
    private bool YearRange(Fields f, Draft d)
    {
        d.DeliveryYears = [];
        var text = f[_layout.DeliveryYears];
        if (text.IsEmpty)
        {
            return true;
        }

        var dash = text.IndexOf('-');
        var from = dash < 0 ? text : text[..dash].Trim();
        var to = dash < 0 ? text : text[(dash + 1)..].Trim();
        if (!ParseYear(from, out var first) || !ParseYear(to, out var last) || last < first)
        {
            return d.Fail(BadYear(d, _layout.DeliveryYears, text));
        }

        d.FirstDeliveryYear = first;
        d.LastDeliveryYear = last;
        return true;
    }

    private bool Count(Fields f, int column, Draft d, bool required, out int? value)
    {
        value = null;
        var text = f[column];
        if (text.IsEmpty)
        {
            return !required || d.Fail(Missing(d, column, "states the number"));
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return d.Fail(Error(d.Row, d.Line, column, ErrorCodes.SipriInvalidNumber, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a number of units is a whole number of at least 0."));
        }

        value = number;
        return true;
    }

    private bool Tiv(Fields f, int column, Draft d, bool required, out decimal? value)
    {
        value = null;
        if (column < 0)
        {
            return true;
        }

        var text = f[column];
        if (text.IsEmpty)
        {
            return !required || d.Fail(Missing(d, column, "states the trend-indicator value"));
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tiv))
        {
            return d.Fail(Error(d.Row, d.Line, column, ErrorCodes.SipriInvalidTiv, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a trend-indicator value is a decimal number of at least 0, such as 12.5."));
        }

        value = tiv;
        return true;
    }

    /// <summary>The trade register's flag: <c>?</c> when the value to its left is uncertain, blank otherwise.</summary>
    private bool Question(Fields f, int column, Draft d, out bool? value)
    {
        value = null;
        if (column < 0)
        {
            return true;
        }

        var text = f[column];
        if (text.IsEmpty || text is "?")
        {
            value = !text.IsEmpty;
            return true;
        }

        return d.Fail(Error(d.Row, d.Line, column, ErrorCodes.SipriInvalidFlag, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; an uncertainty flag of the trade register is '?' or blank."));
    }

    /// <summary>A Yes/No flag; blank is No in the 2014 register (which writes only Yes) and unknown in the per-year exports.</summary>
    private bool YesNo(Fields f, int column, Draft d, bool blankIsNo, out bool? value)
    {
        value = null;
        if (column < 0)
        {
            return true;
        }

        var text = f[column];
        if (text.IsEmpty)
        {
            value = blankIsNo ? false : null;
            return true;
        }

        if (text.Equals("Yes", StringComparison.OrdinalIgnoreCase) || text.Equals("No", StringComparison.OrdinalIgnoreCase))
        {
            value = text.Equals("Yes", StringComparison.OrdinalIgnoreCase);
            return true;
        }

        return d.Fail(Error(d.Row, d.Line, column, ErrorCodes.SipriInvalidFlag, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; the flag is 'Yes', 'No' or blank."));
    }

    private bool Status(Fields f, Draft d)
    {
        var text = f[_layout.Status];
        SipriStatus? status =
            text.Equals("New", StringComparison.OrdinalIgnoreCase) ? SipriStatus.New
            : text.Equals("Second hand", StringComparison.OrdinalIgnoreCase) || text.Equals("SecondHand", StringComparison.OrdinalIgnoreCase) ? SipriStatus.SecondHand
            : text.Equals("Second hand but modernized", StringComparison.OrdinalIgnoreCase) || text.Equals("Refurbished", StringComparison.OrdinalIgnoreCase) ? SipriStatus.SecondHandModernized
            : null;
        if (status is not { } known)
        {
            return d.Fail(Error(d.Row, d.Line, _layout.Status, ErrorCodes.SipriInvalidStatus, $"'{_layout.Name(_layout.Status)}' is {TableReading.Text(text)}; the status is 'New', 'Second hand' or 'Second hand but modernized' (2014 register: 'New', 'SecondHand' or 'Refurbished')."));
        }

        d.Status = known;
        return true;
    }

    private static string? Optional(Fields f, int column)
    {
        var text = f[column];
        return text.IsEmpty ? null : text.ToString();
    }

    /// <summary>One string per distinct text: designations, descriptions and categories repeat across thousands of rows.</summary>
    private string? Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            lookup[text] = value;
        }

        return value;
    }

    private ModelError Missing(Draft d, int column, string purpose) =>
        Error(d.Row, d.Line, column, ErrorCodes.SipriMissingValue, $"'{_layout.Name(column)}' is blank; a SIPRI record needs it, since it {purpose}.");

    private ModelError Error(int row, long line, int column, string code, string message) =>
        new(code, message, new ErrorLocation(File: _file, Line: line, Row: row, Path: column >= 0 ? _layout.Name(column) : null));

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
                if (column == Count - 1 && text.EndsWith(';'))
                {
                    text = text[..^1];
                }

                return text.Trim();
            }
        }
    }

    /// <summary>The fields of one record while it is read.</summary>
    private sealed class Draft
    {
        public int Row;
        public long Line;
        public ModelError? Error;
        public string? DealId;
        public SipriActorName? Supplier;
        public SipriActorName? Recipient;
        public string? Designation;
        public string? WeaponDescription;
        public string? Category;
        public string? Comments;
        public int OrderYear;
        public bool? OrderYearIsEstimate;
        public int? NumberOrdered;
        public bool? NumberOrderedIsEstimate;
        public int NumberDelivered;
        public bool? NumberDeliveredIsEstimate;
        public ImmutableArray<int> DeliveryYears = [];
        public int? FirstDeliveryYear;
        public int? LastDeliveryYear;
        public bool? DeliveryYearIsEstimate;
        public ImmutableArray<SipriDelivery> Deliveries = [];
        public SipriStatus Status;
        public bool? StatusIsEstimate;
        public decimal? TivPerUnit;
        public decimal? TivOfNewUnit;
        public decimal? TivOrder;
        public decimal? TivDelivered;
        public bool? LocalProduction;

        /// <summary>Whether the number ordered is a real figure: stated, and not the 0 written for open-ended production that has delivered units.</summary>
        public bool OrderedStated => SipriTransferMapping.IsOrderStated(NumberOrdered, NumberDelivered);

        public void Reset(int row, long line)
        {
            Row = row;
            Line = line;
            Error = null;
            DealId = null;
            Supplier = Recipient = null;
            Designation = WeaponDescription = Category = Comments = null;
            OrderYear = NumberDelivered = 0;
            NumberOrdered = FirstDeliveryYear = LastDeliveryYear = null;
            OrderYearIsEstimate = NumberOrderedIsEstimate = NumberDeliveredIsEstimate = DeliveryYearIsEstimate = StatusIsEstimate = LocalProduction = null;
            DeliveryYears = [];
            Deliveries = [];
            Status = SipriStatus.New;
            TivPerUnit = TivOfNewUnit = TivOrder = TivDelivered = null;
        }

        public bool Fail(ModelError error)
        {
            Error = error;
            return false;
        }
    }

    /// <summary>A deal of a per-year export while its rows are read.</summary>
    private sealed class Deal(Draft draft)
    {
        public Draft Draft { get; } = draft;

        public string? Key { get; set; }

        public List<SipriDelivery> Deliveries { get; } = [];

        public List<(int Row, long Line)> Rows { get; } = [];

        public HashSet<int> ReportedRows { get; } = [];

        public int? RejectedRow { get; set; }
    }
}
