namespace TosScan.Crawling.Politeness;

/// <summary>
/// Lets each attempt open at most one new connection. When a response ends before it began,
/// SocketsHttpHandler quietly sends the same request again on a fresh connection, up to three
/// more times within milliseconds: a burst the host scheduler never sees. The attempt marks its
/// request; the connect step refuses a second connection for it, so the failure comes back to
/// the retry policy, which waits for the host's turn like any other request.
/// </summary>
internal static class OneConnectionPerAttempt
{
    private static readonly HttpRequestOptionsKey<Budget> Key = new("TosScan.ConnectionBudget");

    /// <summary>Marks a request as one polite attempt: it may open one connection.</summary>
    public static void Mark(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, new Budget());
    }

    /// <summary>Called when a connection is about to be opened for <paramref name="request"/>; throws if it already opened one.</summary>
    public static void Claim(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(Key, out var budget) && Interlocked.Exchange(ref budget.Used, 1) == 1)
        {
            throw new IOException("the host closed the connection before answering; the next try waits for the host's turn");
        }
    }

    private sealed class Budget
    {
        public int Used;
    }
}
