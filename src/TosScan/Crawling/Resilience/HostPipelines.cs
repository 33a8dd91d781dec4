using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;
using TosScan.Crawling.Http;
using TosScan.Crawling.Safety;

namespace TosScan.Crawling.Resilience;

/// <summary>
/// One Polly pipeline per host: retries with jittered exponential backoff (honouring
/// Retry-After) around a per-host circuit breaker. The breaker is per host so one dead provider
/// never stops requests to the others. The per-attempt timeout is a separate pipeline
/// (<see cref="Timeout"/>) that the attempt enters only after the politeness wait, so waiting
/// for a host's turn never counts against the request's time limit.
/// </summary>
internal sealed class HostPipelines : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly CrawlerOptions _options;
    private readonly TimeProvider _time;

    public HostPipelines(CrawlerOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        Timeout = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.RequestTimeout).Build();
    }

    /// <summary>The per-attempt time limit, for the request and reading its body.</summary>
    public ResiliencePipeline Timeout { get; }

    public ResiliencePipeline<HttpResponseData> For(string hostKey) =>
        _registry.GetOrAddPipeline<HttpResponseData>(hostKey, builder => Build(builder));

    public void Dispose() => _registry.Dispose();

    /// <summary>Failures worth another attempt: transient statuses, network errors, timeouts.</summary>
    internal static bool IsTransient(Outcome<HttpResponseData> outcome) => outcome switch
    {
        { Exception: AddressRefusedException } => false,
        { Exception: HttpRequestException e } => !IsRefusal(e),
        { Exception: TimeoutRejectedException or IOException or SocketException } => true,
        { Exception: not null } => false,
        { Result: { } r } => r.IsTransientFailure,
        _ => false,
    };

    internal static bool IsRefusal(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is AddressRefusedException)
            {
                return true;
            }
        }

        return false;
    }

    private void Build(ResiliencePipelineBuilder<HttpResponseData> builder)
    {
        builder.TimeProvider = _time;
        var maxRetryAfter = _options.MaxRetryAfter;
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseData>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(60),
                // A server asking for a longer wait than we accept is given up on, not hammered.
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)
                    && !(args.Outcome.Result?.RetryAfter is { } ra && ra > maxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseData>
        {
            FailureRatio = _options.CircuitBreakerFailureRatio,
            MinimumThroughput = _options.CircuitBreakerMinimumThroughput,
            SamplingDuration = _options.CircuitBreakerSamplingDuration,
            BreakDuration = _options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
    }
}
