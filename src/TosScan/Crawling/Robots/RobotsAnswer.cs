namespace TosScan.Crawling.Robots;

/// <summary>
/// What an origin's robots.txt request came back with, before it is read as rules: enough for
/// another process of a cluster to reach the same verdict without asking the site again.
/// </summary>
/// <param name="Status">The HTTP status; null when nothing answered.</param>
/// <param name="Body">The body as text (cut to <see cref="RobotsParser.MaxBytes"/>), for a 2xx; else null.</param>
/// <param name="NetworkFailure">Why nothing answered (refused address, host down, timeout); null when something did.</param>
/// <param name="Refused">True when our own address policy refused the connection.</param>
public sealed record RobotsAnswer(int? Status, string? Body, string? NetworkFailure, bool Refused);
