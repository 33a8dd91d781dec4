using System.Globalization;
using TosScan.Crawling.Discovery;
using TosScan.Crawling.Rendering;
using TosScan.Crawling.Robots;
using TosScan.Crawling.Safety;
using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Crawling.Http;

/// <summary>
/// Fetches one document over http(s): conditional request from the last successful fetch,
/// redirects, robots.txt, politeness and retries (in <see cref="PageLoader"/>), then checks the
/// body — size, bot challenge — and renders it with the browser when its text is built by scripts.
/// </summary>
internal sealed class HttpDocumentFetcher(
    PageLoader loader,
    RobotsCache robots,
    PageRendering rendering,
    RecentPages recent,
    IFetchHistory? history,
    CrawlerOptions options,
    TimeProvider time) : IDocumentFetcher
{
    public async Task<FetchOutcome> FetchAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (UrlPolicy.CheckRemote(target.Location) is { } refusal)
        {
            return Fail(target, FetchStatus.Failed, refusal);
        }

        var previous = await PreviousAsync(target, cancellationToken).ConfigureAwait(false);
        var conditions = previous is null ? null : new RequestConditions(new Uri(previous.FinalUrl ?? previous.RequestedUrl), previous.ETag, previous.LastModified);
        var page = recent.TryTake(target.Location)
            ?? await loader.LoadAsync(target.Location, conditions is { IsEmpty: false } ? conditions : null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
        if (page.Response is not { } response)
        {
            return Fail(target, page.Status ?? FetchStatus.Failed, page.Reason);
        }

        var finalUrl = response.Url.AbsoluteUri;
        var headersJson = HeadersJson.Write(response.Headers);
        if (response.IsNotModified)
        {
            var record = Record(target, FetchStatus.NotModified, response, null, previous?.SnapshotSha256, headersJson) with { };
            return new FetchOutcome(record with { ETag = response.ETag ?? previous?.ETag, LastModified = response.LastModified ?? previous?.LastModified }, null);
        }

        var document = response.LooksLikeHtml ? HtmlPage.Parse(response.Body, response.Charset) : null;
        var visible = document is null ? int.MaxValue : HtmlPage.VisibleTextChars(document);
        if (BotChallengeDetector.Detect(response.Body, response.MediaType, response.Headers, visible) is { } challenge)
        {
            return new FetchOutcome(Record(target, FetchStatus.Blocked, response, challenge, null, headersJson), null);
        }

        if (!response.IsSuccess)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"HTTP {response.StatusCode}");
            if (response.IsTransientFailure)
            {
                reason += response.RetryAfter is { } ra && ra > options.MaxRetryAfter
                    ? string.Create(CultureInfo.InvariantCulture, $"; server asked to wait {ra.TotalSeconds:0} s, more than --max-retry-after")
                    : string.Create(CultureInfo.InvariantCulture, $" after {options.MaxRetries + 1} attempts");
            }

            return new FetchOutcome(Record(target, FetchStatus.Failed, response, reason, null, headersJson), null);
        }

        if (response.Oversize)
        {
            return new FetchOutcome(Record(target, FetchStatus.Failed, response, FailureReasons.Oversize(options.MaxBytes), null, headersJson), null);
        }

        var content = new RawContent(response.Body, response.MediaType, response.Charset, finalUrl);
        var wantsRender = rendering.Enabled && document is not null
            && (target.ExecuteClientScripts || (visible < options.MinTextChars && HtmlPage.HasScripts(document)));
        if (wantsRender)
        {
            var (rendered, renderFailure) = await rendering.RenderAsync(response, cancellationToken).ConfigureAwait(false);
            if (rendered is not null)
            {
                var renderedDocument = HtmlPage.Parse(rendered, "utf-8");
                if (BotChallengeDetector.Detect(rendered, "text/html", [], HtmlPage.VisibleTextChars(renderedDocument)) is { } renderedChallenge)
                {
                    return new FetchOutcome(Record(target, FetchStatus.Blocked, response, renderedChallenge, null, headersJson), null);
                }

                content = new RawContent(rendered, "text/html", "utf-8", finalUrl);
                headersJson = HeadersJson.Write(response.Headers.Append(new("x-tosscan-rendered", "chromium")));
            }
            else if (target.ExecuteClientScripts)
            {
                // The declaration says the text only exists after scripts run: the plain HTML is not the document.
                return new FetchOutcome(Record(target, FetchStatus.Failed, response, renderFailure, null, headersJson), null);
            }
        }

        var found = Record(target, FetchStatus.Found, response, null, Hashing.Sha256Hex(content.Bytes.Span), headersJson);
        return new FetchOutcome(found, content);
    }

    private async Task<FetchRecord?> PreviousAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        if (history is null)
        {
            return null;
        }

        var previous = await history.GetLastSuccessfulFetchAsync(target.Provider, target.Type, target.Location.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        return previous is { SnapshotSha256: not null } ? previous : null;
    }

    private FetchOutcome Fail(DocumentTarget target, string status, string? reason) =>
        new(new FetchRecord(target.Provider, target.Type, target.Location.AbsoluteUri, null, status, null, reason, time.GetUtcNow(), null, null, target.FoundBy), null);

    private FetchRecord Record(DocumentTarget target, string status, HttpResponseData response, string? reason, string? sha256, string headersJson) =>
        new(target.Provider, target.Type, target.Location.AbsoluteUri, response.Url.AbsoluteUri, status, response.StatusCode, reason, time.GetUtcNow(), sha256, headersJson, target.FoundBy)
        {
            ETag = response.ETag,
            LastModified = response.LastModified,
        };
}
