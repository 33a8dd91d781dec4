namespace TosScan.Crawling.Discovery;

/// <summary>A link on a page: where it goes, what it says, and whether it sits in a footer or navigation.</summary>
internal sealed record LinkCandidate(Uri Url, string Text, bool InFooterOrNav);
