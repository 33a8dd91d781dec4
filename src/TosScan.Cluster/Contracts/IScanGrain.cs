using Orleans.Concurrency;

namespace TosScan.Cluster.Contracts;

/// <summary>
/// One submitted scan (key: the scan id). Hands each provider to its provider grain, keeps asking
/// the unfinished ones until each has answered once, and records each provider's rows exactly
/// once in the ledger, so a scan grain on a new worker carries on where the last one stopped.
/// </summary>
public interface IScanGrain : IGrainWithStringKey
{
    /// <summary>Saves the scan and starts it; submitting the same scan id again changes nothing.</summary>
    Task SubmitAsync(ScanSubmission submission);

    /// <summary>How far the scan is; <paramref name="seen"/> finished providers are left out of <see cref="ScanProgressView.Finished"/>.</summary>
    /// <remarks>Answered between the scan's own steps, so a client is never held up by a slow worker.</remarks>
    [AlwaysInterleave]
    Task<ScanProgressView> GetProgressAsync(int seen);

    /// <summary>Every finished provider's rows, in the order of the providers list.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<FinishedProvider>> GetRowsAsync();
}

[GenerateSerializer, Immutable]
public sealed record ScanSubmission(
    [property: Id(0)] IReadOnlyList<ProviderRow> Providers,
    [property: Id(1)] ScanSettings Settings);

/// <summary>Progress: totals, and the providers finished since the caller last looked, in the order they finished.</summary>
[GenerateSerializer, Immutable]
public sealed record ScanProgressView(
    [property: Id(0)] int Total,
    [property: Id(1)] int Done,
    [property: Id(2)] IReadOnlyList<FinishedProvider> Finished,
    [property: Id(3)] bool Known);

[GenerateSerializer, Immutable]
public sealed record FinishedProvider(
    [property: Id(0)] int Index,
    [property: Id(1)] ProviderRows Result);
