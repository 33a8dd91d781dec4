namespace TosScan.Crawling.Robots;

/// <summary>Whether robots.txt lets us fetch a URL, and why not when it does not.</summary>
internal sealed record RobotsVerdict(bool Allowed, string? Reason)
{
    public static RobotsVerdict Yes { get; } = new(true, null);
}
