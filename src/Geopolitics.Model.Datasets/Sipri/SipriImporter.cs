using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Errors;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// Reads an export of the SIPRI Arms Transfers Database into weapon-systems transfers of the model, keeping each deal
/// as a <see cref="SipriRecord"/> beside its transfer. The format is detected from the header (or given in
/// <see cref="SipriImportOptions.Format"/>), and the encoding from the bytes (UTF-8, else Windows-1252).
/// </summary>
/// <remarks>
/// <para>
/// Each deal becomes one <see cref="Transfers.Transfer"/> with a <see cref="Transfers.WeaponSystemsItem"/>: its
/// period runs from the order year (or the first delivery year, if earlier) to the last delivery year; its status is
/// Agreed when nothing was delivered, Delivered when at least the number ordered was delivered, and Ongoing otherwise
/// (including every deal of the per-year exports, which do not state the number ordered). Numbers that SIPRI marks as
/// uncertain are "about" estimates; a deal whose order year, delivery year or status SIPRI marks as uncertain has the
/// lower confidence of <see cref="SipriImportOptions.UncertainConfidence"/>. The per-year split of the deliveries,
/// which a transfer's single period cannot hold, stays in <see cref="SipriRecord.Deliveries"/>.
/// </para>
/// <para>
/// A row that cannot be read faithfully is rejected with its row, column and reason; in the per-year exports a deal
/// is imported whole or not at all. Bad data never throws. See <c>docs/datasets.md</c> for every quirk handled.
/// </para>
/// </remarks>
public static class SipriImporter
{
    private const int MaxPreambleLines = 40;

    /// <summary>Imports a SIPRI export file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="SipriImportOptions.Default"/>.</param>
    /// <returns>
    /// The import (with its rejected rows), or the errors that stop it: the file cannot be read, its format is not
    /// recognised or lacks a column, it is a TIV aggregate table, or (in strict mode) the first rejected row.
    /// </returns>
    /// <param name="cancellationToken">Stops the import: checked between reads and rows, and a read waiting on a source that sends nothing (a FIFO, standard input) gives up when it is cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static OneOf<SipriImport, ImmutableArray<ModelError>> Import(string path, SipriImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            using var file = File.OpenRead(path);
            using var buffer = new MemoryStream();
            Serialization.CancellableReadStream.Of(file, cancellationToken).CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileError(path, null, DatasetErrorCodes.SipriFileUnreadable, $"The file '{path}' cannot be read: {e.Message}");
        }

        return Import(bytes, path, options ?? SipriImportOptions.Default);
    }

    /// <summary>Imports a SIPRI export from a stream, read to its end.</summary>
    /// <param name="stream">The export's bytes.</param>
    /// <param name="sourceName">The name to give the input in errors and in the import (a file name).</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="SipriImportOptions.Default"/>.</param>
    /// <returns>The import, or the errors that stop it (see <see cref="Import(string, SipriImportOptions?, CancellationToken)"/>).</returns>
    /// <param name="cancellationToken">Stops the import: checked between reads and rows, and a read waiting on a source that sends nothing (a FIFO, standard input) gives up when it is cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static OneOf<SipriImport, ImmutableArray<ModelError>> ImportFrom(Stream stream, string sourceName, SipriImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        try
        {
            Serialization.CancellableReadStream.Of(stream, cancellationToken).CopyTo(buffer);
        }
        catch (IOException e)
        {
            return FileError(sourceName, null, DatasetErrorCodes.SipriFileUnreadable, $"The input '{sourceName}' cannot be read: {e.Message}");
        }

        return Import(buffer.ToArray(), sourceName, options ?? SipriImportOptions.Default);
    }

    internal static OneOf<SipriImport, ImmutableArray<ModelError>> Import(byte[] bytes, string file, SipriImportOptions options)
    {
        var text = SipriText.Decode(bytes, out _);
        var reader = new StringReader(text);
        var wanted = options.Format;
        SipriFormat? format = null;
        string[]? header = null;
        LocalDate? generatedOn = null;
        var line = 0L;
        while (line < MaxPreambleLines && reader.ReadLine() is { } current)
        {
            line++;
            generatedOn ??= GeneratedOn(current);
            var names = SipriLayout.SplitHeader(current);
            var detected = SipriLayout.Detect(current, names);
            if (detected == SipriFormat.TivExportTable || wanted == SipriFormat.TivExportTable)
            {
                return FileError(
                    file,
                    line,
                    DatasetErrorCodes.SipriAggregateTable,
                    "The file is a SIPRI TIV export table: yearly TIV totals per recipient of one supplier, not transfer records, so it cannot be imported as transfers.");
            }

            if (wanted is { } w ? SipriLayout.Mentions(w, names) : detected is not null)
            {
                format = wanted ?? detected;
                header = names;
                break;
            }
        }

        if (format is not { } found || header is null)
        {
            return wanted is { } w
                ? FileError(file, null, DatasetErrorCodes.SipriMissingColumn, $"No header line among the first {MaxPreambleLines} lines has the column '{SipriLayout.KeyColumn(w)}'; a {w} export has it.")
                : FileError(file, null, DatasetErrorCodes.SipriUnrecognisedFormat, $"No line among the first {MaxPreambleLines} is the header of a SIPRI trade register, per-delivery-year export or 2014 legacy register; the format cannot be recognised.");
        }

        var layout = SipriLayout.Create(found, header, out var missing);
        if (missing.Count > 0)
        {
            return FileError(
                file,
                line,
                DatasetErrorCodes.SipriMissingColumn,
                $"The header lacks the column(s) {string.Join(", ", missing.Select(name => $"'{name}'"))}; a {found} export has them.");
        }

        try
        {
            return new SipriReader(file, layout, options, generatedOn, line).Read(reader);
        }
        catch (NotSupportedException e)
        {
            // Sep refuses a row longer than it can buffer (16 Mi characters): an unterminated quote or a broken file.
            return FileError(file, null, DatasetErrorCodes.SipriFileUnreadable, $"The input '{file}' cannot be read as a table: {TableReading.Shortened(e.Message)}");
        }
    }

    /// <summary>The day of a preamble line such as <c>Data generated: 21 Oct 2024 7:31:24 AM</c>, or <see langword="null"/>.</summary>
    internal static LocalDate? GeneratedOn(string line)
    {
        var text = line.AsSpan().Trim().TrimEnd(';').TrimEnd(',');
        var colon = text.IndexOf(':');
        if (colon < 0 || !(text[..colon].Equals("Data generated", StringComparison.OrdinalIgnoreCase) ||
                           text[..colon].Equals("Generated", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        Span<Range> parts = stackalloc Range[4];
        var rest = text[(colon + 1)..].Trim();
        if (rest.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) < 3 ||
            !int.TryParse(rest[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(rest[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            rest[parts[1]].Length < 3)
        {
            return null;
        }

        var month = 0;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        for (var i = 0; i < 12 && month == 0; i++)
        {
            month = rest[parts[1]][..3].Equals(names[i], StringComparison.OrdinalIgnoreCase) ? i + 1 : 0;
        }

        return month == 0 || year is < 1900 or > 9999 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? null
            : new LocalDate(year, month, day);
    }

    private static ImmutableArray<ModelError> FileError(string file, long? line, string code, string message) =>
        [new ModelError(code, message, new ErrorLocation(File: file, Line: line))];
}
