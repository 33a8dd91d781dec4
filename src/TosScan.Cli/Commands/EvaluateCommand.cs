using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TosScan.Classification;
using TosScan.Classification.Evaluation;
using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Cli.Infrastructure;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan evaluate &lt;file.jsonl&gt;... [--where F=V]... [--label L]... [--format text|json]
/// [--fail-under F1] [--record] [--corrections AUDIT.jsonl] [--by FIELD]</c>: precision, recall and F1
/// (with a 95% bootstrap interval) per label; with <c>--by</c> also per document. With <c>--corrections</c> the table is printed a second time on the
/// audited labels, marked as such; only the set's own labels are ever recorded.
/// </summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "Labelled JSONL files in the LABELS.md format.", Arity = ArgumentArity.OneOrMore };
        var where = new Option<string[]>("--where") { Description = "Keep only rows whose FIELD equals VALUE (e.g. moderated=true); repeat to combine.", AllowMultipleArgumentsPerToken = false };
        var labels = new Option<string[]>("--label") { Description = "Evaluate only this label (repeatable). Default: all six labels." };
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit 1 if the F1 of any evaluated label with positives in the file is below this figure." };
        var record = new Option<bool>("--record") { Description = "Also store the table in the models folder's manifest.json (replacing the same file and filters)." };
        var corrections = new Option<string?>("--corrections") { Description = "An audit file (JSONL: id, label, applies, reason) of rows whose label you dispute; prints a second table on the corrected labels, beside the official one." };
        var by = new Option<string?>("--by") { Description = "Also judge whole documents: rows with the same value of FIELD (e.g. policy) form one document, which has a label when any of its rows has it." };
        var format = CommonOptions.Format();
        var models = ModelOptions.Models();
        var command = new Command("evaluate", "Measure the classifier on labelled JSONL files: precision, recall, F1 and a 95% bootstrap interval per label.")
        {
            files,
            where,
            labels,
            failUnder,
            record,
            corrections,
            by,
            format,
            models,
        };
        command.SetAction(async (parse, ct) =>
        {
            var filters = (parse.GetValue(where) ?? []).Select(ParseFilter).ToArray();
            var chosen = parse.GetValue(labels) is { Length: > 0 } l ? l : [.. ClauseLabels.All];
            foreach (var label in chosen.Where(c => !ClauseLabels.All.Contains(c)))
            {
                throw new UsageException($"unknown label '{label}'; use one of {string.Join(", ", ClauseLabels.All)}.");
            }

            var auditFile = parse.GetValue(corrections);
            if (auditFile is not null && parse.GetValue(record))
            {
                throw new UsageException("--record stores figures on the set's own labels only; run it without --corrections.");
            }

            var audit = auditFile is null ? null : await ReadCorrectionsAsync(environment, auditFile, ct).ConfigureAwait(false);
            var classifier = ModelOptions.Load(environment, parse.GetValue(models));
            var evaluator = new ClassifierEvaluator(classifier);
            var documentField = parse.GetValue(by);
            var records = new List<EvaluationRecord>();
            var shown = new List<EvaluationRecord>();
            foreach (var file in parse.GetValue(files)!)
            {
                var path = environment.ResolvePath(file);
                if (Directory.Exists(path))
                {
                    throw new UsageException($"'{file}' is a folder; give the labelled .jsonl files in it, e.g. {Path.Combine(file, "*.jsonl")}");
                }

                IReadOnlyList<LabelledClause> rows;
                try
                {
                    rows = await LabelledClauseReader.ReadAsync(path, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    throw new UsageException($"cannot read evaluation file '{file}': {ex.Message}", ex);
                }
                catch (InvalidOperationException ex)
                {
                    // System.Text.Json's message for a lone surrogate names neither file nor line.
                    throw new UsageException($"cannot read evaluation file {JsonLinesCheck.FindUnreadableLine([path]) ?? $"'{file}': {ex.Message}"}", ex);
                }

                EvaluationRecord official;
                try
                {
                    official = evaluator.Evaluate(Path.GetFileName(path), rows, filters, chosen, documentField);
                }
                catch (InvalidDataException ex)
                {
                    throw new UsageException(ex.Message, ex);
                }

                records.Add(official);
                shown.Add(official);
                if (audit is not null)
                {
                    // Printed beside the official figures, never recorded or checked by --fail-under.
                    var corrected = LabelCorrections.Apply(rows, audit);
                    var changed = rows.Zip(corrected).Count(x => !ReferenceEquals(x.First, x.Second) && filters.All(f => f.Matches(x.First)));
                    var name = $"{Path.GetFileName(path)} with labels corrected on {changed} rows by {Path.GetFileName(auditFile)}";
                    shown.Add(evaluator.Evaluate(name, corrected, filters, chosen, documentField));
                }
            }

            if (parse.GetValue(format) == "json")
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(shown, ModelManifest.JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                foreach (var r in shown)
                {
                    await WriteTableAsync(environment.Out, r).ConfigureAwait(false);
                }
            }

            if (parse.GetValue(record))
            {
                await RecordAsync(ModelOptions.Resolve(environment, parse.GetValue(models)), records, ct).ConfigureAwait(false);
            }

            var threshold = parse.GetValue(failUnder);
            var below = threshold is { } t
                ? records.SelectMany(r => r.Labels.Where(x => x.Value.Positives > 0 && x.Value.F1 < t).Select(x => $"{r.File} {x.Key} F1 {x.Value.F1.ToString("0.000", CultureInfo.InvariantCulture)}")).ToArray()
                : [];
            foreach (var line in below)
            {
                await environment.Error.WriteLineAsync($"below --fail-under {threshold!.Value.ToString(CultureInfo.InvariantCulture)}: {line}").ConfigureAwait(false);
            }

            return below.Length == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }

    private static async Task<IReadOnlyList<LabelCorrection>> ReadCorrectionsAsync(CliEnvironment environment, string file, CancellationToken ct)
    {
        try
        {
            return await LabelCorrections.ReadAsync(environment.ResolvePath(file), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw new UsageException($"cannot read corrections file '{file}': {ex.Message}", ex);
        }
    }

    private static RowFilter ParseFilter(string expression)
    {
        try
        {
            return RowFilter.Parse(expression);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    internal static async Task WriteTableAsync(TextWriter output, EvaluationRecord record)
    {
        var filter = record.Where.Count == 0 ? string.Empty : $" ({string.Join(", ", record.Where)})";
        await output.WriteLineAsync($"{record.File}{filter}: {record.Rows} rows").ConfigureAwait(false);
        await WriteMetricsAsync(output, record.Labels).ConfigureAwait(false);

        if (record.ConsentAccuracy is { } accuracy)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"consent accuracy {accuracy:0.000} on {record.ConsentRows} labelled rows also flagged third_party_marketing")).ConfigureAwait(false);
        }

        if (record.Rows > 0 && record.Calibration is { Count: > 0 } calibration)
        {
            await WriteCalibrationAsync(output, calibration).ConfigureAwait(false);
        }

        if (record.Documents is { } documents)
        {
            await output.WriteLineAsync($"by {documents.Field}: {documents.Count} documents (a document has a label when any of its rows has it)").ConfigureAwait(false);
            await WriteMetricsAsync(output, documents.Labels).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
    }

    private static async Task WriteMetricsAsync(TextWriter output, IReadOnlyDictionary<string, MetricSet> labels)
    {
        await output.WriteLineAsync("label                   precision  recall  F1     95% interval    positives  predicted").ConfigureAwait(false);
        foreach (var (label, m) in labels)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{label,-22}  {m.Precision,9:0.000}  {m.Recall,6:0.000}  {m.F1:0.000}  [{m.F1Low ?? 0:0.000}, {m.F1High ?? 0:0.000}]  {m.Positives,9}  {m.Predicted,9}")).ConfigureAwait(false);
        }
    }

    private static readonly double[] ShownBins = [0.2, 0.4, 0.6, 0.8];

    private static async Task WriteCalibrationAsync(TextWriter output, IReadOnlyDictionary<string, CalibrationReport> calibration)
    {
        // Only the bins a flag can come from: below 0.2 every label is near 0 and says little.
        await output.WriteLineAsync("calibration             Brier   ECE     rows / share labelled, by score: 0.2-0.4  0.4-0.6  0.6-0.8  0.8-1").ConfigureAwait(false);
        foreach (var (label, c) in calibration)
        {
            var bins = string.Join("  ", ShownBins.Select(from =>
                c.Bins.FirstOrDefault(b => Math.Abs(b.From - from) < 1e-9) is { } bin
                    ? string.Create(CultureInfo.InvariantCulture, $"{bin.Rows,4} / {bin.Labelled:0.00}")
                    : "   0 /  -  "));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{label,-22}  {c.Brier:0.000}   {c.ExpectedCalibrationError:0.000}   {bins}")).ConfigureAwait(false);
        }
    }

    private static async Task RecordAsync(string modelsDirectory, IReadOnlyList<EvaluationRecord> records, CancellationToken ct)
    {
        var manifest = ModelFiles.ReadManifest(modelsDirectory);
        var kept = manifest.Evaluation
            .Where(e => !records.Any(r => r.File == e.File && r.Where.SequenceEqual(e.Where)))
            .Concat(records)
            .ToList();
        await ModelFiles.WriteManifestAsync(modelsDirectory, manifest with { Evaluation = kept }, ct).ConfigureAwait(false);
    }
}
