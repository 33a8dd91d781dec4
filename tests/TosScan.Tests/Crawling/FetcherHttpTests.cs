using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using TosScan.Crawling;
using TosScan.Documents;

using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Crawling;

/// <summary>The fetcher against real HTTP servers on 127.0.0.1: what comes back, and how politely.</summary>
public sealed class FetcherHttpTests
{
    private const string Policy = "<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>We collect the data you give us and keep it for as long as your account exists. We never sell it to advertisers.</p><p>Contact privacy@example.test for questions about this policy and your rights under it.</p></body></html>";

    private static DocumentTarget Target(Uri url, DocumentType type = DocumentType.PrivacyPolicy) => new("Example", type, url, FoundBy.Explicit);

    /// <summary>/privacy answers <paramref name="status"/> (with Retry-After, computed when the request arrives, when given) to the first requests, then the policy.</summary>
    private static void FailThenServePolicy(TestSite site, int failures, int status, Func<string>? retryAfter = null)
    {
        var calls = 0;
        site.Map("/privacy", ctx =>
        {
            if (Interlocked.Increment(ref calls) > failures)
            {
                return TestSite.Write(ctx, "text/html", Policy);
            }

            ctx.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                ctx.Response.Headers.RetryAfter = retryAfter();
            }

            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Fetches_a_page_with_its_headers_hash_and_charset()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx =>
        {
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = "Tue, 01 Jul 2025 10:00:00 GMT";
            return TestSite.Write(ctx, "text/html; charset=utf-8", Policy);
        });
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(200, outcome.Record.HttpStatus);
        Assert.Equal(site.Url("/privacy").AbsoluteUri, outcome.Record.FinalUrl);
        Assert.Equal("\"v1\"", outcome.Record.ETag);
        Assert.Equal("Tue, 01 Jul 2025 10:00:00 GMT", outcome.Record.LastModified);
        Assert.Equal(Hashing.Sha256Hex(Encoding.UTF8.GetBytes(Policy)), outcome.Record.SnapshotSha256);
        Assert.Contains("\"etag\":", outcome.Record.HeadersJson, StringComparison.Ordinal);
        Assert.NotNull(outcome.Content);
        Assert.Equal("text/html", outcome.Content.MediaType);
        Assert.Equal("utf-8", outcome.Content.Charset);
        Assert.Equal(Policy, Encoding.UTF8.GetString(outcome.Content.Bytes.Span));
        Assert.Contains(site.Requests, r => r.PathAndQuery == "/privacy" && r.Headers["User-Agent"] == CrawlerOptions.DefaultUserAgent);
    }

    [Fact]
    public async Task Robots_disallow_blocks_and_the_page_is_never_requested()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots("User-agent: *\nAllow: /\n\nUser-agent: TosScanBot\nDisallow: /legal/\nAllow: /legal/privacy$\n")
            .Html("/legal/terms", Policy)
            .Html("/legal/privacy", Policy);
        await using var crawler = CrawlerFixture.Create();

