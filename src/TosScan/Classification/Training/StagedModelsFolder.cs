namespace TosScan.Classification.Training;

/// <summary>
/// A training run writes into a sibling folder and moves its files into the models folder only when
/// every one of them is written, the manifest last. A run that fails or is cancelled half-way leaves
/// the previous models, and the manifest that describes them, as they were: mixing three new label
/// models with three old ones under an old manifest would make every cited figure wrong.
/// </summary>
internal sealed class StagedModelsFolder : IDisposable
{
    private StagedModelsFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The models folder the run will replace files in.</summary>
    public string Target { get; }

    /// <summary>Where the run writes until <see cref="Publish"/>.</summary>
    public string Staging { get; }

    public static StagedModelsFolder Create(string modelsDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(modelsDirectory));
        var staging = target + ".training";
        if (Directory.Exists(staging))
        {
            // Left by a run that was killed: nothing in it was ever published.
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new StagedModelsFolder(target, staging);
    }

    /// <summary>Moves every staged file into <see cref="Target"/>, overwriting, with <paramref name="lastFile"/> moved last.</summary>
    public void Publish(string lastFile)
    {
        Directory.CreateDirectory(Target);
        var files = Directory.GetFiles(Staging)
            .OrderBy(f => string.Equals(Path.GetFileName(f), lastFile, StringComparison.Ordinal))
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(Target, Path.GetFileName(file)), overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
