namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Where each field of a SIPRI format sits in a file, found from the header by column name.</summary>
internal sealed class SipriLayout
{
    private const string DealIdColumn = "SIPRI AT Database ID";

    private readonly string[] _names;

    private SipriLayout(SipriFormat format, string[] header)
    {
        Format = format;
        ColumnCount = header.Length;
        _names = new string[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            // The trade register names its uncertainty-flag columns with a single space: name them after the column they flag.
            _names[i] = header[i].Length == 0 && i > 0 ? _names[i - 1] + " (uncertainty flag)" : header[i];
        }
    }

    public SipriFormat Format { get; }

    public int ColumnCount { get; }

    public int DealId { get; private set; } = -1;

    public int Supplier { get; private set; } = -1;

    public int Recipient { get; private set; } = -1;

    public int Designation { get; private set; } = -1;

    public int Description { get; private set; } = -1;

    public int Category { get; private set; } = -1;

    public int OrderYear { get; private set; } = -1;

    public int OrderYearFlag { get; private set; } = -1;

    public int NumberOrdered { get; private set; } = -1;

    public int NumberOrderedFlag { get; private set; } = -1;

    public int NumberDelivered { get; private set; } = -1;

    public int NumberDeliveredFlag { get; private set; } = -1;

    public int DeliveryYears { get; private set; } = -1;

    public int DeliveryYearFlag { get; private set; } = -1;

    public int Status { get; private set; } = -1;

    public int StatusFlag { get; private set; } = -1;

    public int Comments { get; private set; } = -1;

    public int TivPerUnit { get; private set; } = -1;

    public int TivOfNewUnit { get; private set; } = -1;

    public int TivOrder { get; private set; } = -1;

    public int TivDelivered { get; private set; } = -1;

    public int LocalProduction { get; private set; } = -1;

    /// <summary>The name of a column for error locations.</summary>
    public string Name(int column) => column >= 0 && column < _names.Length ? _names[column] : $"column {column + 1}";

