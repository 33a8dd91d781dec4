namespace TosScan.Readability;

/// <summary>
/// Readability of a whole document. Placeholder shape: the readability stage fills it in.
/// </summary>
public sealed record ReadabilityReport(string Mode, bool Scored, string? NotScoredReason);
