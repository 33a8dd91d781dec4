namespace TosScan.Classification.Features;

/// <summary>
/// The sparse feature vector of one piece of text: the indices of the features present (sorted,
/// distinct), their values and, for each, where it first fired in the text.
/// </summary>
internal sealed class ClauseFeatures
{
    public ClauseFeatures(int[] indices, float[] values, FeatureHit[] hits)
    {
        Indices = indices;
        Values = values;
        Hits = hits;
    }

    /// <summary>Distinct feature indices, ascending.</summary>
    public int[] Indices { get; }

    /// <summary>The value of each feature in <see cref="Indices"/>.</summary>
    public float[] Values { get; }

    /// <summary>One hit per index, in the same order as <see cref="Indices"/>.</summary>
    public FeatureHit[] Hits { get; }
}
