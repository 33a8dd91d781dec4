using System.CommandLine;
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
        var command = new Command("train", "Train the clause classifiers on the labelled corpus (same data, same models).")
        {
            corpus,
            models,
        };
        command.SetAction(async (parse, ct) =>
        {
            var corpusDirectory = environment.ResolvePath(parse.GetValue(corpus)!);
            var modelsDirectory = environment.ResolvePath(parse.GetValue(models)!);
            // Checked before the corpus is read and the models trained: training takes a while.
            OutputFolders.RejectFile(modelsDirectory, "--models");
            TrainingCorpus data;
            try
            {
                data = await TrainingCorpus.LoadAsync(corpusDirectory, ct).ConfigureAwait(false);
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
                manifest = await new ClassifierTrainer(new TrainerOptions()).TrainAsync(data, modelsDirectory, environment.Error, ct).ConfigureAwait(false);
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