        var terms = await crawler.Fetcher.FetchAsync(Target(site.Url("/legal/terms"), DocumentType.TermsOfService), CancellationToken.None);
        var privacy = await crawler.Fetcher.FetchAsync(Target(site.Url("/legal/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Blocked, terms.Record.Status);
        Assert.Equal("disallowed by robots.txt", terms.Record.Reason);
        Assert.Null(terms.Content);
        Assert.Equal(FetchStatus.Found, privacy.Record.Status);
        Assert.Equal(0, site.Count("/legal/terms"));
        Assert.Equal(1, site.Count("/robots.txt"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task A_caller_giving_up_on_robots_txt_does_not_spoil_it_for_the_others()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/robots.txt", async ctx =>
        {
            await Task.Delay(600);
            await TestSite.Write(ctx, "text/plain", "User-agent: *\nDisallow: /private\n");
        }).Html("/a", Policy).Html("/b", Policy);
        await using var crawler = CrawlerFixture.Create();
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        var cancelled = crawler.Fetcher.FetchAsync(Target(site.Url("/a")), impatient.Token);
        var patient = crawler.Fetcher.FetchAsync(Target(site.Url("/b")), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(FetchStatus.Found, (await patient).Record.Status);
        Assert.Equal(1, site.Count("/robots.txt"));
        Assert.Equal(0, site.Count("/a"));
    }

    [Fact]
    public async Task Robots_server_error_disallows_everything()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/robots.txt", ctx => { ctx.Response.StatusCode = 500; return Task.CompletedTask; }).Html("/privacy", Policy);
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 1);

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Blocked, outcome.Record.Status);
        Assert.Contains("HTTP 500", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(0, site.Count("/privacy"));
        Assert.Equal(2, site.Count("/robots.txt")); // first try and one retry
    }

    [Fact]
    public async Task Crawl_delay_spaces_requests_more_than_the_default()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots("User-agent: *\nCrawl-delay: 0.6\n").Html("/a", Policy).Html("/b", Policy).Html("/c", Policy);
        await using var crawler = CrawlerFixture.Create();

        var outcomes = await Task.WhenAll(new[] { "/a", "/b", "/c" }.Select(p => crawler.Fetcher.FetchAsync(Target(site.Url(p)), CancellationToken.None)));

        Assert.All(outcomes, o => Assert.Equal(FetchStatus.Found, o.Record.Status));
        Assert.Equal(4, site.Requests.Count);
        // robots.txt itself comes before the delay is known; every request after it waits 0.6 s.
        var times = site.Requests.Select(r => r.At).Order().ToList();
        for (var i = 2; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(585), $"gap {(times[i] - times[i - 1]).TotalMilliseconds} ms");
        }

        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_then_succeeds()
    {
        await using var site = await TestSite.StartAsync();
        FailThenServePolicy(site, failures: 1, status: 429, retryAfter: () => "1");
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        var attempts = site.Requests.Where(r => r.PathAndQuery == "/privacy").Select(r => r.At).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(985), $"retried after {(attempts[1] - attempts[0]).TotalMilliseconds} ms; Retry-After was 1 s");
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        await using var site = await TestSite.StartAsync();
        FailThenServePolicy(site, failures: 1, status: 503, retryAfter: () => DateTimeOffset.UtcNow.AddSeconds(2).ToString("R"));
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        var attempts = site.Requests.Where(r => r.PathAndQuery == "/privacy").Select(r => r.At).ToList();
        // An HTTP-date has one-second resolution, so the wait is between 1 and 2 s.
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(990), $"retried after {(attempts[1] - attempts[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_without_hammering()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx =>
        {
            ctx.Response.StatusCode = 429;
            ctx.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("more than --max-retry-after", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(1, site.Count("/privacy"));
    }

    [Fact]
    public async Task Flapping_503s_are_retried_until_the_page_comes_back()
    {
        await using var site = await TestSite.StartAsync();
        FailThenServePolicy(site, failures: 2, status: 503);
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(3, site.Count("/privacy"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task A_page_that_stays_down_fails_with_its_status_after_the_retries()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx => { ctx.Response.StatusCode = 502; return Task.CompletedTask; });
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 2);

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Equal(502, outcome.Record.HttpStatus);
        Assert.Equal("HTTP 502 after 3 attempts", outcome.Record.Reason);
        Assert.Equal(3, site.Count("/privacy"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task The_circuit_opens_for_a_failing_host_and_later_fetches_fail_fast()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/down", ctx => { ctx.Response.StatusCode = 500; return Task.CompletedTask; });
        await using var crawler = CrawlerFixture.Create(o =>
        {
            o.MaxRetries = 1;
            o.CircuitBreakerMinimumThroughput = 4;
            o.CircuitBreakerFailureRatio = 0.5;
        });

        var outcomes = new List<FetchOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await crawler.Fetcher.FetchAsync(Target(site.Url("/down?n=" + i)), CancellationToken.None));
        }

        Assert.All(outcomes, o => Assert.Equal(FetchStatus.Failed, o.Record.Status));
        Assert.Contains("circuit open", outcomes[^1].Record.Reason, StringComparison.Ordinal);
        // robots.txt (404) plus at most four failing attempts before the breaker opened.
        Assert.True(site.Requests.Count(r => r.PathAndQuery.StartsWith("/down", StringComparison.Ordinal)) <= 4);
    }

    [Fact]
    public async Task Redirect_chains_are_followed_and_the_final_url_recorded()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/a", ctx => { ctx.Response.Redirect("/b", permanent: true); return Task.CompletedTask; })
            .Map("/b", ctx => { ctx.Response.StatusCode = 302; ctx.Response.Headers.Location = site.Url("/c").AbsoluteUri; return Task.CompletedTask; })
            .Map("/c", ctx => { ctx.Response.StatusCode = 307; ctx.Response.Headers.Location = "final"; return Task.CompletedTask; })
            .Html("/final", Policy);
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/a")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(site.Url("/a").AbsoluteUri, outcome.Record.RequestedUrl);
        Assert.Equal(site.Url("/final").AbsoluteUri, outcome.Record.FinalUrl);
        Assert.Equal(["/robots.txt", "/a", "/b", "/c", "/final"], site.Paths);
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task Redirect_loops_and_overlong_chains_fail_with_the_reason()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/loop1", ctx => { ctx.Response.Redirect("/loop2"); return Task.CompletedTask; })
            .Map("/loop2", ctx => { ctx.Response.Redirect("/loop1"); return Task.CompletedTask; });
        for (var i = 0; i < 5; i++)
        {
            var next = i + 1;
            site.Map("/chain" + i, ctx => { ctx.Response.Redirect("/chain" + next); return Task.CompletedTask; });
        }

        await using var crawler = CrawlerFixture.Create(o => o.MaxRedirects = 3);

        var loop = await crawler.Fetcher.FetchAsync(Target(site.Url("/loop1")), CancellationToken.None);
        var chain = await crawler.Fetcher.FetchAsync(Target(site.Url("/chain0")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, loop.Record.Status);
        Assert.StartsWith("redirect loop:", loop.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(1, site.Count("/loop1"));
        Assert.Equal(FetchStatus.Failed, chain.Record.Status);
        Assert.Contains("more than 3 redirects", chain.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(0, site.Count("/chain4"));
    }

    [Fact]
    public async Task A_redirect_to_a_file_uri_is_refused()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx => { ctx.Response.StatusCode = 302; ctx.Response.Headers.Location = "file:///etc/passwd"; return Task.CompletedTask; });
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("scheme 'file' is not allowed", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Null(outcome.Content);
    }

    [Fact]
    public async Task A_slow_server_times_out_and_is_recorded_as_failed()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            await TestSite.Write(ctx, "text/html", Policy);
        });
        await using var crawler = CrawlerFixture.Create(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(400); o.MaxRetries = 1; });

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Equal("timed out after 0.4 s; raise --timeout", outcome.Record.Reason);
        // The retry gave up after 0.4 s too; under load its request can reach the handler later.
        Assert.Equal(2, await site.CountWhenArrivedAsync("/privacy", expected: 2, TimeSpan.FromSeconds(5)));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_and_then_recorded_as_failed()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            ctx.Response.ContentLength = 100_000;
            await ctx.Response.WriteAsync("<html><body>half a page");
            await ctx.Response.Body.FlushAsync();
            ctx.Abort();
        });
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 2);

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Null(outcome.Content);
        Assert.False(string.IsNullOrEmpty(outcome.Record.Reason));
        Assert.Equal(3, site.Count("/privacy"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task An_oversize_body_is_cut_off_and_failed_with_the_limit()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", async ctx =>
        {
            // No Content-Length: the limit must hold while streaming.
            ctx.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes(new string('x', 16 * 1024));
            for (var i = 0; i < 200 && !ctx.RequestAborted.IsCancellationRequested; i++)
            {
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
        });
        await using var crawler = CrawlerFixture.Create(o => o.MaxBytes = 1024 * 1024);

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Equal("larger than 1 MB limit; raise --max-bytes", outcome.Record.Reason);
        Assert.Null(outcome.Content);
        Assert.Equal(1, site.Count("/privacy"));
    }

    [Fact]
    public async Task A_wrong_charset_header_is_passed_on_with_the_bytes_untouched()
    {
        await using var site = await TestSite.StartAsync();
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>Politique de confidentialité : données personnelles, sécurité.</p></body></html>");
        site.Map("/privacy", ctx =>
        {
            ctx.Response.ContentType = "text/html; charset=\"ISO-8859-1\"";
            return ctx.Response.Body.WriteAsync(bytes).AsTask();
        });
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.NotNull(outcome.Content);
        Assert.Equal("iso-8859-1", outcome.Content.Charset);
        Assert.Equal(bytes, outcome.Content.Bytes.ToArray());
        Assert.Equal(Hashing.Sha256Hex(bytes), outcome.Record.SnapshotSha256);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Compressed_bodies_are_decompressed(string encoding)
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", async ctx =>
        {
            Assert.Contains(encoding, ctx.Request.Headers.AcceptEncoding.ToString(), StringComparison.Ordinal);
            using var buffer = new MemoryStream();
            await using (Stream compressor = encoding switch
            {
                "gzip" => new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
                "br" => new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
                _ => new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
            })
            {
                await compressor.WriteAsync(Encoding.UTF8.GetBytes(Policy));
            }

            ctx.Response.ContentType = "text/html; charset=utf-8";
            ctx.Response.Headers.ContentEncoding = encoding;
            await ctx.Response.Body.WriteAsync(buffer.ToArray());
        });
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(Policy, Encoding.UTF8.GetString(outcome.Content!.Bytes.Span));
        Assert.Equal(Hashing.Sha256Hex(Encoding.UTF8.GetBytes(Policy)), outcome.Record.SnapshotSha256);
    }

    [Fact]
    public async Task A_pdf_policy_comes_back_as_pdf_bytes()
    {
        var pdf = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "corpus", "sites", "looptalk", "legal", "privacy.pdf"));
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy.pdf", ctx => { ctx.Response.ContentType = "application/pdf"; return ctx.Response.Body.WriteAsync(pdf).AsTask(); });
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy.pdf")), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal("application/pdf", outcome.Content!.MediaType);
        Assert.Equal(pdf, outcome.Content.Bytes.ToArray());
        Assert.Equal(Hashing.Sha256Hex(pdf), outcome.Record.SnapshotSha256);
    }

    [Fact]
    public async Task A_bot_challenge_is_blocked_and_never_returned_as_content()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx =>
        {
            ctx.Response.StatusCode = 403;
            ctx.Response.Headers["cf-mitigated"] = "challenge";
            return TestSite.Write(ctx, "text/html", "<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>");
        }).Html("/terms", "<html><head><title>Just a moment...</title></head><body><div id=\"challenge\">Verify you are human by completing the action below.</div><script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1\"></script></body></html>");
        await using var crawler = CrawlerFixture.Create();

        var privacy = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);
        var terms = await crawler.Fetcher.FetchAsync(Target(site.Url("/terms"), DocumentType.TermsOfService), CancellationToken.None);

        Assert.Equal(FetchStatus.Blocked, privacy.Record.Status);
        Assert.StartsWith("bot challenge page", privacy.Record.Reason, StringComparison.Ordinal);
        Assert.Null(privacy.Content);
        Assert.Null(privacy.Record.SnapshotSha256);
        Assert.Equal(FetchStatus.Blocked, terms.Record.Status);
        Assert.Equal(200, terms.Record.HttpStatus);
        Assert.Null(terms.Content);
    }

    [Fact]
    public async Task Private_addresses_are_refused_unless_allowed()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Policy);
        await using var crawler = CrawlerFixture.Create(o => o.AllowPrivateAddresses = false);

        var outcome = await crawler.Fetcher.FetchAsync(Target(site.Url("/privacy")), CancellationToken.None);
        var byName = await crawler.Fetcher.FetchAsync(Target(new Uri($"http://localhost:{site.BaseUri.Port}/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("127.0.0.1", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Contains("--allow-private-addresses", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(FetchStatus.Failed, byName.Record.Status);
        Assert.Contains("--allow-private-addresses", byName.Record.Reason, StringComparison.Ordinal);
        Assert.Empty(site.Requests); // not even robots.txt reached the server
    }

    [Theory]
    [InlineData("[::127.0.0.1]")] // IPv4-compatible
    [InlineData("[64:ff9b::127.0.0.1]")] // NAT64
    [InlineData("[2002:7f00:1::]")] // 6to4
    [InlineData("[::ffff:127.0.0.1]")] // IPv4-mapped
    public async Task IPv6_forms_that_carry_a_private_IPv4_address_are_refused(string host)
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Policy);
        await using var crawler = CrawlerFixture.Create(o => { o.AllowPrivateAddresses = false; o.MaxRetries = 0; });

        var outcome = await crawler.Fetcher.FetchAsync(Target(new Uri($"http://{host}:{site.BaseUri.Port}/privacy")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("--allow-private-addresses", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task A_host_that_is_down_is_a_failed_fetch_not_a_robots_block()
    {
        Uri gone;
        await using (var site = await TestSite.StartAsync())
        {
            gone = site.Url("/privacy");
        }

        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 1);

        var outcome = await crawler.Fetcher.FetchAsync(Target(gone), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.StartsWith("host unreachable (network error:", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Null(outcome.Record.HttpStatus);
    }

    [Fact]
    public async Task Non_http_schemes_are_refused_for_remote_targets()
    {
        await using var crawler = CrawlerFixture.Create();

        var outcome = await crawler.Fetcher.FetchAsync(Target(new Uri("ftp://example.test/privacy.txt")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("scheme 'ftp' is not allowed", outcome.Record.Reason, StringComparison.Ordinal);
    }
}
