using System.Security.Cryptography;

namespace TosScan.Classification.Training;

/// <summary>
/// The labelled training clauses of <c>corpus/clauses/*.jsonl</c>, read in file-name order, then the
/// train halves of real labelled sets (<see cref="TrainingHalf"/>), with one SHA-256 over all their
/// bytes so the manifest pins exactly what a model was trained on.
/// </summary>
public sealed record TrainingCorpus(IReadOnlyList<LabelledClause> Clauses, IReadOnlyList<string> Files, string Sha256)
{
    public static Task<TrainingCorpus> LoadAsync(string directory, CancellationToken cancellationToken) =>
        LoadAsync(directory, [], cancellationToken);

    public static Task<TrainingCorpus> LoadAsync(string directory, IReadOnlyList<TrainingHalf> halves, CancellationToken cancellationToken) =>
        LoadAsync(directory, halves, [], cancellationToken);

    /// <param name="directory">The team-written corpus folder.</param>
    /// <param name="halves">Real labelled sets whose train rows are added.</param>
    /// <param name="decisions">
    /// Files written by <c>review --export</c>. A reviewed clause replaces every other training row
    /// with the same text: the reviewer's word on it is the newest.
    /// </param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async Task<TrainingCorpus> LoadAsync(string directory, IReadOnlyList<TrainingHalf> halves, IReadOnlyList<string> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(halves);
        ArgumentNullException.ThrowIfNull(decisions);
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

        var names = files.Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var half in halves)
        {
            var bytes = await ReadHalfBytesAsync(half, cancellationToken).ConfigureAwait(false);
            hash.AppendData(bytes);
            var rows = await ReadHalfAsync(half, cancellationToken).ConfigureAwait(false);
            clauses.AddRange(rows);
            names.Add(FormattableString.Invariant($"{Path.GetFileName(half.Path)} ({(half.RequireSplit ? "split=train, " : string.Empty)}{rows.Count} rows, grouped by {half.GroupField})"));
        }

        var reviewed = new List<LabelledClause>();
        foreach (var file in decisions)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Decisions file '{file}' does not exist; write it with 'tosscan review --export {Path.GetFileName(file)}'.");
            }

            hash.AppendData(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
            var rows = await LabelledClauseReader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            reviewed.AddRange(rows.Select(r => r with { Id = "review:" + r.Id, Reviewed = true }));
            names.Add(FormattableString.Invariant($"{Path.GetFileName(file)} (review decisions, {rows.Count} rows)"));
        }

        if (reviewed.Count > 0)
        {
            var texts = reviewed.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
            clauses.RemoveAll(c => texts.Contains(c.Text));
            // The newest export of a clause wins when several files hold it.
            clauses.AddRange(reviewed.AsEnumerable().Reverse().DistinctBy(r => r.Text, StringComparer.Ordinal).Reverse());
        }

        return new TrainingCorpus(clauses, names, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<byte[]> ReadHalfBytesAsync(TrainingHalf half, CancellationToken cancellationToken)
    {
        if (!File.Exists(half.Path))
        {
            throw new FileNotFoundException($"Real training set '{half.Path}' does not exist; put the shared evaluation data beside the repository (../shared/eval) or train on the corpus alone with --corpus-only.");
        }

        return await File.ReadAllBytesAsync(half.Path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The train rows of one real set. Ids are prefixed with the file's name so they cannot collide
    /// with corpus ids; the group is the row's company or policy.
    /// </summary>
    private static async Task<List<LabelledClause>> ReadHalfAsync(TrainingHalf half, CancellationToken cancellationToken)
    {
        var stem = Path.GetFileNameWithoutExtension(half.Path);
        var rows = new List<LabelledClause>();
        var line = 0;
        foreach (var row in await LabelledClauseReader.ReadAsync(half.Path, cancellationToken).ConfigureAwait(false))
        {
            line++;
            var split = row.Fields.TryGetValue("split", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String ? s.GetString() : null;
            if (half.RequireSplit && split is null)
            {
                throw new InvalidDataException($"{half.Path}:{line}: row '{row.Id}' has no \"split\"; only sets with a fixed train/test split (v2) can be trained on, so the test half stays unseen.");
            }

            if (!half.RequireSplit && split is not null)
            {
                // A set with a test half trained on whole would leave nothing unseen to report on.
                throw new InvalidDataException($"{half.Path}:{line}: row '{row.Id}' has a \"split\" ({split}); a set with a split is trained on its train half only (--shared-eval), never whole as a dev set.");
            }

            if (half.RequireSplit && split != "train")
            {
                continue;
            }

            var group = row.Fields.TryGetValue(half.GroupField, out var g) && g.ValueKind == System.Text.Json.JsonValueKind.String ? g.GetString() : null;
            if (string.IsNullOrEmpty(group))
            {
                throw new InvalidDataException($"{half.Path}:{line}: row '{row.Id}' has no string field \"{half.GroupField}\" to group its cross-validation fold by.");
            }

            rows.Add(row with { Id = stem + ":" + row.Id, Group = stem + ":" + group, Weight = half.Weight });
        }

        return rows;
    }
}
