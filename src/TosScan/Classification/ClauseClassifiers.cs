using TosScan.Classification.Embeddings;
using TosScan.Classification.Models;

namespace TosScan.Classification;

/// <summary>Loads the clause classifier from a models folder.</summary>
public static class ClauseClassifiers
{
    /// <summary>
    /// Loads manifest, vocabulary and the six label models once (a second or so); the returned
    /// classifier is immutable and thread-safe. Throws a clear error when the folder is missing or
    /// inconsistent.
    /// </summary>
    public static IClauseClassifier Load(ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (manifest, space, layer, models) = ModelFiles.Load(options.ModelsDirectory, _ => new ArcticXsEmbedder(options.Embedding));
        return new ClauseClassifier(space, models, options.MaxEvidencePerLabel, layer)
        {
            ModelVersion = ModelFiles.Version(options.ModelsDirectory, manifest, space),
        };
    }
}
