namespace TosScan.Review;

/// <summary>Plain-text helpers of the review screen and its command.</summary>
internal static class ReviewText
{
    /// <summary>A clause cut for a one-line listing, at a word boundary.</summary>
    public static string Shorten(string text) => Reporting.Reports.ReportText.Shorten(text, 160);
}
