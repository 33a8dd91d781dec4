using TosScan.Extraction;

namespace TosScan.Crawling;

/// <summary>
/// What one fetch produced: the record to store, and the content when there is any to extract.
/// <see cref="Content"/> is null when the fetch failed, was blocked, or was not modified.
/// </summary>
public sealed record FetchOutcome(FetchRecord Record, RawContent? Content);
