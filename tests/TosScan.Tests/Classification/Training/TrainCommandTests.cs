using TosScan.Tests.Cli;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification.Training;

/// <summary>
/// <c>tosscan train</c> either replaces a models folder completely or leaves it exactly as it was:
/// the models and manifest behind cited figures must never be half overwritten.
/// </summary>
public sealed class TrainCommandTests
{
    [Fact]
    public async Task A_corpus_too_small_to_cross_validate_is_refused_and_the_old_models_are_untouched()
    {
        using var dir = new TempFolder();
        var corpus = Directory.CreateDirectory(dir.File("corpus")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(corpus, "tiny.jsonl"),
        [
            """{"id": "t1", "text": "You grant us a perpetual licence to your photos.", "labels": ["content_ownership"], "protective": []}""",
            """{"id": "t2", "text": "These terms are governed by Irish law.", "labels": [], "protective": []}""",
            """{"id": "t3", "text": "You must be 13 or older to use the app.", "labels": [], "protective": []}""",
            """{"id": "t4", "text": "We may change these terms with 30 days' notice.", "labels": [], "protective": []}""",
            """{"id": "t5", "text": "Refunds are handled by the app store you paid through.", "labels": [], "protective": []}""",
            """{"id": "t6", "text": "Do not upload malware or spam other members.", "labels": [], "protective": []}""",
        ]);
        var models = Directory.CreateDirectory(dir.File("models")).FullName;
        const string previous = """{"schema_version": 1, "note": "the models a report cited"}""";
        await File.WriteAllTextAsync(Path.Combine(models, "manifest.json"), previous);

        var result = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--models", "models");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot train on", result.Error, StringComparison.Ordinal);
        Assert.Contains("needs at least 5", result.Error, StringComparison.Ordinal);
        Assert.Contains("unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(previous, await File.ReadAllTextAsync(Path.Combine(models, "manifest.json")));
        Assert.Equal(["manifest.json"], Directory.GetFiles(models).Select(Path.GetFileName));
        Assert.False(Directory.Exists(models + ".training"));
    }

