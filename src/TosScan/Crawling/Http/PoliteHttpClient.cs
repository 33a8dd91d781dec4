using Polly;
using TosScan.Crawling.Politeness;
using TosScan.Crawling.Resilience;

namespace TosScan.Crawling.Http;

/// <summary>
/// Sends one request (no redirects) the polite, resilient way: each attempt waits for the host's
/// turn, runs under the attempt timeout, and is retried by the host's Polly pipeline. Throws when
/// every attempt failed at the network level or the host's circuit is open; transient statuses
/// that survive all retries come back as the last response. The host's turn comes from
/// <see cref="IHostTurns"/>: this process's scheduler, or a cluster's host grain.
/// </summary>
internal sealed class PoliteHttpClient(HttpClient client, IHostTurns turns, HostPipelines pipelines, CrawlerOptions options, TimeProvider time)
{
    public async Task<HttpResponseData> SendAsync(Uri url, RequestConditions? conditions, long maxBytes, CancellationToken cancellationToken)
    {
        var pipeline = pipelines.For(HostScheduler.HostKey(url));
        return await pipeline.ExecuteAsync(
            static async (state, ct) => await state.Self.AttemptAsync(state.Url, state.Conditions, state.MaxBytes, ct).ConfigureAwait(false),
            (Self: this, Url: url, Conditions: conditions, MaxBytes: maxBytes),
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<HttpResponseData> AttemptAsync(Uri url, RequestConditions? conditions, long maxBytes, CancellationToken cancellationToken)
    {
        var lease = await turns.AcquireAsync(url, cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            HttpResponseData response;
            try
            {
                response = await pipelines.Timeout.ExecuteAsync(
                    static async (state, ct) => await state.Self.SendOnceAsync(state.Url, state.Conditions, state.MaxBytes, ct).ConfigureAwait(false),
                    (Self: this, Url: url, Conditions: conditions, MaxBytes: maxBytes),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (HostPipelines.IsTransient(Outcome.FromException<HttpResponseData>(ex)))
            {
                // Whoever keeps the host's turns may keep its circuit too (a cluster's host grain).
                lease.MarkFailed();
                throw;
            }

            if (response.IsTransientFailure)
            {
                lease.MarkFailed();
            }

            if (response.RetryAfter is { } wait && response.IsTransientFailure)
            {
                // The whole host waits, not only this request.
                lease.DeferUntil(time.GetUtcNow() + (wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait));
            }

            return response;
        }
    }

    private async ValueTask<HttpResponseData> SendOnceAsync(Uri url, RequestConditions? conditions, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        OneConnectionPerAttempt.Mark(request);
        if (conditions is not null && conditions.Url == url)
        {
            if (!string.IsNullOrEmpty(conditions.ETag))
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", conditions.ETag);
            }

            if (!string.IsNullOrEmpty(conditions.LastModified))
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", conditions.LastModified);
            }
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return await ResponseReader.ReadAsync(response, url, maxBytes, time, cancellationToken).ConfigureAwait(false);
    }
}
