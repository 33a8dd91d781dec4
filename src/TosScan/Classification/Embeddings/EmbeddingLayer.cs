using TosScan.Classification.Features;

namespace TosScan.Classification.Embeddings;

/// <summary>
/// Appends a text's sentence vector to its sparse features, after the rule features. Vectors are
/// scaled to unit length, centred on the training mean (so a text left unembedded, value 0, reads
/// as an average clause) and multiplied by <see cref="Scale"/> so the penalties that keep the
/// n-gram weights small do not drown them. Because a unit vector minus the mean is at most
/// 1 + |mean| long, the most a vector can move a margin is known without computing it
/// (<see cref="MaxShift"/>), which lets the classifier skip the encoder wherever the answer cannot
/// change. With <see cref="Neighbours"/>, each label's vote of the nearest training texts follows
/// the vector, centred on the training texts' mean vote and multiplied by
/// <see cref="NeighbourScale"/>.
/// </summary>
internal sealed class EmbeddingLayer
{
    private readonly float[] _mean;
    private readonly float[] _voteMean;

    public EmbeddingLayer(ISentenceEmbedder embedder, int offset, float[] mean, float scale, NeighbourVotes? neighbours = null, float[]? voteMean = null, float neighbourScale = 0)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(mean);
        if (mean.Length != embedder.Dimension)
        {
            throw new ArgumentException($"The embedding mean has {mean.Length} values but the encoder gives {embedder.Dimension}.", nameof(mean));
        }

        Embedder = embedder;
        Offset = offset;
        _mean = mean;
        Scale = scale;
        MeanNorm = Math.Sqrt(mean.Sum(m => (double)m * m));
        if (neighbours is not null && (neighbours.Dimension != embedder.Dimension || voteMean is null || voteMean.Length != neighbours.LabelCount))
        {
            throw new ArgumentException($"The neighbour bank ({neighbours.Dimension} values, {neighbours.LabelCount} labels) does not fit the encoder ({embedder.Dimension} values) and its {voteMean?.Length ?? 0} mean votes.", nameof(neighbours));
        }

        Neighbours = neighbours;
        _voteMean = neighbours is null ? [] : voteMean!;
        NeighbourScale = neighbourScale;
    }

    /// <summary>The training texts whose votes follow the vector; null when the models use none.</summary>
    public NeighbourVotes? Neighbours { get; }

    public float NeighbourScale { get; }

    public IReadOnlyList<float> VoteMean => _voteMean;

    public ISentenceEmbedder Embedder { get; }

    /// <summary>Index of the first embedding feature (the sparse space's dimension).</summary>
    public int Offset { get; }

    /// <summary>Values of one sentence vector.</summary>
    public int VectorDimension => Embedder.Dimension;

    /// <summary>Features this layer appends: the vector, then one vote per label when it has neighbours.</summary>
    public int Dimension => Embedder.Dimension + _voteMean.Length;

    public float Scale { get; }

    public double MeanNorm { get; }

    public IReadOnlyList<float> Mean => _mean;

    /// <summary>Largest possible |w . x| over the embedding part, for a model's embedding weights of norm <paramref name="weightNorm"/>.</summary>
    public double MaxShift(double weightNorm) => weightNorm * ((Scale * (1 + MeanNorm)) + (NeighbourScale * Math.Sqrt(_voteMean.Length)));

    /// <summary>The mean of unit-length vectors: the centre every later vector is measured from.</summary>
    public static float[] MeanOf(IReadOnlyList<float[]> vectors, int dimension)
    {
        var mean = new double[dimension];
        foreach (var v in vectors)
        {
            var unit = UnitVectors.Of(v);
            for (var d = 0; d < dimension; d++)
            {
                mean[d] += unit[d];
            }
        }

        return [.. mean.Select(m => (float)(m / Math.Max(1, vectors.Count)))];
    }

    /// <summary>
    /// The sparse features with the text's centred, scaled vector appended, then its neighbours'
    /// votes: <paramref name="votes"/> when given (training passes votes from the other folds, so a
    /// text never votes for itself), else asked of <see cref="Neighbours"/>.
    /// </summary>
    public ClauseFeatures Append(ClauseFeatures sparse, float[] vector, double[]? votes = null)
    {
        ArgumentNullException.ThrowIfNull(sparse);
        ArgumentNullException.ThrowIfNull(vector);
        var unit = UnitVectors.Of(vector);
        if (Neighbours is not null)
        {
            // Rounded as the bank is, so a text asked now gets the votes training computed for it.
            votes ??= Neighbours.Votes(NeighbourFile.RoundToStored(UnitVectors.ToSingle(unit)));
        }

        var n = sparse.Indices.Length;
        var indices = new int[n + Dimension];
        var values = new float[n + Dimension];
        var hits = new FeatureHit[n + Dimension];
        Array.Copy(sparse.Indices, indices, n);
        Array.Copy(sparse.Values, values, n);
        Array.Copy(sparse.Hits, hits, n);
        for (var d = 0; d < VectorDimension; d++)
        {
            indices[n + d] = Offset + d;
            values[n + d] = (float)((unit[d] - _mean[d]) * Scale);
            // No span: a vector is evidence of nothing a reviewer can be shown.
            hits[n + d] = new FeatureHit(Offset + d, 0, 0);
        }

        for (var l = 0; l < _voteMean.Length; l++)
        {
            var at = n + VectorDimension + l;
            indices[at] = Offset + VectorDimension + l;
            values[at] = (float)((votes![l] - _voteMean[l]) * NeighbourScale);
            hits[at] = new FeatureHit(Offset + VectorDimension + l, 0, 0);
        }

        return new ClauseFeatures(indices, values, hits);
    }
}
