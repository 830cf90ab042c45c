namespace Geopolitics.Model.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Readable tables and lines.</summary>
    Text,

    /// <summary>Machine-readable JSON.</summary>
    Json,
}
