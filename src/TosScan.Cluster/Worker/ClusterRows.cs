using TosScan.Cluster.Contracts;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Scanning;

namespace TosScan.Cluster.Worker;

/// <summary>Maps the core library's records to the cluster's wire records and back (the core knows nothing of Orleans).</summary>
public static class ClusterRows
{
    public static ProviderRow ToWire(ProviderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Name, entry.Home?.ToString(), entry.TermsUrl?.ToString(), entry.PrivacyUrl?.ToString(), entry.Line);
    }

    public static ProviderEntry ToEntry(ProviderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Name, Url(row.Home), Url(row.TermsUrl), Url(row.PrivacyUrl), row.Line);
    }

    public static StatusRow ToWire(ScanStatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Provider, row.Type?.ToWireName(), row.Status, row.Reason, row.Url, row.FoundBy, row.Language);
    }

    public static ScanStatusRow ToStatus(StatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        DocumentType? type = row.Type is not null && DocumentTypes.TryParse(row.Type, out var parsed) ? parsed : null;
        return new(row.Provider, type, row.Status, row.Reason, row.Url, row.FoundBy, row.Language);
    }

    /// <summary>The crawler options a scan's settings stand for (the defaults for everything the CLI does not set).</summary>
    public static CrawlerOptions ToCrawlerOptions(ScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CrawlerOptions
        {
            UserAgent = settings.UserAgent,
            MaxBytes = settings.MaxBytes,
            RequestTimeout = settings.RequestTimeout,
            PerHostSpacing = settings.PerHostSpacing,
            MaxConcurrency = settings.MaxConcurrency,
            MaxRedirects = settings.MaxRedirects,
            MaxRetries = settings.MaxRetries,
            RetryBaseDelay = settings.RetryBaseDelay,
            RenderScripts = settings.RenderScripts,
            AllowPrivateAddresses = settings.AllowPrivateAddresses,
            DeclarationsDirectory = settings.DeclarationsDirectory,
        };
    }

    /// <summary>The settings a scan with these options sends to the workers.</summary>
    public static ScanSettings ToSettings(CrawlerOptions crawler, ScanOptions scan, string? language, TimeSpan? every)
    {
        ArgumentNullException.ThrowIfNull(crawler);
        ArgumentNullException.ThrowIfNull(scan);
        return new ScanSettings
        {
            UserAgent = crawler.UserAgent,
            MaxBytes = crawler.MaxBytes,
            RequestTimeout = crawler.RequestTimeout,
            PerHostSpacing = crawler.PerHostSpacing,
            MaxConcurrency = crawler.MaxConcurrency,
            MaxRedirects = crawler.MaxRedirects,
            MaxRetries = crawler.MaxRetries,
            RetryBaseDelay = crawler.RetryBaseDelay,
            RenderScripts = crawler.RenderScripts,
            AllowPrivateAddresses = crawler.AllowPrivateAddresses,
            DeclarationsDirectory = crawler.DeclarationsDirectory,
            Language = language,
            MaxParallelProviders = scan.MaxParallelProviders,
            AnalysisParallelism = scan.AnalysisParallelism,
            Every = every,
        };
    }

    private static Uri? Url(string? value) => value is null ? null : new Uri(value, UriKind.Absolute);
}
