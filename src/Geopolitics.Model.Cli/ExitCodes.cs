namespace Geopolitics.Model.Cli;

/// <summary>The process exit codes of the <c>geopolitics</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The data is invalid, or the question has no answer in it (an unknown id, an unknown place).</summary>
    public const int InvalidData = 1;

    /// <summary>The command line is wrong, or a file could not be read or written.</summary>
    public const int UsageOrIo = 2;

    /// <summary>An unexpected exception: a bug in the tool, reported in one line (with its stack trace under <c>--verbose</c>).</summary>
    public const int InternalError = 70;
}
