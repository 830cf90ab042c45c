using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security;
using System.Text.Json;
using System.Text;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using OneOf;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Reads and writes a whole <see cref="Scenario"/> in the documented JSON file format (<c>docs/scenario-format.md</c>,
/// with its JSON Schema <c>docs/scenario.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for bad data and never drops or invents a fact: it returns either the scenario or every error
/// found, each with its code, the file, the 1-based line and column, and the JSON path
/// (<c>$.treaties[0].parties[1].consent.date</c>). It works in three steps: the JSON syntax (the first syntax error
/// ends reading); the structure (every wrong type, missing or unknown member, unknown kind, bad date or value refused
/// by the model); and, only when the structure is sound, the domain rules of <see cref="ScenarioValidator"/> (unique
/// ids, references that resolve, dates in order), since a fact that could not be read would make every reference to
/// it look dangling.
/// </para>
/// <para>
/// Writing is deterministic: members in a fixed order, two-space indentation, <c>\n</c> line ends, UTF-8 without a
/// byte order mark, absent optional members and empty arrays left out. Reading what was written gives an equal
/// scenario.
/// </para>
/// </remarks>
public static class ScenarioJson
{
    /// <summary>The version of the file format this library reads and writes (the <c>formatVersion</c> member).</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a scenario from a stream of UTF-8 JSON (a byte order mark is allowed).</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="fileName">The file name to put in error locations, or <see langword="null"/>.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="ScenarioJsonOptions.Default"/>.</param>
    /// <returns>The scenario, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <param name="cancellationToken">
    /// Stops the read: checked before each read of the stream, and a read waiting on a source that sends nothing (a FIFO,
    /// standard input) gives up when it is cancelled.
    /// </param>
    /// <exception cref="ArgumentException">The stream cannot be read from.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read to its end.</exception>
    public static OneOf<Scenario, ImmutableArray<ModelError>> Load(Stream utf8Json, string? fileName = null, ScenarioJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(utf8Json));
        }

        options ??= ScenarioJsonOptions.Default;
        byte[]? pooled = null;
        try
        {
            ReadOnlyMemory<byte> bytes;
            try
            {
                var read = ReadAtMost(CancellableReadStream.Of(utf8Json, cancellationToken), options.MaxBytes, ref pooled);
                if (read is null)
                {
                    return Errors(TooLarge(fileName, options));
                }

                bytes = read.Value;
            }
            catch (IOException exception)
            {
                return Errors(NotReadable(fileName, exception));
            }

            return Read(bytes, fileName, options);
        }
        finally
        {
            // Nothing read keeps the bytes: the model holds strings and numbers of its own.
            if (pooled is not null)
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>Reads a scenario from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The file name to put in error locations, or <see langword="null"/>.</param>
    /// <param name="options">The limits to apply (the size limit counts the text's UTF-8 bytes); <see langword="null"/> for <see cref="ScenarioJsonOptions.Default"/>.</param>
    /// <returns>The scenario, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static OneOf<Scenario, ImmutableArray<ModelError>> Parse(string json, string? fileName = null, ScenarioJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ScenarioJsonOptions.Default;

        // Three bytes per UTF-16 character at most: only texts near the limit need counting.
        if ((long)json.Length * 3 > options.MaxBytes && Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            return Errors(TooLarge(fileName, options));
        }

        return Read(Encoding.UTF8.GetBytes(json), fileName, options);
    }

    /// <summary>Reads a scenario from a UTF-8 JSON file; a file that cannot be opened or read is an error too.</summary>
    /// <param name="path">The file's path; errors name the file by this path.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="ScenarioJsonOptions.Default"/>.</param>
    /// <returns>The scenario, or every error found.</returns>
    /// <param name="cancellationToken">Stops the read, as for <see cref="Load"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the file was read to its end.</exception>
    /// <remarks>An empty or white-space path names no file: like a missing file, it is an error (GM1004), not an exception.</remarks>
    public static OneOf<Scenario, ImmutableArray<ModelError>> LoadFile(string path, ScenarioJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or SecurityException or ArgumentException)
        {
            return Errors(NotReadable(path, exception));
        }

        using (stream)
        {
            return Load(stream, path, options, cancellationToken);
        }
    }

    /// <summary>Writes a scenario as indented UTF-8 JSON, deterministically.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Scenario scenario, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ScenarioJsonWriter.Write(scenario, utf8Json);
    }

    /// <summary>Writes a scenario as indented JSON text, deterministically.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public static string Serialize(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stream = new MemoryStream();
        ScenarioJsonWriter.Write(scenario, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static OneOf<Scenario, ImmutableArray<ModelError>> Read(ReadOnlyMemory<byte> bytes, string? file, ScenarioJsonOptions options)
    {
        var text = new JsonText(bytes);
        if (text.IsBlank)
        {
            return Errors(new ModelError(
                ErrorCodes.InvalidJson,
                "The file is empty: a scenario file holds one JSON object with at least 'formatVersion' and 'name'.",
                new ErrorLocation(file, 1, 1, Path: ErrorPath.DocumentRoot)));
        }

        // A well-formed file is parsed once. The syntax pass, which tells a syntax error from a container nested too
        // deep and locates either by line and column, runs only when parsing fails, or when the text may hold what the
        // parser lets through (bytes that are not UTF-8, an escaped lone surrogate).
        var document = text.MayHoldUndecodableText ? null : TryParse(text, options);
        if (document is null)
        {
            if (text.FindSyntaxError(options.MaxDepth) is { } syntax)
            {
                return Errors(syntax.TooDeep
                    ? new ModelError(
                        ErrorCodes.JsonTooDeep,
                        string.Create(CultureInfo.InvariantCulture, $"Objects and arrays nest deeper than {options.MaxDepth} levels, the maximum depth; a scenario nests about 10 levels deep."),
                        new ErrorLocation(file, syntax.Line, syntax.Column))
                    : new ModelError(
                        ErrorCodes.InvalidJson,
                        $"The text is not valid JSON: {syntax.Message}",
                        new ErrorLocation(file, syntax.Line, syntax.Column)));
            }

            try
            {
                document = JsonDocument.Parse(text.Utf8, DocumentOptions(options));
            }
            catch (JsonException exception)
            {
                // The syntax check above already read every token; this is only a safety net.
                return Errors(new ModelError(ErrorCodes.InvalidJson, $"The text is not valid JSON: {JsonErrors.FirstSentences(exception.Message)}", new ErrorLocation(file)));
            }
        }

        using var parsed = document;
        var reader = new ScenarioJsonReader();
        var read = reader.Read(document.RootElement);
        if (read is null)
        {
            return Errors(Locate(text, file, reader.Errors));
        }

        return ScenarioBuilder.Validate(read).Match<OneOf<Scenario, ImmutableArray<ModelError>>>(
            scenario => scenario,
            errors => Errors(Locate(text, file, [.. errors.Select(error => ToJsonError(error, reader, document.RootElement))])));
    }

    private static JsonDocument? TryParse(JsonText text, ScenarioJsonOptions options)
    {
        try
        {
            return JsonDocument.Parse(text.Utf8, DocumentOptions(options));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonDocumentOptions DocumentOptions(ScenarioJsonOptions options) => new() { MaxDepth = options.MaxDepth };

    // The validators speak of C# properties; the file's reader wants the member it can find in the file.
    private static JsonError ToJsonError(ModelError error, ScenarioJsonReader reader, JsonElement root)
    {
        var path = ScenarioJsonPaths.ToDocument(error.Location.Path ?? ErrorPath.Root, reader, root);
        return new JsonError(error.Code, error.Message, path, path, AtLastOccurrence: false);
    }

    private static ImmutableArray<ModelError> Locate(JsonText text, string? file, IReadOnlyList<JsonError> errors)
    {
        // Look every anchor up, with its ancestors: a member the validators name may be absent from the file.
        var wanted = new HashSet<ErrorPath>();
        foreach (var error in errors)
        {
            for (var path = error.Anchor; path is not null; path = path.Parent)
            {
                wanted.Add(path);
            }
        }

        var found = text.Locate(wanted);
        return [.. errors
            .Select(error =>
            {
                var path = error.Anchor;
                while (path is not null && !found.ContainsKey(path))
                {
                    path = path.Parent;
                }

                (long Line, long Column)? at = path is null ? null
                    : text.At(error.AtLastOccurrence ? found[path].LastOffset : found[path].Offset);
                return new ModelError(error.Code, error.Message, new ErrorLocation(file, at?.Line, at?.Column, Path: error.Path));
            })
            .OrderBy(error => error.Location.Line ?? 0)
            .ThenBy(error => error.Location.Column ?? 0)];
    }

    // The bytes of a file are only needed while it is read: up to the default size limit they are read into an array
    // rented from the shared pool (as JsonDocument rents its own), so that loading file after file does not allocate
    // each one anew. Larger files, which need a raised limit, get an array of their own size (the pool would round it
    // up to a power of two and keep it).
    private const int MaxPooledBytes = (int)ScenarioJsonOptions.DefaultMaxBytes;

    // The rest of the stream, or null when it is larger than maxBytes; pooled is set to the array rented, if any, for
    // the caller to return.
    private static ReadOnlyMemory<byte>? ReadAtMost(Stream stream, long maxBytes, ref byte[]? pooled)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        if (stream.CanSeek)
        {
            // The size is known: read straight into an array of that size, without growing a copy.
            var size = (int)(stream.Length - stream.Position);
            var bytes = size <= MaxPooledBytes ? pooled = ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            stream.ReadExactly(bytes, 0, size);
            var next = stream.ReadByte();
            if (next < 0)
            {
                return bytes.AsMemory(0, size);
            }

            // The stream grew while it was read: go on below with what was read so far.
            buffer.Write(bytes, 0, size);
            buffer.WriteByte((byte)next);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }

    private static ModelError TooLarge(string? file, ScenarioJsonOptions options) =>
        new(
            ErrorCodes.JsonTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"The file is larger than {options.MaxBytes} bytes, the maximum size; raise ScenarioJsonOptions.MaxBytes to read it."),
            new ErrorLocation(file));

    private static ModelError NotReadable(string? file, Exception exception) =>
        new(ErrorCodes.FileNotReadable, $"The file cannot be read: {JsonErrors.FirstSentences(exception.Message)}", new ErrorLocation(file));

    private static ImmutableArray<ModelError> Errors(ModelError error) => [error];

    private static ImmutableArray<ModelError> Errors(ImmutableArray<ModelError> errors) => errors;
}
