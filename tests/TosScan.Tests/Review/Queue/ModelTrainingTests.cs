using System.Text.Json.Nodes;
using TosScan.Documents;
using TosScan.Review.Queue;
using TosScan.Storage;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Review.Queue;

/// <summary>"N decisions since the models were last trained", from a real manifest file.</summary>
public sealed class ModelTrainingTests : IDisposable
{
    private static readonly DateTimeOffset TrainedAt = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decisions_after_the_manifests_training_time_are_counted()
    {
        var training = ModelTraining.Read(Manifest(trainedAt: TrainedAt, decisionFile: false));

        Assert.Equal(TrainedAt, training.TrainedAt);
        Assert.Equal(
            "2 decisions since the models were last trained (2026-11-20 08:00Z); export them with 'tosscan review --export' for 'tosscan train --decisions'.",
            training.Describe([At(TrainedAt.AddDays(-1)), At(TrainedAt.AddMinutes(1)), At(TrainedAt.AddDays(3))]));
    }

    [Fact]
    public void Without_a_training_time_every_decision_is_new_only_when_the_models_learned_from_none()
    {
        // Models trained on no review decisions, before trained_at was recorded.
        var untimed = ModelTraining.Read(Manifest(trainedAt: null, decisionFile: false));
        Assert.Null(untimed.Problem);
        Assert.False(untimed.UsedDecisions);
        Assert.StartsWith("3 decisions since the models were last trained: the models were trained on no review decisions", untimed.Describe([At(TrainedAt), At(TrainedAt), At(TrainedAt)]), StringComparison.Ordinal);

        var withDecisions = ModelTraining.Read(Manifest(trainedAt: null, decisionFile: true));
        Assert.Equal("Decisions since the models were trained: unknown (their manifest records no training time).", withDecisions.Describe([At(TrainedAt)]));

        Assert.StartsWith("Decisions since the models were trained: unknown (No model manifest", ModelTraining.Read(_folder.File("nowhere")).Describe([]), StringComparison.Ordinal);
    }

    private string Manifest(DateTimeOffset? trainedAt, bool decisionFile)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "manifest.json")))!.AsObject();
        if (trainedAt is { } at)
        {
            manifest["trained_at"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            // The committed manifest records its training time since the models were retrained with it.
            manifest.Remove("trained_at");
        }

        if (decisionFile)
        {
            manifest["training_data"]!["files"]!.AsArray().Add("reviewed.jsonl (review decisions, 20 rows)");
        }

        var directory = _folder.File(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "manifest.json"), manifest.ToJsonString());
        return directory;
    }

    private static ReviewDecision At(DateTimeOffset time) =>
        new("Chirpy", DocumentType.TermsOfService, new string('a', 64), "A clause.", "content_ownership", "confirmed", null, "Ada", null, time);
}
