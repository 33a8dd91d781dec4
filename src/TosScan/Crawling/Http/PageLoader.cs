using System.Globalization;
using TosScan.Crawling.Resilience;
using TosScan.Crawling.Robots;
using TosScan.Crawling.Safety;

namespace TosScan.Crawling.Http;

/// <summary>
/// Follows a URL through its redirects, one polite request per hop. Every hop is checked again:
/// scheme (a remote page can never send us to file:), robots.txt, and — in the connect step —
/// the resolved address. Loops and chains longer than the limit end as failed.
/// </summary>
internal sealed class PageLoader(PoliteHttpClient http, CrawlerOptions options)
{
    public async Task<PageResult> LoadAsync(Uri url, RequestConditions? conditions, RobotsCache? robots, int maxRedirects, CancellationToken cancellationToken)
    {
        var visited = new List<Uri>();
        var current = url;
        while (true)
        {
            if (UrlPolicy.CheckRemote(current) is { } refusal)
            {
                return PageResult.Failed(current, visited.Count == 0 ? refusal : $"redirected to a refused URL: {refusal}", refusal: true);
            }

            if (visited.Contains(current))
            {
                return PageResult.Failed(current, $"redirect loop: {string.Join(" -> ", visited.Append(current))}");
            }

            visited.Add(current);
            if (robots is not null)
            {
                var verdict = await robots.CheckAsync(current, cancellationToken).ConfigureAwait(false);
                if (verdict.Failure is not null)
                {
                    return PageResult.Failed(current, verdict.Failure, network: true, refusal: verdict.Refused);
                }

                if (!verdict.Allowed)
                {
                    return PageResult.Blocked(current, verdict.Reason ?? FailureReasons.DisallowedByRobots);
                }
            }

            HttpResponseData response;
            try
            {
                response = await http.SendAsync(current, conditions, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return PageResult.Failed(current, FailureReasons.Describe(ex, current, options), network: true, refusal: HostPipelines.IsRefusal(ex));
            }

            if (!response.IsRedirect)
            {
                return new PageResult(response, null, null, current);
            }

            if (visited.Count > maxRedirects)
            {
                return PageResult.Failed(current, string.Create(CultureInfo.InvariantCulture, $"more than {maxRedirects} redirects from {url}; raise --max-redirects"));
            }

            current = response.Location!;
        }
    }
}
