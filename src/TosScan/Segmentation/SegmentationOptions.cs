namespace TosScan.Segmentation;

/// <summary>How a document is cut into sections and clauses.</summary>
public sealed record SegmentationOptions
{
    /// <summary>How paragraphs (and long list items) are cut into sentences.</summary>
    public SentenceSplitterOptions Sentences { get; init; } = new();

    /// <summary>
    /// List items and table cells at least this many characters long are cut into sentences (each
    /// clause keeps the list-item or table-cell kind); shorter ones stay one clause, because a short
    /// item is one point. Default 200; range 1 to 1,000,000 (use the maximum to never split).
    /// </summary>
    public int SplitItemsLongerThan { get; init; } = 200;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Sentences, nameof(Sentences));
        Sentences.Validate();
        if (SplitItemsLongerThan is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(SplitItemsLongerThan), SplitItemsLongerThan, $"{nameof(SegmentationOptions)}.{nameof(SplitItemsLongerThan)} must be between 1 and 1000000 characters.");
        }
    }
}
