using System.Globalization;
using TosScan.Classification.Models;
using TosScan.Storage;

namespace TosScan.Review.Queue;

/// <summary>
/// When the models were trained, read from their manifest, so the queue can say how many decisions
/// the models have not learned from yet.
/// </summary>
/// <param name="TrainedAt">The manifest's <c>trained_at</c>, or null when it does not record one.</param>
/// <param name="UsedDecisions">True when the manifest lists a <c>review --export</c> file among its training files.</param>
/// <param name="Problem">Why the manifest could not be read, or null.</param>
internal sealed record ModelTraining(DateTimeOffset? TrainedAt, bool UsedDecisions, string? Problem)
{
    public static ModelTraining Unknown(string problem) => new(null, false, problem);

    /// <summary>Reads <c>manifest.json</c> in <paramref name="modelsDirectory"/>; never throws.</summary>
    public static ModelTraining Read(string? modelsDirectory)
    {
        if (modelsDirectory is null)
        {
            return Unknown("no models folder given");
        }

        try
        {
            var manifest = ModelFiles.ReadManifest(modelsDirectory);
            return new ModelTraining(
                manifest.TrainedAt,
                manifest.TrainingData.Files.Any(f => f.Contains("(review decisions", StringComparison.Ordinal)),
                null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return Unknown(ex.Message);
        }
    }

    /// <summary>
    /// The line the queue shows. With a training time, decisions made after it; without one, every
    /// decision is new to the models only when they were trained on no decision export at all.
    /// </summary>
    public string Describe(IReadOnlyList<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (TrainedAt is { } trained)
        {
            var since = decisions.Count(d => d.DecidedAt > trained);
            return string.Create(CultureInfo.InvariantCulture, $"{since} decision{(since == 1 ? "" : "s")} since the models were last trained ({trained.UtcDateTime:yyyy-MM-dd HH:mm}Z); export them with 'tosscan review --export' for 'tosscan train --decisions'.");
        }

        if (Problem is not null)
        {
            return $"Decisions since the models were trained: unknown ({Problem}).";
        }

        return UsedDecisions
            ? "Decisions since the models were trained: unknown (their manifest records no training time)."
            : string.Create(CultureInfo.InvariantCulture, $"{decisions.Count} decision{(decisions.Count == 1 ? "" : "s")} since the models were last trained: the models were trained on no review decisions (their manifest records no training time).");
    }
}
