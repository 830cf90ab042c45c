using System.Globalization;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// The limits <see cref="ScenarioJson"/> applies when it reads a scenario file, so that a hostile or broken file
/// cannot exhaust memory: how deeply objects and arrays may nest, and how many bytes the file may have. A file beyond
/// either limit is refused with an error, not an exception.
/// </summary>
/// <remarks>
/// The defaults (<see cref="DefaultMaxDepth"/>, <see cref="DefaultMaxBytes"/>) are far beyond what a scenario needs: a
/// valid scenario nests about 10 levels deep, and the built-in seed scenario is a few dozen kilobytes.
/// </remarks>
public sealed record ScenarioJsonOptions
{
    /// <summary>The default maximum nesting depth: 64 levels of objects and arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default maximum size of a file: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The largest <see cref="MaxDepth"/> the options accept: 10,000 levels. Parsing time grows with the square of the
    /// nesting depth (in <see cref="System.Text.Json.JsonDocument"/>), so deeper limits would let a small file stall
    /// the reader for minutes; 10,000 levels read in well under a second.
    /// </summary>
    public const int MaxDepthCeiling = 10_000;

    /// <summary>Creates options.</summary>
    /// <param name="maxDepth">How many levels objects and arrays may nest (the root object is level 1); from 1 to <see cref="MaxDepthCeiling"/>, both included.</param>
    /// <param name="maxBytes">How many bytes of UTF-8 a file may have, both included; at least 1 and at most <see cref="Array.MaxLength"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public ScenarioJsonOptions(int maxDepth = DefaultMaxDepth, long maxBytes = DefaultMaxBytes)
    {
        if (maxDepth is < 1 or > MaxDepthCeiling)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxDepth),
                maxDepth,
                string.Create(CultureInfo.InvariantCulture, $"The maximum depth must be between 1 and {MaxDepthCeiling} levels."));
        }

        if (maxBytes < 1 || maxBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxBytes),
                maxBytes,
                string.Create(CultureInfo.InvariantCulture, $"The maximum size must be between 1 and {Array.MaxLength} bytes."));
        }

        MaxDepth = maxDepth;
        MaxBytes = maxBytes;
    }

    /// <summary>The default options: <see cref="DefaultMaxDepth"/> and <see cref="DefaultMaxBytes"/>.</summary>
    public static ScenarioJsonOptions Default { get; } = new();

    /// <summary>How many levels objects and arrays may nest; the root object is level 1.</summary>
    public int MaxDepth { get; }

    /// <summary>How many bytes of UTF-8 a file may have (a byte order mark included).</summary>
    public long MaxBytes { get; }

    /// <summary>The limits, for diagnostics.</summary>
    /// <returns>For example <c>MaxDepth = 64, MaxBytes = 67108864</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MaxDepth = {MaxDepth}, MaxBytes = {MaxBytes}");
}
