using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Transfers;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// What <see cref="SipriImporter"/> read from one file: the deals as <see cref="Records"/>, the model's
/// <see cref="Actors"/> and <see cref="Transfers"/> made from them, the rejected rows with their reasons, and the
/// counts. <see cref="ToScenario"/> builds a validated scenario from the actors and transfers.
/// </summary>
/// <remarks>
/// <see cref="Transfers"/> and <see cref="Records"/> are parallel: the transfer at index <c>i</c> is made from the
/// record at index <c>i</c>. Row counts are data rows (a record broken across two lines is one row); in the
/// per-delivery-year exports a deal spans several rows, so <see cref="Records"/> has fewer items than
/// <see cref="RowsImported"/>.
/// </remarks>
public sealed class SipriImport
{
    private readonly Lazy<ImmutableArray<Transfer>> _transfers;

    internal SipriImport(
        string file,
        SipriFormat format,
        LocalDate? generatedOn,
        Source source,
        ImmutableArray<SipriRecord> records,
        ImmutableArray<Actor> actors,
        Evidence reported,
        Evidence uncertain,
        ImmutableArray<ModelError> rejected,
        int rowsRead,
        int rowsRejected,
        ImmutableArray<ModelError> notes)
    {
        Notes = notes;
        File = file;
        Format = format;
        GeneratedOn = generatedOn;
        Source = source;
        Records = records;
        Actors = actors;
        _transfers = new(() => [.. records.Select(record => SipriTransferMapping.ToTransfer(record, reported, uncertain))]);
        Rejected = rejected;
        RowsRead = rowsRead;
        RowsRejected = rowsRejected;
    }

    /// <summary>
    /// Rows imported with a caveat, each located like a rejection: a trade-register row with the same fields as an
    /// earlier one (<see cref="DatasetErrorCodes.SipriIdenticalRows"/>), imported as the separate deal SIPRI lists it as.
    /// </summary>
    public ImmutableArray<ModelError> Notes { get; }

    /// <summary>The file read (its path, or the name given for a stream).</summary>
    public string File { get; }

    /// <summary>The export format read.</summary>
    public SipriFormat Format { get; }

    /// <summary>The day SIPRI generated the export (its preamble's <c>Data generated</c>), or <see langword="null"/> when the file does not say.</summary>
    public LocalDate? GeneratedOn { get; }

    /// <summary>The source every imported transfer cites: the SIPRI Arms Transfers Database, dated by <see cref="GeneratedOn"/>.</summary>
    public Source Source { get; }

    /// <summary>The imported deals, in the order of their first row.</summary>
    public ImmutableArray<SipriRecord> Records { get; }

    /// <summary>The suppliers and recipients of the imported deals, in the order first met.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>One weapon-systems transfer per record, in the same order.</summary>
    /// <remarks>The transfers are made from the records on first access (thread-safe, once): totals need only the records.</remarks>
    public ImmutableArray<Transfer> Transfers => _transfers.Value;

    /// <summary>One error per rejected row, in row order: file, line, row, the column in <see cref="ErrorLocation.Path"/>, code and reason.</summary>
    public ImmutableArray<ModelError> Rejected { get; }

    /// <summary>The data rows read.</summary>
    public int RowsRead { get; }

    /// <summary>The data rows imported.</summary>
    public int RowsImported => RowsRead - RowsRejected;

    /// <summary>The data rows rejected.</summary>
    public int RowsRejected { get; }

    /// <summary>Whether the format has trend-indicator values (every format but the 2014 legacy register).</summary>
    public bool HasTiv => Format != SipriFormat.TradeRegister2014;

    /// <summary>Whether the format records the TIV delivered in each year (the per-delivery-year exports).</summary>
    public bool HasDeliveriesByYear => Format == SipriFormat.DeliveriesByYear;

    /// <summary>Builds a validated scenario of the imported actors and transfers.</summary>
    /// <param name="name">The scenario's name, or <see langword="null"/> for one naming the file.</param>
    /// <returns>The scenario, or the validation errors (see <see cref="ScenarioBuilder.Build"/>).</returns>
    public OneOf<Scenario, ImmutableArray<ModelError>> ToScenario(string? name = null)
    {
        var generated = GeneratedOn is { } day ? $", generated {day:uuuu'-'MM'-'dd}" : string.Empty;
        var builder = new ScenarioBuilder(
            name ?? $"SIPRI arms transfers: {System.IO.Path.GetFileName(File)}",
            $"Imported from {System.IO.Path.GetFileName(File)} ({Format}{generated}). Source: SIPRI Arms Transfers Database (c) SIPRI.");
        foreach (var actor in Actors)
        {
            builder.AddActor(actor);
        }

        foreach (var transfer in Transfers)
        {
            builder.AddTransfer(transfer);
        }

        return builder.Build();
    }

    /// <summary>Culture-invariant text such as <c>trade-register.csv (TradeRegister): 29056 rows read, 29056 imported, 0 rejected</c>.</summary>
    /// <returns>The counts as text.</returns>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{System.IO.Path.GetFileName(File)} ({Format}): {RowsRead} rows read, {RowsImported} imported, {RowsRejected} rejected");
}
