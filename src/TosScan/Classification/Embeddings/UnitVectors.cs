namespace TosScan.Classification.Embeddings;

/// <summary>
/// Sentence vectors scaled to unit length, computed one way for the embedding features and the
/// neighbour bank alike, so a text asked at classification time is the text training stored.
/// </summary>
internal static class UnitVectors
{
    /// <summary>The vector over its length, in double precision (a zero vector stays zero).</summary>
    public static double[] Of(ReadOnlySpan<float> vector)
    {
        var sum = 0.0;
        foreach (var v in vector)
        {
            sum += (double)v * v;
        }

        var norm = Math.Sqrt(sum);
        var unit = new double[vector.Length];
        for (var d = 0; d < vector.Length; d++)
        {
            unit[d] = norm > 0 ? vector[d] / norm : 0;
        }

        return unit;
    }

    /// <summary><see cref="Of"/> in single precision, as the neighbour bank keeps vectors.</summary>
    public static float[] ToSingle(double[] unit) => [.. unit.Select(u => (float)u)];
}
