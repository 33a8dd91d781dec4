using System.Numerics;

namespace TosScan.Classification.Embeddings;

/// <summary>
/// The training texts' sentence vectors with their labels, asked "what do the texts nearest to this
/// one say?". For each label the answer is the similarity-weighted share of the <see cref="K"/>
/// nearest training texts (cosine) that carry it. A linear model over sentence vectors draws one
/// plane per label; real documents phrase one practice in a few distinct ways (ToS;DR's cases,
/// a moral-rights waiver, a log kept with no end), and the nearest labelled texts recognise each way
/// without the plane having to fit them all. Immutable; thread-safe.
/// </summary>
internal sealed class NeighbourVotes
{
    private readonly float[] _vectors;
    private readonly byte[] _labels;

    /// <param name="vectors">Unit-length vectors, one row of <paramref name="dimension"/> values per training text.</param>
    /// <param name="labels">Per text, a bit per label (bit l = label l), at most 8 labels.</param>
    /// <param name="dimension">Values per vector.</param>
    /// <param name="labelCount">Labels voted on (1-8).</param>
    /// <param name="k">Nearest texts that vote.</param>
    public NeighbourVotes(float[] vectors, byte[] labels, int dimension, int labelCount, int k)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        if (dimension < 1 || vectors.Length != labels.Length * dimension)
        {
            throw new ArgumentException($"{vectors.Length} vector values do not make {labels.Length} rows of {dimension}.", nameof(vectors));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelCount, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        _vectors = vectors;
        _labels = labels;
        Dimension = dimension;
        LabelCount = labelCount;
        K = k;
    }

    public int Dimension { get; }

    public int LabelCount { get; }

    public int K { get; }

    public int Count => _labels.Length;

    internal ReadOnlySpan<float> VectorOf(int row) => _vectors.AsSpan(row * Dimension, Dimension);

    internal byte LabelsOf(int row) => _labels[row];

    /// <summary>
    /// Per label, the similarity-weighted share of the nearest texts carrying it. <paramref name="unit"/>
    /// must be unit length. <paramref name="include"/> limits the texts asked (cross-validation leaves
    /// out the text's own fold, so a text never votes for itself).
    /// </summary>
    public double[] Votes(ReadOnlySpan<float> unit, Func<int, bool>? include = null)
    {
        if (unit.Length != Dimension)
        {
            throw new ArgumentException($"A vector of {unit.Length} values asked a bank of {Dimension}.", nameof(unit));
        }

        // The K best so far, kept sorted descending; K is small, so insertion beats a heap.
        Span<double> bestSimilarity = stackalloc double[K];
        Span<int> bestRow = stackalloc int[K];
        bestSimilarity.Fill(double.NegativeInfinity);
        bestRow.Fill(-1);
        for (var row = 0; row < Count; row++)
        {
            if (include is not null && !include(row))
            {
                continue;
            }

            var similarity = Dot(unit, VectorOf(row));
            if (similarity <= bestSimilarity[K - 1])
            {
                continue;
            }

            var at = K - 1;
            while (at > 0 && bestSimilarity[at - 1] < similarity)
            {
                bestSimilarity[at] = bestSimilarity[at - 1];
                bestRow[at] = bestRow[at - 1];
                at--;
            }

            bestSimilarity[at] = similarity;
            bestRow[at] = row;
        }

        var votes = new double[LabelCount];
        var total = 0.0;
        for (var n = 0; n < K && bestRow[n] >= 0; n++)
        {
            // Similarities below zero are unrelated texts; they get no say.
            var weight = Math.Max(0, bestSimilarity[n]);
            total += weight;
            var mask = _labels[bestRow[n]];
            for (var l = 0; l < LabelCount; l++)
            {
                if ((mask & (1 << l)) != 0)
                {
                    votes[l] += weight;
                }
            }
        }

        if (total > 0)
        {
            for (var l = 0; l < LabelCount; l++)
            {
                votes[l] /= total;
            }
        }

        return votes;
    }

    /// <summary>Scales a vector to unit length (a zero vector stays zero), as the embedding features do.</summary>
    public static float[] Unit(ReadOnlySpan<float> vector) => UnitVectors.ToSingle(UnitVectors.Of(vector));

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        double total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
