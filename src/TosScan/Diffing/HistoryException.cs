namespace TosScan.Diffing;

/// <summary>
/// The store cannot answer a history or diff question (unknown provider, a single version,
/// a version never analysed). The message names the provider and says what to do.
/// </summary>
public sealed class HistoryException : Exception
{
    public HistoryException(string message) : base(message) { }

    public HistoryException(string message, Exception innerException) : base(message, innerException) { }

    public HistoryException() { }
}
