namespace TosScan.Cluster.Contracts;

/// <summary>
/// One provider of one scan (key <c>scan/index</c>): runs locate -> fetch -> analyse -> store with
/// the same <c>ProviderScanner</c> the local scan uses, on whichever worker the grain lives on.
/// With a schedule, a reminder re-scans the provider every period.
/// </summary>
public interface IProviderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the provider if this activation is not already scanning it and returns at once:
    /// null while it runs, its status rows when done. Idempotent; the scan grain calls it
    /// repeatedly, and after a worker dies the call lands on a new activation elsewhere, which
    /// starts the provider again.
    /// </summary>
    Task<ProviderRows?> EnsureRunningAsync(ProviderJob job);
}

/// <summary>What a provider grain needs: the scan's settings and the provider's row.</summary>
[GenerateSerializer, Immutable]
public sealed record ProviderJob(
    [property: Id(0)] string ScanId,
    [property: Id(1)] int Index,
    [property: Id(2)] ProviderRow Provider,
    [property: Id(3)] ScanSettings Settings);

/// <summary>A row of the providers list (<c>ProviderEntry</c>), with its locations as absolute URLs.</summary>
[GenerateSerializer, Immutable]
public sealed record ProviderRow(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Home,
    [property: Id(2)] string? TermsUrl,
    [property: Id(3)] string? PrivacyUrl,
    [property: Id(4)] int Line);

/// <summary>A provider's status rows and the worker that produced them.</summary>
[GenerateSerializer, Immutable]
public sealed record ProviderRows(
    [property: Id(0)] IReadOnlyList<StatusRow> Rows,
    [property: Id(1)] string Worker);

/// <summary>One line of <c>scan-status.csv</c> (<c>ScanStatusRow</c>), the document type by its wire name.</summary>
[GenerateSerializer, Immutable]
public sealed record StatusRow(
    [property: Id(0)] string Provider,
    [property: Id(1)] string? Type,
    [property: Id(2)] string Status,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string? Url,
    [property: Id(5)] string? FoundBy,
    [property: Id(6)] string? Language);
