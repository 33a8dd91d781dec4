namespace TosScan.Classification.Embeddings;

/// <summary>
/// Turns texts into dense sentence vectors. The classifier appends them to its sparse features, so a
/// paraphrase that shares no n-gram with the training clauses still lands near them.
/// </summary>
public interface ISentenceEmbedder : IDisposable
{
    /// <summary>The model's name, recorded in the manifest so a models folder names what it needs.</summary>
    string Model { get; }

    /// <summary>Length of every vector.</summary>
    int Dimension { get; }

    /// <summary>One vector per text, in the order given.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
