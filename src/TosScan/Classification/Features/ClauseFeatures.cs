namespace TosScan.Classification.Features;

/// <summary>
/// The sparse binary feature vector of one piece of text: the indices of the features present
/// (sorted, distinct) and, for each, where it first fired in the text.
/// </summary>
internal sealed class ClauseFeatures
{
    public ClauseFeatures(int[] indices, FeatureHit[] hits)
    {
        Indices = indices;
        Hits = hits;
    }

    /// <summary>Distinct feature indices, ascending. Every present feature has the value 1.</summary>
    public int[] Indices { get; }

    /// <summary>One hit per index, in the same order as <see cref="Indices"/>.</summary>
    public FeatureHit[] Hits { get; }
}
