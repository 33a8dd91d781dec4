namespace TosScan.Extraction;

/// <summary>
/// Input that cannot be turned into text. The message names the input and says what to do.
/// </summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(string sourceName, string message, Exception? inner = null)
        : base($"{sourceName}: {message}", inner) => SourceName = sourceName;

    public ExtractionException() { SourceName = string.Empty; }

    public ExtractionException(string message) : base(message) { SourceName = string.Empty; }

    public ExtractionException(string message, Exception innerException) : base(message, innerException) { SourceName = string.Empty; }

    public string SourceName { get; }
}
