namespace TosScan.Cli.Infrastructure;

/// <summary>
/// Bad usage or bad input. The CLI prints the message as one line on standard error and exits
/// with <see cref="ExitCodes.BadInput"/>. Messages name the input and say what to fix.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception innerException) : base(message, innerException) { }

    public UsageException() { }
}
