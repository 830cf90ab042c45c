using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>The SIPRI reader, cell parsers: each reads one cell, or records the row's error in the draft and returns false.</summary>
internal sealed partial class SipriReader
{
    private bool DealId(Fields f, Draft d, out long id)
    {
        var text = f[_layout.DealId];
        if (text.IsEmpty)
        {
            id = 0;
            return d.Fail(Missing(d, _layout.DealId, "identifies the deal"));
        }

        if (TableReading.HasNul(text) | !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return d.Fail(Error(d.Row, d.Line, _layout.DealId, DatasetErrorCodes.SipriInvalidNumber, $"'{_layout.Name(_layout.DealId)}' is {TableReading.Text(text)}; a deal id is a whole number."));
        }

        return true;
    }

    private bool Actor(Fields f, int column, Draft d, [NotNullWhen(true)] out SipriActorName? name)
    {
        var text = f[column];
        if (text.IsEmpty)
        {
            name = null;
            return d.Fail(Missing(d, column, "names a party to the transfer"));
        }

        if (!TextKeys.TryGetValue(_names, text, out var found))
        {
            // A name the scenario's validation would refuse (a control character, nothing visible) names no actor.
            found = NameText.Problem(text.ToString()) is null ? SipriActorNames.Find(text) : null;
            TextKeys.Set(_names, text, found);
        }

        if (found is null && NameText.Problem(text.ToString()) is { } problem)
        {
            name = null;
            return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriUnknownActorName, $"'{_layout.Name(column)}' is {TableReading.Text(text)}, which {problem}; a name must be plain text, so the row is rejected."));
        }

        if (found is null)
        {
            name = null;
            return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriUnknownActorName, $"'{_layout.Name(column)}' is {TableReading.Text(text)}, which is neither in the SIPRI name table nor a state of the country catalogue, nor marked '*' as a non-state actor; the row is rejected rather than an actor guessed."));
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
        Error(d.Row, d.Line, column, DatasetErrorCodes.SipriInvalidYear, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a year is a four-digit year from 1900 to 2100{(column == _layout.DeliveryYears && Format != SipriFormat.DeliveriesByYear ? (Format == SipriFormat.TradeRegister ? ", and delivery years are listed as '1988; 1989'" : ", and delivery years are a range '2007 - 2011'") : string.Empty)}.");

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
        if (!TextKeys.TryGetValue(_yearLists, text, out var years))
        {
            var list = new List<int>(4);
            // Every ';' ends an item, as string.Split does: "1988;" has an empty second item, which is no year.
            for (var rest = text; ; )
            {
                var end = rest.IndexOf(';');
                if (!ParseYear((end < 0 ? rest : rest[..end]).Trim(), out var year))
                {
                    return d.Fail(BadYear(d, _layout.DeliveryYears, text));
                }

                if (!list.Contains(year))
                {
                    list.Add(year);
                }

                if (end < 0)
                {
                    break;
                }

                rest = rest[(end + 1)..];
            }

            list.Sort();
            years = [.. list];
            TextKeys.Set(_yearLists, text, years);
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

        if (TableReading.HasNul(text) | !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriInvalidNumber, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a number of units is a whole number of at least 0."));
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

        if (TableReading.HasNul(text) | !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tiv))
        {
            return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriInvalidTiv, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; a trend-indicator value is a decimal number of at least 0, such as 12.5."));
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

        return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriInvalidFlag, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; an uncertainty flag of the trade register is '?' or blank."));
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

        return d.Fail(Error(d.Row, d.Line, column, DatasetErrorCodes.SipriInvalidFlag, $"'{_layout.Name(column)}' is {TableReading.Text(text)}; the flag is 'Yes', 'No' or blank."));
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
            return d.Fail(Error(d.Row, d.Line, _layout.Status, DatasetErrorCodes.SipriInvalidStatus, $"'{_layout.Name(_layout.Status)}' is {TableReading.Text(text)}; the status is 'New', 'Second hand' or 'Second hand but modernized' (2014 register: 'New', 'SecondHand' or 'Refurbished')."));
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

        if (!TextKeys.TryGetValue(_strings, text, out var value))
        {
            value = text.ToString();
            TextKeys.Set(_strings, text, value);
        }

        return value;
    }
}
