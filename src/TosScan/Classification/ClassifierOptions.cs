namespace TosScan.Classification;

/// <summary>Where the classifier's models are. Validated once, when the classifier is loaded.</summary>
public sealed record ClassifierOptions
{
    /// <summary>
    /// The models folder (manifest.json, vocabulary.txt, one zip per label). Default:
    /// <c>models</c> beside the running program (the CLI copies the repository's models/ there).
    /// </summary>
    public string ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Most evidence spans kept per finding (1-20). Default 5.</summary>
    public int MaxEvidencePerLabel { get; init; } = 5;

    /// <summary>How the sentence encoder runs, for models trained with sentence vectors.</summary>
    public Embeddings.EmbeddingOptions Embedding { get; init; } = new();

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Embedding);
        Embedding.Validate();
        if (string.IsNullOrWhiteSpace(ModelsDirectory))
        {
            throw new ArgumentException("ClassifierOptions.ModelsDirectory must name the models folder.", nameof(ModelsDirectory));
        }

        if (!Directory.Exists(ModelsDirectory))
        {
            throw new DirectoryNotFoundException($"ClassifierOptions.ModelsDirectory '{ModelsDirectory}' does not exist; pass the repository's models/ folder or run 'tosscan train'.");
        }

        if (MaxEvidencePerLabel is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEvidencePerLabel), MaxEvidencePerLabel, "ClassifierOptions.MaxEvidencePerLabel must be between 1 and 20.");
        }
    }
}
