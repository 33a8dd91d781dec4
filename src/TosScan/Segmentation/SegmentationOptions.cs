namespace TosScan.Segmentation;

/// <summary>How a document is cut into sections and clauses.</summary>
public sealed record SegmentationOptions
{
    /// <summary>How paragraphs (and long list items) are cut into sentences.</summary>
    public SentenceSplitterOptions Sentences { get; init; } = new();

    /// <summary>
    /// List items at least this many characters long that hold two or more sentences are cut into
    /// sentences (each clause keeps the list-item kind); shorter items stay one clause, because a
    /// short item is one point. Default 200; range 1 to 1,000,000 (use the maximum to never split).
    /// </summary>
    public int SplitListItemsLongerThan { get; init; } = 200;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Sentences, nameof(Sentences));
        Sentences.Validate();
        if (SplitListItemsLongerThan is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(SplitListItemsLongerThan), SplitListItemsLongerThan, $"{nameof(SegmentationOptions)}.{nameof(SplitListItemsLongerThan)} must be between 1 and 1000000 characters.");
        }
    }
}
