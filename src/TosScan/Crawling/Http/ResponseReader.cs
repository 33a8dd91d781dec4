using System.Net.Http.Headers;

namespace TosScan.Crawling.Http;

/// <summary>Turns an <see cref="HttpResponseMessage"/> into <see cref="HttpResponseData"/>, reading the body within the limit.</summary>
internal static class ResponseReader
{
    public static async Task<HttpResponseData> ReadAsync(HttpResponseMessage response, Uri url, long maxBytes, TimeProvider time, CancellationToken cancellationToken)
    {
        var headers = new List<KeyValuePair<string, string>>();
        Flatten(response.Headers, headers);
        Flatten(response.Content.Headers, headers);

        var status = (int)response.StatusCode;
        byte[] body = [];
        var oversize = false;
        // Redirect and error bodies are not needed; skip reading them beyond what the limit allows anyway.
        if (status is >= 200 and < 300)
        {
            (body, oversize) = await BoundedBodyReader.ReadAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        else if (status is not (>= 300 and < 400))
        {
            // Error pages may be bot challenges: keep a bounded start of them.
            (body, oversize) = await BoundedBodyReader.ReadAsync(response.Content, Math.Min(maxBytes, 256 * 1024), cancellationToken).ConfigureAwait(false);
            if (oversize)
            {
                body = [];
                oversize = false;
            }
        }

        Uri? location = null;
        if (response.Headers.Location is { } loc)
        {
            location = loc.IsAbsoluteUri ? loc : new Uri(url, loc);
        }

        var contentType = response.Content.Headers.ContentType;
        return new HttpResponseData(url, status, headers, body, contentType?.MediaType?.ToLowerInvariant(), CleanCharset(contentType?.CharSet))
        {
            Location = location,
            RetryAfter = RetryAfterOf(response.Headers.RetryAfter, time),
            Oversize = oversize,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
        };
    }

    /// <summary>Retry-After as a delay: seconds, or an HTTP-date measured from now.</summary>
    internal static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? value, TimeProvider time)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string? CleanCharset(string? charset) =>
        string.IsNullOrWhiteSpace(charset) ? null : charset.Trim().Trim('"', '\'').ToLowerInvariant();

    private static void Flatten(HttpHeaders headers, List<KeyValuePair<string, string>> into)
    {
        foreach (var header in headers.NonValidated)
        {
            into.Add(new(header.Key.ToLowerInvariant(), string.Join(", ", header.Value)));
        }
    }
}
