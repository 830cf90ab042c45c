using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>The SIPRI reader, deal assembly: the fields of a deal, the rows of a per-year deal put together, and the records emitted.</summary>
internal sealed partial class SipriReader
{
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
            RejectInDeal(deal, row, Error(row, line, column, DatasetErrorCodes.SipriInconsistentDeal, $"'{_layout.Name(column)}' is {TableReading.Text(f[column])} here but {TableReading.Text(expected)} in row {deal.Draft.Row} of the same deal {deal.Draft.DealId}; the rows of a deal agree on every field of the deal."));
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
                RejectInDeal(deal, row, Error(row, line, _layout.DeliveryYears, DatasetErrorCodes.SipriInconsistentDeal, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.DeliveryYears)}' {year} is listed twice for deal {deal.Draft.DealId} (rows {earlier.Row} and {row}); a deal has one row per delivery year.")));
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
                        Reject(Error(row, line, _layout.DealId, DatasetErrorCodes.SipriDealRowRejected, $"The row belongs to deal {deal.Draft.DealId}, whose row {rejected} was rejected; a deal is imported whole or not at all."));
                    }
                }

                continue;
            }

            if (!TrySum(deal.Deliveries, out var number, out var tiv))
            {
                // The deal's figures add up beyond what a record holds: rejected whole, never wrapped or thrown.
                foreach (var (row, line) in deal.Rows)
                {
                    Reject(Error(row, line, _layout.DealId, DatasetErrorCodes.SipriDealTotalOverflow, string.Create(CultureInfo.InvariantCulture, $"The {deal.Rows.Count} rows of deal {deal.Draft.DealId} add up to more than {int.MaxValue} units delivered or more than {decimal.MaxValue} TIV, which no record can hold; the deal is not imported.")));
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
            return d.Fail(Error(d.Row, d.Line, _layout.Recipient, DatasetErrorCodes.SipriSupplierIsRecipient, $"'{_layout.Name(_layout.Recipient)}' ({TableReading.Text(f[_layout.Recipient])}, {recipient.Actor.Id}) is also the supplier ({TableReading.Text(f[_layout.Supplier])}); a transfer goes from one actor to another."));
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
            return d.Fail(Error(d.Row, d.Line, _layout.NumberDelivered, DatasetErrorCodes.SipriDeliveredExceedsOrdered, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.NumberDelivered)}' ({d.NumberDelivered}) exceeds '{_layout.Name(_layout.NumberOrdered)}' ({ordered}) and neither is marked uncertain; no more units can be delivered than were ordered.")));
        }

        if (d.OrderedStated && d.TivOrder is { } order && d.TivDelivered is { } tiv && tiv > order)
        {
            return d.Fail(Error(d.Row, d.Line, _layout.TivDelivered, DatasetErrorCodes.SipriDeliveredExceedsOrdered, string.Create(CultureInfo.InvariantCulture, $"'{_layout.Name(_layout.TivDelivered)}' ({tiv}) exceeds '{_layout.Name(_layout.TivOrder)}' ({order}); what was delivered cannot be worth more than the whole order.")));
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
