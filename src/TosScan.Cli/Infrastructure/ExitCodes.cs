namespace TosScan.Cli.Infrastructure;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Some providers, files or input lines failed; the rest were processed and saved.</summary>
    public const int PartialFailure = 1;

    /// <summary>Bad usage or bad input; nothing useful could be done. The message says what to fix.</summary>
    public const int BadInput = 2;
}
