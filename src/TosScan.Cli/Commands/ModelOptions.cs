using System.CommandLine;
using TosScan.Classification;
using TosScan.Cli.Infrastructure;

namespace TosScan.Cli.Commands;

/// <summary>The <c>--models DIR</c> option of the classification commands and how it loads.</summary>
internal static class ModelOptions
{
    public static Option<string?> Models() => new("--models")
    {
        Description = "Models folder (manifest.json, vocabulary.txt, one zip per label). Default: the models/ folder installed beside tosscan.",
    };

    public static string Resolve(CliEnvironment environment, string? models) =>
        models is null ? new ClassifierOptions().ModelsDirectory : environment.ResolvePath(models);

    /// <summary>Loads the classifier; a missing or broken models folder is bad input with a clear message.</summary>
    public static IClauseClassifier Load(CliEnvironment environment, string? models)
    {
        var directory = Resolve(environment, models);
        try
        {
            return ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = directory });
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException)
        {
            throw new UsageException($"cannot load the models from '{directory}': {ex.Message}", ex);
        }
    }
}
