using System.CommandLine;
using TosScan.Classification.Embeddings;
using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Cli.Infrastructure;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan train [--corpus DIR] [--models DIR]</c>: trains the clause models, deterministically.</summary>
internal sealed class TrainCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of labelled training clauses (*.jsonl in the LABELS.md format). Default ./corpus/clauses.",
            DefaultValueFactory = _ => Path.Combine("corpus", "clauses"),
        };
        var models = new Option<string>("--models")
        {
            Description = "Folder to write the models and manifest.json to. Default ./models.",
            DefaultValueFactory = _ => "models",
        };
        var shared = new Option<string>("--shared-eval")
        {
            Description = "Folder of the shared labelled sets whose train halves are trained on (tosdr_clauses.jsonl, opp115_segments.jsonl; only rows with split=train). Default ../shared/eval.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "eval"),
        };
        var devSets = new Option<string[]>("--dev-set")
        {
            Description = "A labelled set without a split (e.g. ../shared/eval/realdocs_dev.jsonl) whose every row is trained on, grouped by its \"doc\" field (repeatable). Its figures are then no longer unseen.",
            AllowMultipleArgumentsPerToken = false,
        };
        var devWeight = new Option<float>("--dev-weight")
        {
            Description = "Weight of a --dev-set row relative to a corpus clause (0.1-20). Default 1.",
            DefaultValueFactory = _ => 1f,
        };
        var corpusOnly = new Option<bool>("--corpus-only")
        {
            Description = "Train on the corpus folder alone, without the real train halves.",
        };
        var realWeight = new Option<float>("--real-weight")
        {
            Description = "Weight of a real train-half row relative to a corpus clause (0.1-20). Default 1.",
            DefaultValueFactory = _ => new TrainerOptions().RealRowWeight,
        };
        var thresholdsOn = new Option<ThresholdRows>("--thresholds-on")
        {
            Description = "Rows whose cross-validated scores choose the risk labels' thresholds: All, Balanced (mean of the F1 on all rows and on the real rows) or Real. Default Balanced.",
            DefaultValueFactory = _ => new TrainerOptions().ThresholdsOn,
        };
        var decisions = new Option<string[]>("--decisions")
        {
            Description = "JSONL of reviewers' decisions written by 'tosscan review --export' (repeatable); each reviewed clause replaces training rows with the same text and weighs 10 corpus clauses.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noEmbeddings = new Option<bool>("--no-embeddings")
        {
            Description = "Train on sparse features only (n-grams and rules), without sentence vectors.",
        };
        var embeddingScale = new Option<float>("--embedding-scale")
        {
            Description = "Factor on the centred sentence vectors (0.1-20). Default 2.",
            DefaultValueFactory = _ => new TrainerOptions().EmbeddingScale,
        };
        var l1 = new Option<float>("--l1")
        {
            Description = "L1 penalty of each label's logistic regression (>= 0). Default 0.1.",
            DefaultValueFactory = _ => new TrainerOptions().L1Regularization,
        };
        var l2 = new Option<float>("--l2")
        {
            Description = "L2 penalty of each label's logistic regression (>= 0). Default 0.5.",
            DefaultValueFactory = _ => new TrainerOptions().L2Regularization,
        };
        var neighbours = new Option<int>("--neighbours")
        {
            Description = "Nearest training texts whose labels vote as features beside the sentence vector (0-100; 0 = none). Default 0.",
            DefaultValueFactory = _ => new TrainerOptions().NeighbourCount,
        };
        var neighbourScale = new Option<float>("--neighbour-scale")
        {
            Description = "Factor on the centred neighbour votes (0.1-20). Default 0.5.",
            DefaultValueFactory = _ => new TrainerOptions().NeighbourScale,
        };
        var repeats = new Option<int>("--cv-repeats")
        {
            Description = "Times cross-validation is dealt (1-10); calibration and thresholds use all deals. Default 5; 1 for quick experiments.",
            DefaultValueFactory = _ => new TrainerOptions().CrossValidationRepeats,
        };
        var cascade = new Option<double>("--cascade-quantile")
        {
            Description = "Share of training texts whose sentence-vector effect the cascade's bound covers (0.5-1). Default 0.95.",
            DefaultValueFactory = _ => new TrainerOptions().CascadeQuantile,
        };
        var reviewedWeight = new Option<float>("--reviewed-weight")
        {
            Description = "Weight of a reviewed clause from --decisions relative to a corpus clause (1-100). Default 10.",
            DefaultValueFactory = _ => new TrainerOptions().ReviewedRowWeight,
        };
        var paragraphCalibration = new Option<string[]>("--paragraph-calibration")
        {
            Description = "Labels whose texts of several sentences get a calibration and threshold of their own, fitted on such training texts scored by their best sentence; 'none' gives every text one calibration (how the models before the fourteenth round of issue 12 were made). Default third_party_marketing.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [.. new TrainerOptions().ParagraphCalibration],
        };
        var command = new Command("train", "Train the clause classifiers on the labelled corpus and the real train halves (same data, same models).")
        {
            corpus,
            models,
            shared,
            corpusOnly,
            devSets,
            devWeight,
            realWeight,
            thresholdsOn,
            noEmbeddings,
            embeddingScale,
            l1,
            l2,
            neighbours,
            neighbourScale,
            decisions,
            repeats,
            cascade,
            reviewedWeight,
            paragraphCalibration,
        };
        command.SetAction(async (parse, ct) =>
        {
            var corpusDirectory = environment.ResolvePath(parse.GetValue(corpus)!);
            var modelsDirectory = environment.ResolvePath(parse.GetValue(models)!);
            // Checked before the corpus is read and the models trained: training takes a while.
            OutputFolders.RejectFile(modelsDirectory, "--models");
            if (parse.GetValue(devWeight) is < 0.1f or > 20f)
            {
                throw new UsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--dev-weight must be between 0.1 and 20 (got {parse.GetValue(devWeight)})."));
            }

            TrainerOptions options;
            try
            {
                options = new TrainerOptions { RealRowWeight = parse.GetValue(realWeight), ThresholdsOn = parse.GetValue(thresholdsOn), EmbeddingScale = parse.GetValue(embeddingScale), L1Regularization = parse.GetValue(l1), L2Regularization = parse.GetValue(l2), NeighbourCount = parse.GetValue(neighbours), NeighbourScale = parse.GetValue(neighbourScale), CrossValidationRepeats = parse.GetValue(repeats), CascadeQuantile = parse.GetValue(cascade), ReviewedRowWeight = parse.GetValue(reviewedWeight), ParagraphCalibration = [.. parse.GetValue(paragraphCalibration)!.Where(l => !l.Equals("none", StringComparison.OrdinalIgnoreCase))] };
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                // An option out of its range is the user's input, not a fault: say which and stop.
                throw new UsageException($"invalid training option: {ex.Message.ReplaceLineEndings(" ")}", ex);
            }

            TrainingCorpus data;
            try
            {
                IReadOnlyList<TrainingHalf> halves = [
                    .. parse.GetValue(corpusOnly) ? [] : TrainingHalf.DefaultsIn(environment.ResolvePath(parse.GetValue(shared)!)),
                    .. (parse.GetValue(devSets) ?? []).Select(f => new TrainingHalf(environment.ResolvePath(f), "doc", RequireSplit: false, Weight: parse.GetValue(devWeight)))];
                var decisionFiles = (parse.GetValue(decisions) ?? []).Select(environment.ResolvePath).ToArray();
                data = await TrainingCorpus.LoadAsync(corpusDirectory, halves, decisionFiles, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read the training corpus: {ex.Message}", ex);
            }
            catch (InvalidOperationException ex)
            {
                // System.Text.Json's message for a lone surrogate names neither file nor line.
                var where = JsonLinesCheck.FindUnreadableLine(Directory.EnumerateFiles(corpusDirectory, "*.jsonl").Order(StringComparer.Ordinal));
                throw new UsageException($"cannot read the training corpus: {where ?? ex.Message}", ex);
            }

            OutputFolders.EnsureWritable(modelsDirectory, "--models");

            ModelManifest manifest;
            try
            {
                using var embedder = parse.GetValue(noEmbeddings) ? null : TrainingEmbedder.Create();
                manifest = await new ClassifierTrainer(options, embedder, environment.Time).TrainAsync(data, modelsDirectory, environment.Error, ct).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException($"cannot train on '{corpusDirectory}': {ex.Message} The models in '{modelsDirectory}' are unchanged.", ex);
            }

            await environment.Out.WriteLineAsync($"trained {manifest.Labels.Count} models on {manifest.TrainingData.Rows} clauses (sha256 {manifest.TrainingData.Sha256[..12]}) into {modelsDirectory}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
