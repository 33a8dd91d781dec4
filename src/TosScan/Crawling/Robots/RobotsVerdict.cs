namespace TosScan.Crawling.Robots;

/// <summary>Whether robots.txt lets us fetch a URL, and why not when it does not.</summary>
internal sealed record RobotsVerdict(bool Allowed, string? Reason)
{
    /// <summary>Set when robots.txt got no answer at all (host down, timed out, or refused by our safety rules).</summary>
    public string? Failure { get; init; }

    /// <summary>True when the failure is our own address refusal.</summary>
    public bool Refused { get; init; }

    public static RobotsVerdict Yes { get; } = new(true, null);
}