    [Fact]
    public async Task A_successful_run_replaces_every_file_and_clears_a_staging_folder_left_by_a_killed_run()
    {
        using var dir = new TempFolder();
        await SmallCorpus.WriteAsync(dir.File("corpus"));

        var models = Directory.CreateDirectory(dir.File("models")).FullName;
        await File.WriteAllTextAsync(Path.Combine(models, "manifest.json"), "{}");
        var leftOver = Directory.CreateDirectory(models + ".training").FullName;
        await File.WriteAllTextAsync(Path.Combine(leftOver, "content_ownership.zip"), "half-written");

        var result = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--models", "models");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(Directory.Exists(leftOver));
        var manifest = TosScan.Classification.Models.ModelFiles.ReadManifest(models);
        Assert.Equal(6, manifest.Labels.Count);
        // The harness's clock: the review queue counts the decisions made after it.
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), manifest.TrainedAt);
        Assert.All(manifest.Labels.Values, l => Assert.True(new FileInfo(Path.Combine(models, l.ModelFile)).Length > 100));
        Assert.True(File.Exists(Path.Combine(models, "vocabulary.txt")));
    }

    [Fact]
    public async Task The_penalties_given_on_the_command_line_are_the_ones_the_manifest_records_and_a_negative_one_is_refused()
    {
        using var dir = new TempFolder();
        await SmallCorpus.WriteAsync(dir.File("corpus"));

        var refused = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--models", "models", "--l2", "-0.5");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("L2Regularization", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("models")));

        var trained = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--models", "models", "--no-embeddings", "--cv-repeats", "1", "--l1", "0.05", "--l2", "0.2");
        Assert.True(trained.ExitCode == 0, trained.Error);
        var manifest = TosScan.Classification.Models.ModelFiles.ReadManifest(dir.File("models"));
        Assert.Equal(0.05f, manifest.Trainer.L1Regularization);
        Assert.Equal(0.2f, manifest.Trainer.L2Regularization);
    }

    [Fact]
    public async Task Models_trained_with_neighbour_votes_ship_their_bank_and_a_damaged_bank_is_named()
    {
        using var dir = new TempFolder();
        await SmallCorpus.WriteAsync(dir.File("corpus"));

        var trained = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--models", "models", "--neighbours", "5", "--cv-repeats", "1");

        Assert.True(trained.ExitCode == 0, trained.Error);
        var models = dir.File("models");
        var manifest = TosScan.Classification.Models.ModelFiles.ReadManifest(models);
        var neighbours = manifest.Embedding?.Neighbours;
        Assert.NotNull(neighbours);
        Assert.Equal(5, neighbours.K);
        Assert.Equal(manifest.TrainingData.Rows, neighbours.Texts);
        Assert.Equal(6, neighbours.VoteMean.Count);

        var input = """{"id": "c1", "text": "You grant us a perpetual, irrevocable, sublicensable licence to use your photos in our advertising."}""" + "\n";
        var classified = await CliHarness.RunAsync(dir.Path, System.Text.Encoding.UTF8.GetBytes(input), "classify", "--models", "models");
        Assert.True(classified.ExitCode == 0, classified.Error);
        using var result = System.Text.Json.JsonDocument.Parse(classified.Out);
        Assert.Contains("content_ownership", result.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));

        var bank = Path.Combine(models, neighbours.File);
        var bytes = await File.ReadAllBytesAsync(bank);
        await File.WriteAllBytesAsync(bank, bytes[..(bytes.Length / 2)]);
        var damaged = await CliHarness.RunAsync(dir.Path, System.Text.Encoding.UTF8.GetBytes(input), "classify", "--models", "models");
        Assert.NotEqual(0, damaged.ExitCode);
        Assert.Contains("neighbours.bin", damaged.Error, StringComparison.Ordinal);
        Assert.Contains("tosscan train", damaged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dev_set_is_trained_on_whole_and_a_row_without_its_document_or_with_a_split_is_named_by_line()
    {
        using var dir = new TempFolder();
        await SmallCorpus.WriteAsync(dir.File("corpus"));
        await File.WriteAllLinesAsync(dir.File("dev.jsonl"),
        [
            """{"id": "d1", "doc": "Net A - Terms.md", "text": "Anything you post may be used to train our AI models and licensed to partners.", "labels": ["content_ownership"], "protective": []}""",
            """{"id": "d2", "doc": "Net A - Terms.md", "text": "You can change your display name at any time.", "labels": [], "protective": []}""",
            """{"id": "d3", "doc": "Net B - Privacy.md", "text": "We keep a record of the messages you send.", "labels": ["indefinite_retention"], "protective": []}""",
        ]);

        var trained = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--dev-set", "dev.jsonl", "--models", "models", "--no-embeddings", "--cv-repeats", "1");

        Assert.True(trained.ExitCode == 0, trained.Error);
        var manifest = TosScan.Classification.Models.ModelFiles.ReadManifest(dir.File("models"));
        Assert.Contains("dev.jsonl (3 rows, grouped by doc)", manifest.TrainingData.Files);

        await File.AppendAllLinesAsync(dir.File("dev.jsonl"), ["""{"id": "d4", "text": "We share your data with advertisers.", "labels": ["third_party_marketing"], "protective": []}"""]);
        var refused = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--dev-set", "dev.jsonl", "--models", "models", "--no-embeddings", "--cv-repeats", "1");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("dev.jsonl:4", refused.Error, StringComparison.Ordinal);
        Assert.Contains("\"doc\"", refused.Error, StringComparison.Ordinal);
        Assert.Contains("dev.jsonl (3 rows, grouped by doc)", TosScan.Classification.Models.ModelFiles.ReadManifest(dir.File("models")).TrainingData.Files);

        await File.WriteAllLinesAsync(dir.File("split.jsonl"), ["""{"id": "s1", "doc": "Net C - Terms.md", "split": "test", "text": "We sell your data to advertisers.", "labels": ["third_party_marketing"], "protective": []}"""]);
        var withSplit = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--dev-set", "split.jsonl", "--models", "models", "--no-embeddings", "--cv-repeats", "1");
        Assert.Equal(2, withSplit.ExitCode);
        Assert.Contains("split.jsonl:1", withSplit.Error, StringComparison.Ordinal);
        Assert.Contains("never whole as a dev set", withSplit.Error, StringComparison.Ordinal);

        var badWeight = await CliHarness.RunAsync(dir.Path, "train", "--corpus", "corpus", "--corpus-only", "--dev-set", "dev.jsonl", "--dev-weight", "50", "--models", "models");
        Assert.Equal(2, badWeight.ExitCode);
        Assert.Contains("--dev-weight must be between 0.1 and 20", badWeight.Error, StringComparison.Ordinal);
    }
}
