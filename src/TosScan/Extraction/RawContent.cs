namespace TosScan.Extraction;

/// <summary>
/// Bytes as they were fetched or read, before any interpretation.
/// </summary>
/// <param name="Bytes">The raw body.</param>
/// <param name="MediaType">Declared media type (from the Content-Type header or file extension), or null to sniff.</param>
/// <param name="Charset">Declared charset (Content-Type header), or null.</param>
/// <param name="SourceName">The URL or path, used in every error message so the user knows which input failed.</param>
public sealed record RawContent(ReadOnlyMemory<byte> Bytes, string? MediaType, string? Charset, string SourceName);