    /// <summary>Splits a header line into trimmed names, without the trailing <c>;</c> of the 2026 exports.</summary>
    public static string[] SplitHeader(string line)
    {
        var text = line.TrimEnd();
        if (text.EndsWith(';'))
        {
            text = text[..^1];
        }

        var names = text.Split(',');
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i].Trim().Trim('"').Trim();
        }

        return names;
    }

    /// <summary>The format whose header this is, or <see langword="null"/>.</summary>
    public static SipriFormat? Detect(string line, string[] header)
    {
        if (line.StartsWith("\"TIV of arms", StringComparison.OrdinalIgnoreCase) ||
            line.StartsWith("TIV of arms", StringComparison.OrdinalIgnoreCase) ||
            (header.Length > 2 && header[0].Length == 0 && header[1] == "1950" && header[^1].Equals("Total", StringComparison.OrdinalIgnoreCase)))
        {
            return SipriFormat.TivExportTable;
        }

        if (Has(header, DealIdColumn) && Has(header, "Delivery year"))
        {
            return SipriFormat.DeliveriesByYear;
        }

        if (Has(header, "Year(s) of delivery") && Has(header, "SIPRI TIV of delivered weapons"))
        {
            return SipriFormat.TradeRegister;
        }

        return Has(header, "Year(s) of deliveries") && Has(header, "No. delivered") ? SipriFormat.TradeRegister2014 : null;
    }

    /// <summary>Whether the header could be the given format's: it has that format's first key column.</summary>
    public static bool Mentions(SipriFormat format, string[] header) => format switch
    {
        SipriFormat.DeliveriesByYear => Has(header, DealIdColumn),
        SipriFormat.TradeRegister => Has(header, "Year(s) of delivery"),
        SipriFormat.TradeRegister2014 => Has(header, "Year(s) of deliveries"),
        _ => false,
    };

    /// <summary>The format's key column, named when no header line mentions it.</summary>
    public static string KeyColumn(SipriFormat format) => format switch
    {
        SipriFormat.DeliveriesByYear => DealIdColumn,
        SipriFormat.TradeRegister => "Year(s) of delivery",
        SipriFormat.TradeRegister2014 => "Year(s) of deliveries",
        _ => "1950",
    };

    /// <summary>Maps the header of a format; the missing required columns are returned when there are any.</summary>
    public static SipriLayout Create(SipriFormat format, string[] header, out List<string> missing)
    {
        var layout = new SipriLayout(format, header);
        missing = [];
        var found = missing;

        int Required(string name)
        {
            var index = IndexOf(header, name);
            if (index < 0)
            {
                found.Add(name);
            }

            return index;
        }

        // A flag column is the blank-named column right after the column it flags.
        int FlagAfter(int column) =>
            column >= 0 && column + 1 < header.Length && header[column + 1].Length == 0 ? column + 1 : -1;

        switch (format)
        {
            case SipriFormat.TradeRegister:
                layout.Recipient = Required("Recipient");
                layout.Supplier = Required("Supplier");
                layout.OrderYear = Required("Year of order");
                layout.OrderYearFlag = FlagAfter(layout.OrderYear);
                layout.NumberOrdered = Required("Number ordered");
                layout.NumberOrderedFlag = FlagAfter(layout.NumberOrdered);
                layout.Designation = Required("Weapon designation");
                layout.Description = IndexOf(header, "Weapon description");
                layout.NumberDelivered = Required("Number delivered");
                layout.NumberDeliveredFlag = FlagAfter(layout.NumberDelivered);
                layout.DeliveryYears = Required("Year(s) of delivery");
                layout.Status = Required("status");
                layout.Comments = IndexOf(header, "Comments");
                layout.TivPerUnit = Required("SIPRI TIV per unit");
                layout.TivOrder = Required("SIPRI TIV for total order");
                layout.TivDelivered = Required("SIPRI TIV of delivered weapons");
                break;
            case SipriFormat.DeliveriesByYear:
                layout.DealId = Required(DealIdColumn);
                layout.Supplier = Required("Supplier");
                layout.Recipient = Required("Recipient");
                layout.Designation = Required("Designation");
                layout.Description = IndexOf(header, "Description");
                layout.Category = IndexOf(header, "Armament category");
                layout.OrderYear = Required("Order date");
                layout.OrderYearFlag = IndexOf(header, "Order date is estimate");
                layout.NumberDelivered = Required("Numbers delivered");
                layout.NumberDeliveredFlag = IndexOf(header, "Numbers delivered is estimate");
                layout.DeliveryYears = Required("Delivery year");
                layout.DeliveryYearFlag = IndexOf(header, "Delivery year is estimate");
                layout.Status = Required("Status");
                layout.TivOfNewUnit = IndexOf(header, "SIPRI estimate");
                layout.TivPerUnit = Required("TIV deal unit");
                layout.TivDelivered = Required("TIV delivery values");
                layout.LocalProduction = IndexOf(header, "Local production");
                break;
            case SipriFormat.TradeRegister2014:
                layout.DealId = Required("Id");
                layout.Supplier = Required("Supplier");
                layout.Recipient = Required("Recipient");
                layout.NumberOrdered = Required("No. ordered");
                layout.NumberOrderedFlag = IndexOf(header, "No. ordered data uncertain");
                layout.Designation = Required("Designation");
                layout.Description = IndexOf(header, "Description");
                layout.Status = Required("Status");
                layout.StatusFlag = IndexOf(header, "Status data uncertain");
                layout.OrderYear = Required("Year of order");
                layout.OrderYearFlag = IndexOf(header, "Year of order data uncertain");
                layout.DeliveryYears = Required("Year(s) of deliveries");
                layout.NumberDelivered = Required("No. delivered");
                layout.NumberDeliveredFlag = IndexOf(header, "Year(s) of delivery or no. delivered data uncertain");
                layout.DeliveryYearFlag = layout.NumberDeliveredFlag;
                layout.LocalProduction = IndexOf(header, "Recipient Involvement");
                layout.Comments = IndexOf(header, "Comment");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Only transfer formats have a row layout.");
        }

        return layout;
    }

    private static bool Has(string[] header, string name) => IndexOf(header, name) >= 0;

    private static int IndexOf(string[] header, string name)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
