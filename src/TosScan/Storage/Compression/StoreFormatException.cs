namespace TosScan.Storage.Compression;

/// <summary>A stored value cannot be decoded: a damaged store, or one written by a newer TosScan.</summary>
public sealed class StoreFormatException : Exception
{
    public StoreFormatException(string message)
        : base(message)
    {
    }

    public StoreFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreFormatException()
    {
    }
}
