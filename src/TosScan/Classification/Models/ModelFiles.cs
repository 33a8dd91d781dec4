using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TosScan.Classification.Embeddings;
using TosScan.Classification.Features;

namespace TosScan.Classification.Models;

/// <summary>
/// The files of a models folder: <c>manifest.json</c>, <c>vocabulary.txt</c> and one ML.NET zip per
/// label. Loading reads each zip once and keeps only the linear weights, so scoring needs no
/// PredictionEngine (which is neither thread-safe nor fast for one short text).
/// </summary>
internal static class ModelFiles
{
    public const string Manifest = "manifest.json";
    public const string Vocabulary = "vocabulary.txt";
    public const string EmbeddingMean = "embedding-mean.txt";
    public const string Neighbours = "neighbours.bin";

    /// <summary>The Microsoft.ML package version the project builds against.</summary>
    public static string MlNetVersion { get; } = typeof(MLContext).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
        .Select(a => a.InformationalVersion.Split('+')[0])
        .FirstOrDefault() ?? "unknown";

    public static async Task WriteManifestAsync(string directory, ModelManifest manifest, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, Manifest);
        var json = JsonSerializer.Serialize(manifest, ModelManifest.JsonOptions);
        await File.WriteAllTextAsync(path, json.ReplaceLineEndings("\n") + "\n", cancellationToken).ConfigureAwait(false);
    }

    public static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, Manifest);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No model manifest at '{path}'. Run 'tosscan train' or pass the models folder (--models).", path);
        }

        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), ModelManifest.JsonOptions)
                ?? throw new InvalidDataException($"Model manifest '{path}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Model manifest '{path}' is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Loads the feature space, the sentence-vector layer (when the models use one; the encoder is
    /// made by <paramref name="embedderFactory"/>) and every label model of a models folder.
    /// </summary>
    public static (ModelManifest Manifest, FeatureSpace Space, EmbeddingLayer? Layer, IReadOnlyList<LabelModel> Models) Load(string directory, Func<EmbeddingInfo, ISentenceEmbedder> embedderFactory)
    {
        ArgumentNullException.ThrowIfNull(embedderFactory);
        var manifest = ReadManifest(directory);
        var vocabulary = File.ReadAllLines(Path.Combine(directory, manifest.FeatureSpace.VocabularyFile));
        var space = new FeatureSpace(vocabulary, LinguisticRules.All, LinguisticRules.Combinations, LinguisticRules.Absences);
        if (!manifest.FeatureSpace.Rules.SequenceEqual(space.RuleFeatureNames, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"The models in '{directory}' were trained with a different set of linguistic rules than this build has; run 'tosscan train' to retrain them.");
        }

        EmbeddingLayer? layer = null;
        if (manifest.Embedding is { } embedding)
        {
            var meanPath = Path.Combine(directory, embedding.MeanFile);
            if (!File.Exists(meanPath))
            {
                throw new FileNotFoundException($"The models in '{directory}' use sentence vectors but '{meanPath}' is missing; run 'tosscan train'.", meanPath);
            }

            var mean = File.ReadAllLines(meanPath).Select(l => float.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var embedder = embedderFactory(embedding);
            if (embedder.Model != embedding.Model || embedder.Dimension != embedding.Dimension || mean.Length != embedding.Dimension)
            {
                embedder.Dispose();
                throw new InvalidDataException($"The models in '{directory}' were trained with sentence vectors of '{embedding.Model}' ({embedding.Dimension} values); this build has '{embedder.Model}'. Run 'tosscan train' to retrain them.");
            }

            if (embedding.Neighbours is { } info)
            {
                var bank = NeighbourFile.Read(Path.Combine(directory, info.File));
                if (bank.Dimension != embedding.Dimension || bank.LabelCount != ClauseLabels.All.Count || info.VoteMean.Count != bank.LabelCount)
                {
                    embedder.Dispose();
                    throw new InvalidDataException($"The neighbour file of the models in '{directory}' does not match their manifest; run 'tosscan train'.");
                }

                layer = new EmbeddingLayer(embedder, space.Dimension, mean, embedding.Scale, bank, [.. info.VoteMean], info.Scale);
            }
            else
            {
                layer = new EmbeddingLayer(embedder, space.Dimension, mean, embedding.Scale);
            }
        }

        var dimension = space.Dimension + (layer?.Dimension ?? 0);
        var ml = new MLContext(seed: 0);
        var models = new List<LabelModel>();
        foreach (var label in ClauseLabels.All)
        {
            if (!manifest.Labels.TryGetValue(label, out var info))
            {
                throw new InvalidDataException($"Model manifest in '{directory}' has no entry for label '{label}'; run 'tosscan train'.");
            }

            var (weights, bias) = ReadLinearModel(ml, Path.Combine(directory, info.ModelFile), dimension);
            var paragraphs = info.Paragraphs is { } p ? (new PlattParameters(p.PlattSlope, p.PlattOffset), p.Threshold) : ((PlattParameters, double)?)null;
            models.Add(new LabelModel(label, weights, bias, new PlattParameters(info.PlattSlope, info.PlattOffset), info.Threshold, info.EmbeddingShift, paragraphs));
        }

        return (manifest, space, layer, models);
    }

    /// <summary>
    /// The model version reports cite: a hash of the files that decide predictions (vocabulary and
    /// label models), of the thresholds and calibration in the manifest, and of the feature code
    /// (<see cref="FeatureSpace.Fingerprint"/>). Re-recording evaluation figures does not change it;
    /// retraining on different data does, and so does a rule or text folding that reads the same
    /// text differently, because the same files would then give different flags.
    /// </summary>
    public static string Version(string directory, ModelManifest manifest, FeatureSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes("features " + space.Fingerprint + "\n"));
        hash.AppendData(File.ReadAllBytes(Path.Combine(directory, manifest.FeatureSpace.VocabularyFile)));
        if (manifest.Embedding is { } embedding)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{embedding.Model}|{embedding.Scale:R}\n")));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, embedding.MeanFile)));
            if (embedding.Neighbours is { } neighbours)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{neighbours.K}|{neighbours.Scale:R}|{string.Join(',', neighbours.VoteMean.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}\n")));
                hash.AppendData(File.ReadAllBytes(Path.Combine(directory, neighbours.File)));
            }
        }

        foreach (var label in ClauseLabels.All)
        {
            var info = manifest.Labels[label];
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, info.ModelFile)));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{label}|{info.Threshold:R}|{info.PlattSlope:R}|{info.PlattOffset:R}\n")));
            if (info.Paragraphs is { } p)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"paragraphs|{p.Threshold:R}|{p.PlattSlope:R}|{p.PlattOffset:R}\n")));
            }
        }

        return "clauses-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static (float[] Weights, float Bias) ReadLinearModel(MLContext ml, string path, int dimension)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file '{path}' is missing; run 'tosscan train'.", path);
        }

        var transformer = ml.Model.Load(path, out _);
        var model = (transformer as ISingleFeaturePredictionTransformer<object>)?.Model;
        var linear = model switch
        {
            LinearBinaryModelParameters l => l,
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> c => c.SubModel,
            CalibratedModelParametersBase<LinearBinaryModelParameters, ICalibrator> c => c.SubModel,
            _ => SubModelOf(model),
        } ?? throw new InvalidDataException($"Model file '{path}' does not hold a linear binary classifier (found {model?.GetType().Name ?? "nothing"}).");

        var weights = linear.Weights.ToArray();
        if (weights.Length != dimension)
        {
            throw new InvalidDataException($"Model file '{path}' has {weights.Length} weights but the vocabulary and rules give {dimension}; the models folder is inconsistent, run 'tosscan train'.");
        }

        return (weights, linear.Bias);
    }

    /// <summary>
    /// A loaded calibrated model comes back typed by ML.NET's internal interfaces, so the generic
    /// patterns above miss it; its SubModel property still holds the linear parameters.
    /// </summary>
    private static LinearBinaryModelParameters? SubModelOf(object? model) =>
        model?.GetType().GetProperty("SubModel")?.GetValue(model) as LinearBinaryModelParameters;
}
