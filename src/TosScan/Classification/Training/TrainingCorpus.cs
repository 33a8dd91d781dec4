using System.Security.Cryptography;

namespace TosScan.Classification.Training;

/// <summary>
/// The labelled training clauses of <c>corpus/clauses/*.jsonl</c>, read in file-name order, with
/// one SHA-256 over all their bytes so the manifest pins exactly what a model was trained on.
/// </summary>
public sealed record TrainingCorpus(IReadOnlyList<LabelledClause> Clauses, IReadOnlyList<string> Files, string Sha256)
{
    public static async Task<TrainingCorpus> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Training corpus folder '{directory}' does not exist; pass --corpus <repo>/corpus/clauses.");
        }

        var files = Directory.GetFiles(directory, "*.jsonl", SearchOption.TopDirectoryOnly)
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"Training corpus folder '{directory}' holds no *.jsonl files.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var clauses = new List<LabelledClause>();
        var fileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            hash.AppendData(bytes);
            foreach (var clause in await LabelledClauseReader.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                // Ids tie a training clause to its review and to the guide's examples; two clauses
                // under one id would make either ambiguous.
                if (!fileOfId.TryAdd(clause.Id, file))
                {
                    throw new InvalidDataException($"{file}: id '{clause.Id}' is used twice (also in {fileOfId[clause.Id]}); give every training clause its own id.");
                }

                clauses.Add(clause);
            }
        }

        return new TrainingCorpus(clauses, [.. files.Select(Path.GetFileName).OfType<string>()], Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
