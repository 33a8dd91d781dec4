namespace TosScan.Crawling.Robots;

/// <summary>Whether robots.txt lets us fetch a URL, and why not when it does not.</summary>
internal sealed record RobotsVerdict(bool Allowed, string? Reason)
{
    /// <summary>Set when robots.txt could not be asked for because our safety rules refused the host.</summary>
    public string? Refusal { get; init; }

    public static RobotsVerdict Yes { get; } = new(true, null);
}
