using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TosScan.Classification.Embeddings;
using TosScan.Classification.Features;
using TosScan.Classification.Models;
using TosScan.Documents;
using TosScan.Segmentation;
using TosScan.Text;

namespace TosScan.Classification.Training;

/// <summary>
/// Trains one ML.NET logistic regression per label on the feature space (n-grams of the corpus
/// plus the linguistic rules), single-threaded with a fixed seed so the same corpus always gives
/// the same predictions. Out-of-fold margins from k-fold cross-validation fit each label's Platt
/// calibration and choose its threshold; the final model is trained on the whole corpus.
/// </summary>
internal sealed class ClassifierTrainer
{

    private readonly TrainerOptions _options;
    private readonly ISentenceEmbedder? _embedder;
    private readonly TimeProvider? _time;

    /// <param name="options">Trainer settings, validated here.</param>
    /// <param name="embedder">Sentence encoder whose vectors join the features; null trains on sparse features only.</param>
    /// <param name="time">The clock whose time is recorded as the manifest's <c>trained_at</c>; null records none (tests comparing manifests).</param>
    public ClassifierTrainer(TrainerOptions options, ISentenceEmbedder? embedder = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _embedder = embedder;
        _time = time;
    }

    /// <summary>
    /// Sparse features of every clause, with the sentence vectors appended when an encoder is given
    /// (and, with <see cref="TrainerOptions.NeighbourCount"/>, the nearest training texts' votes), and
    /// the layer that appends them (null without one). A clause's votes come only from clauses
    /// outside its own fold of the first deal, so they are what an unseen text would get.
    /// </summary>
    private (ClauseFeatures[] Features, ClauseFeatures[][] Sentences, EmbeddingLayer? Layer, int Dimension) FeaturesOf(FeatureSpace space, IReadOnlyList<LabelledClause> clauses, int[] folds, CancellationToken cancellationToken)
    {
        var features = clauses.Select(c => space.Extract(c.Text)).ToArray();
        if (_embedder is null)
        {
            return (features, SentencesOf(space, clauses, features, null, cancellationToken), null, space.Dimension);
        }

        var vectors = _embedder.Embed([.. clauses.Select(c => TypographicNormalizer.Normalize(c.Text).Text)], cancellationToken);
        var mean = EmbeddingLayer.MeanOf(vectors, _embedder.Dimension);
        if (_options.NeighbourCount == 0)
        {
            var plain = new EmbeddingLayer(_embedder, space.Dimension, mean, _options.EmbeddingScale);
            var sentences = SentencesOf(space, clauses, features, plain, cancellationToken);
            return ([.. features.Select((f, i) => plain.Append(f, vectors[i]))], sentences, plain, space.Dimension + plain.Dimension);
        }

        var bank = BankOf(clauses, vectors);
        var votes = new double[clauses.Count][];
        // Each vote is a pure function of the bank, so the order the rows are asked in changes nothing.
        // The bank holds each clause's own vector, rounded as stored: asked with it, a clause gets
        // exactly the votes it will get once the bank is read back from the file.
        Parallel.For(0, clauses.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            votes[i] = bank.Votes(bank.VectorOf(i), j => folds[j] != folds[i]));
        var voteMean = Enumerable.Range(0, bank.LabelCount).Select(l => (float)votes.Average(v => v[l])).ToArray();
        var layer = new EmbeddingLayer(_embedder, space.Dimension, mean, _options.EmbeddingScale, bank, voteMean, _options.NeighbourScale);
        // Sentences would need votes of their own; with votes every text gets the one calibration.
        return ([.. features.Select((f, i) => layer.Append(f, vectors[i], votes[i]))], NoSentences(clauses.Count), layer, space.Dimension + layer.Dimension);
    }

    /// <summary>
    /// The sentences of each training text of several sentences, featurised as the classifier
    /// featurises them (paragraph context inherited, sentence vector appended), for the paragraph
    /// calibration. Empty for a one-sentence text, and for every text when
    /// <see cref="TrainerOptions.ParagraphCalibration"/> names no label.
    /// </summary>
    private ClauseFeatures[][] SentencesOf(FeatureSpace space, IReadOnlyList<LabelledClause> clauses, ClauseFeatures[] sparse, EmbeddingLayer? layer, CancellationToken cancellationToken)
    {
        if (_options.ParagraphCalibration.Count == 0)
        {
            return NoSentences(clauses.Count);
        }

        var units = new ClauseFeatures[clauses.Count][];
        var splitter = new SentenceSplitter(new SentenceSplitterOptions());
        var spans = new List<(int Clause, TextSpan Span)>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var text = clauses[i].Text;
            var sentences = splitter.Split(text, new TextSpan(0, text.Length));
            if (sentences.Count < 2)
            {
                units[i] = [];
                continue;
            }

            units[i] = [.. sentences.Select(s => space.WithParagraphContext(space.Extract(s.Slice(text)), sparse[i]))];
            spans.AddRange(sentences.Select(s => (i, s)));
        }

        if (layer is not null && spans.Count > 0)
        {
            var vectors = layer.Embedder.Embed([.. spans.Select(x => TypographicNormalizer.Normalize(x.Span.Slice(clauses[x.Clause].Text)).Text)], cancellationToken);
            var next = 0;
            foreach (var sentenceUnits in units)
            {
                for (var u = 0; u < sentenceUnits.Length; u++)
                {
                    sentenceUnits[u] = layer.Append(sentenceUnits[u], vectors[next++]);
                }
            }
        }

        return units;
    }

    private static ClauseFeatures[][] NoSentences(int count) => [.. Enumerable.Repeat(Array.Empty<ClauseFeatures>(), count)];

    /// <summary>Every training clause's unit vector, rounded as the file stores it, with its labels as bits in <see cref="ClauseLabels.All"/> order.</summary>
    private NeighbourVotes BankOf(IReadOnlyList<LabelledClause> clauses, float[][] vectors)
    {
        var dimension = _embedder!.Dimension;
        var flat = new float[clauses.Count * dimension];
        for (var i = 0; i < clauses.Count; i++)
        {
            NeighbourVotes.Unit(vectors[i]).CopyTo(flat, i * dimension);
        }

        var labels = clauses.Select(c => (byte)ClauseLabels.All.Select((l, b) => c.Has(l) ? 1 << b : 0).Sum()).ToArray();
        return new NeighbourVotes(NeighbourFile.RoundToStored(flat), labels, dimension, ClauseLabels.All.Count, _options.NeighbourCount);
    }

    public async Task<ModelManifest> TrainAsync(TrainingCorpus corpus, string modelsDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(log);

        var space = new FeatureSpace(BuildVocabulary(corpus.Clauses), LinguisticRules.All, LinguisticRules.Combinations, LinguisticRules.Absences);
        var deals = DealsOf(corpus.Clauses, out var groupCount);
        var (features, sentences, layer, dimension) = FeaturesOf(space, corpus.Clauses, deals[0], cancellationToken);
        await log.WriteLineAsync($"training on {corpus.Clauses.Count} clauses, {dimension} features ({layer?.Dimension ?? 0} embedding dimensions, ({space.Vocabulary.Count} n-grams, {space.Rules.Count} rules, {space.Combinations.Count} rule combinations)").ConfigureAwait(false);

        var rows = RowsOf(corpus.Clauses);
        EnsureTrainable(corpus, groupCount);
        using var staged = StagedModelsFolder.Create(modelsDirectory);
        await log.WriteLineAsync(FormattableString.Invariant($"cross-validation: {groupCount} groups of near-identical clauses (Jaccard >= {_options.GroupSimilarity}) in {_options.Folds} folds, dealt {_options.CrossValidationRepeats} times")).ConfigureAwait(false);
        var labels = new Dictionary<string, LabelModelInfo>(StringComparer.Ordinal);
        var positives = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in ClauseLabels.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var truth = corpus.Clauses.Select(c => c.Has(label)).ToArray();
            positives[label] = truth.Count(t => t);

            var ml = new MLContext(seed: _options.Seed);
            var (platt, threshold, oof, paragraphs, transformer, schema) = TrainLabel(ml, label, dimension, features, sentences, truth, rows, deals);
            var cv = PerDeal(Metrics.Of(oof.Select(o => (o.Score >= threshold, o.Truth))), deals.Length);

            var file = label + ".zip";
            ml.Model.Save(transformer, schema, Path.Combine(staged.Staging, file));
            var linear = transformer.Model.SubModel;
            var model = new LabelModel(label, [.. linear.Weights], linear.Bias, platt, threshold);
            var paragraphInfo = paragraphs is { } p
                ? new ParagraphCalibrationInfo(p.Threshold, p.Platt.Slope, p.Platt.Offset, PerDeal(Metrics.Of(p.OutOfFold.Select(o => (o.Score >= p.Threshold, o.Truth))), deals.Length))
                : null;
            var trainMetrics = Metrics.Of(features.Select((f, i) => (model.Score(f) >= threshold, truth[i])));
            var shift = layer is null ? (double?)null : CascadeBound(model, features, layer.Offset);
            labels[label] = new LabelModelInfo(file, threshold, platt.Slope, platt.Offset, linear.Weights.Count(w => w != 0), cv, trainMetrics, shift, paragraphInfo);
            var realCv = Metrics.Of(oof.Where((_, i) => corpus.Clauses[i % corpus.Clauses.Count].IsReal).Select(o => (o.Score >= threshold, o.Truth)));
            await log.WriteLineAsync(FormattableString.Invariant(
                $"{label,-22} positives {positives[label],4}  threshold {threshold:0.000}  cv P {cv.Precision:0.000} R {cv.Recall:0.000} F1 {cv.F1:0.000}  real rows cv P {realCv.Precision:0.000} R {realCv.Recall:0.000} F1 {realCv.F1:0.000}  non-zero weights {labels[label].NonZeroWeights}{(paragraphInfo is { } pi ? $"  paragraphs: threshold {pi.Threshold:0.000} cv F1 {pi.CrossValidation.F1:0.000} ({pi.CrossValidation.Positives} positives)" : "")}")).ConfigureAwait(false);
        }

        await File.WriteAllLinesAsync(Path.Combine(staged.Staging, ModelFiles.Vocabulary), space.Vocabulary, cancellationToken).ConfigureAwait(false);
        if (layer is not null)
        {
            await File.WriteAllLinesAsync(Path.Combine(staged.Staging, ModelFiles.EmbeddingMean), layer.Mean.Select(m => m.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
            if (layer.Neighbours is { } bank)
            {
                await NeighbourFile.WriteAsync(Path.Combine(staged.Staging, ModelFiles.Neighbours), bank, cancellationToken).ConfigureAwait(false);
            }
        }

        var manifest = new ModelManifest
        {
            TrainedAt = _time?.GetUtcNow(),
            MlNetVersion = ModelFiles.MlNetVersion,
            TrainingData = new TrainingDataInfo(corpus.Files, corpus.Clauses.Count, corpus.Sha256, positives),
            FeatureSpace = new FeatureSpaceInfo(ModelFiles.Vocabulary, space.Vocabulary.Count, _options.MinDocumentFrequency, space.RuleFeatureNames),
            Trainer = new Models.TrainerInfo("LbfgsLogisticRegression", _options.Seed, 1, _options.L1Regularization, _options.L2Regularization, _options.Folds,
                FormattableString.Invariant($"risk: median threshold within {_options.ThresholdPlateau} of the max cross-validated {RiskObjective}; protective: highest threshold within {_options.ThresholdPlateau} of the best F1 with cross-validated precision >= {_options.ProtectivePrecisionFloor}"),
                FormattableString.Invariant($"grouped: clauses linked at content-bigram Jaccard >= {_options.GroupSimilarity} share a fold ({deals[0].Distinct().Count()} folds, {groupCount} groups), {_options.CrossValidationRepeats} deal(s) pooled")),
            Labels = labels,
            Embedding = layer is null ? null : new EmbeddingInfo(layer.Embedder.Model, layer.VectorDimension, layer.Scale, ModelFiles.EmbeddingMean,
                layer.Neighbours is { } neighbours ? new NeighbourInfo(ModelFiles.Neighbours, neighbours.Count, neighbours.K, layer.NeighbourScale, layer.VoteMean) : null),
        };
        await ModelFiles.WriteManifestAsync(staged.Staging, manifest, cancellationToken).ConfigureAwait(false);
        staged.Publish(lastFile: ModelFiles.Manifest);
        return manifest;
    }

    /// <summary>
    /// The cascade's bound (<see cref="LabelModelInfo.EmbeddingShift"/>): the
    /// <see cref="TrainerOptions.CascadeQuantile"/> quantile of how far the sentence vectors of the
    /// training texts moved this label's margin. The largest move is an outlier several times the
    /// typical one; bounding by it sent every text of a real document to the encoder.
    /// </summary>
    private double CascadeBound(LabelModel model, ClauseFeatures[] features, int offset)
    {
        var moves = features.Select(f => Math.Abs(model.PartialMargin(f, offset))).Order().ToArray();
        var index = (int)Math.Ceiling(_options.CascadeQuantile * (moves.Length - 1));
        return Math.Round(moves[index], 4);
    }

    /// <summary>What a risk label's threshold maximises, and the row weights, as the manifest records them.</summary>
    private string RiskObjective => _options.ThresholdsOn switch
    {
        ThresholdRows.Balanced => "mean of the F1 on all rows and the F1 on the real rows",
        ThresholdRows.Real => "F1 on the real rows",
        _ => "F1",
    } + FormattableString.Invariant($"; rows weighted corpus 1, real {_options.RealRowWeight}, reviewed {_options.ReviewedRowWeight}");

    /// <summary>
    /// Refuses, before any model is trained, a corpus that cross-validation cannot use: every fold
    /// needs clauses of both kinds to learn from, for every label.
    /// </summary>
    private void EnsureTrainable(TrainingCorpus corpus, int groupCount)
    {
        var folds = _options.Folds;
        if (groupCount < folds)
        {
            throw new InvalidDataException(FormattableString.Invariant(
                $"the training corpus has {groupCount} group(s) of distinct clauses; {folds}-fold cross-validation needs at least {folds}. Add labelled clauses to the corpus folder."));
        }

        foreach (var label in ClauseLabels.All)
        {
            var positives = corpus.Clauses.Count(c => c.Has(label));
            var negatives = corpus.Clauses.Count - positives;
            if (positives < folds || negatives < folds)
            {
                throw new InvalidDataException(FormattableString.Invariant(
                    $"label '{label}' has {positives} positive and {negatives} negative clause(s) in the training corpus; {folds}-fold cross-validation needs at least {folds} of each for every label. Add labelled clauses to the corpus folder."));
            }
        }
    }

    private (PlattParameters Platt, double Threshold, (double Score, bool Truth)[] OutOfFold, Calibration? Paragraphs,
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Transformer, DataViewSchema Schema)
        TrainLabel(MLContext ml, string label, int dimension, ClauseFeatures[] features, ClauseFeatures[][] sentences, bool[] truth, RowInfo rows, int[][] deals)
    {
        try
        {
            var (whole, paragraphs) = Calibrate(ml, label, dimension, features, sentences, truth, rows, deals);
            var (transformer, schema) = Fit(ml, dimension, features, truth, rows.Weights, null);
            return (whole.Platt, whole.Threshold, whole.OutOfFold, paragraphs, transformer, schema);
        }
        catch (InvalidOperationException ex)
        {
            // ML.NET's own checks (e.g. a fold left with nothing to learn from) name no label or file.
            throw new InvalidDataException($"training the '{label}' model failed: {ex.Message} Check that the corpus has varied clauses with and without this label.", ex);
        }
    }

    /// <summary>Stems and stem bigrams found in at least MinDocumentFrequency clauses, in ordinal order.</summary>
    internal IReadOnlyList<string> BuildVocabulary(IReadOnlyList<LabelledClause> clauses)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var gram in FeatureSpace.NGrams(ClauseTokenizer.Tokenize(clause.Text)))
            {
                if (seen.Add(gram.Text))
                {
                    counts[gram.Text] = counts.GetValueOrDefault(gram.Text) + 1;
                }
            }
        }

        return [.. counts.Where(kv => kv.Value >= _options.MinDocumentFrequency).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Cross-validated metrics only (no model written): what <c>train</c> would report for these
    /// options. Used to choose the regularisation on grouped folds of the training corpus.
    /// </summary>
    internal IReadOnlyDictionary<string, (double Threshold, MetricSet Metrics)> CrossValidate(TrainingCorpus corpus, Func<LabelledClause, bool>? scoreOn = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var space = new FeatureSpace(BuildVocabulary(corpus.Clauses), LinguisticRules.All, LinguisticRules.Combinations, LinguisticRules.Absences);
        var deals = DealsOf(corpus.Clauses, out _);
        var (features, sentences, _, dimension) = FeaturesOf(space, corpus.Clauses, deals[0], CancellationToken.None);
        var rows = RowsOf(corpus.Clauses);
        var result = new Dictionary<string, (double, MetricSet)>(StringComparer.Ordinal);
        foreach (var label in ClauseLabels.All)
        {
            var truth = corpus.Clauses.Select(c => c.Has(label)).ToArray();
            var ((_, threshold, oof), _) = Calibrate(new MLContext(seed: _options.Seed), label, dimension, features, sentences, truth, rows, deals);
            // scoreOn restricts the reported metrics (not the threshold choice) to a part of the corpus;
            // the pooled scores run deal by deal over the same clauses.
            var pooled = Metrics.Of(oof.Where((_, i) => scoreOn is null || scoreOn(corpus.Clauses[i % corpus.Clauses.Count])).Select(o => (o.Score >= threshold, o.Truth)));
            result[label] = (threshold, PerDeal(pooled, deals.Length));
        }

        return result;
    }

    /// <summary>
    /// Fold of each clause from a hash of its group's key (<see cref="ClauseGroups"/>), so template
    /// siblings share a fold; stable whatever the file order.
    /// </summary>
    internal int[] FoldsOf(IReadOnlyList<LabelledClause> clauses, out int groupCount) => DealsOf(clauses, out groupCount)[0];

    /// <summary>
    /// One fold assignment per cross-validation repeat. The first deal is the plain hash of the group
    /// key; later deals salt the key with the repeat number, so each deals the same groups differently.
    /// </summary>
    internal int[][] DealsOf(IReadOnlyList<LabelledClause> clauses, out int groupCount)
    {
        // Rows of real sets keep the company or policy they come from as their group, as in the sets'
        // own split; corpus clauses are grouped by their text.
        var corpusRows = clauses.Where(c => c.Group is null).ToList();
        string[] corpusGroups = _options.GroupSimilarity >= 1 ? [.. corpusRows.Select(c => c.Id)] : ClauseGroups.Of(corpusRows, _options.GroupSimilarity);
        var next = 0;
        string[] groups = [.. clauses.Select(c => c.Group ?? corpusGroups[next++])];
        groupCount = groups.Distinct(StringComparer.Ordinal).Count();
        // A reviewer's decision is never held out (fold -1): it is an instruction, not a sample, and
        // dealing it into a fold by its id moved every threshold with the id of the clause reviewed.
        return [.. Enumerable.Range(0, _options.CrossValidationRepeats).Select(r =>
            groups.Select((g, i) => clauses[i].Reviewed ? -1 : (int)(Hashing32(r == 0 ? g : g + "#" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)) % (uint)_options.Folds)).ToArray())];
    }

    private static uint Hashing32(string s)
    {
        // FNV-1a: string.GetHashCode is randomised per process, which would break determinism.
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>
    /// Out-of-fold margins fit the label's Platt calibration; the calibrated out-of-fold scores choose
    /// its threshold. With several deals the out-of-fold scores of every deal are pooled (each clause
    /// appears once per deal). Shared by <see cref="TrainAsync"/> and <see cref="CrossValidate"/> so
    /// both apply exactly the same rule. For a label <see cref="TrainerOptions.ParagraphCalibration"/>
    /// names, the texts of several sentences get a second calibration and threshold, by the same rule,
    /// on their best unit's out-of-fold margins.
    /// </summary>
    private (Calibration Whole, Calibration? Paragraphs) Calibrate(
        MLContext ml, string label, int dimension, ClauseFeatures[] features, ClauseFeatures[][] sentences, bool[] truth, RowInfo rows, int[][] deals)
    {
        // A text of several sentences is scored by its best unit, so it has several chances to cross a
        // threshold fitted on texts scored whole: for the labels named, its own calibration is fitted on
        // the training texts of several sentences, scored out of fold the way the classifier scores them.
        var paragraphs = _options.ParagraphCalibration.Contains(label) ? sentences : null;
        var margins = deals.Select(folds => CrossValidatedMargins(ml, dimension, features, paragraphs, truth, rows.Weights, folds)).ToArray();
        var whole = CalibrateOn(label, [.. margins.SelectMany(m => m.Whole)], truth, rows, deals, _ => true);
        var several = deals.SelectMany(_ => sentences.Select(s => s.Length > 0)).ToArray();
        if (paragraphs is null || !several.Where((s, i) => s && truth[i % truth.Length]).Any())
        {
            return (whole, null);
        }

        var best = CalibrateOn(label, [.. margins.SelectMany(m => m.Best)], truth, rows, deals, i => several[i]);
        return (whole, best with { OutOfFold = [.. best.OutOfFold.Where((_, i) => several[i])] });
    }

    /// <summary>A Platt calibration, the threshold chosen on it and the calibrated out-of-fold scores it was chosen on.</summary>
    private sealed record Calibration(PlattParameters Platt, double Threshold, (double Score, bool Truth)[] OutOfFold);

    /// <summary>Fits the calibration and chooses the threshold on the pooled out-of-fold margins of the rows <paramref name="include"/> admits.</summary>
    private Calibration CalibrateOn(string label, double[] margins, bool[] truth, RowInfo rows, int[][] deals, Func<int, bool> include)
    {
        var pooledTruth = deals.SelectMany(_ => truth).ToArray();
        // Protective labels keep the whole corpus: their precision floor, held on the few real
        // protective rows, pushed thresholds so high that recall fell to almost nothing.
        var protective = ClauseLabels.KindOf(label) == Documents.FlagKind.Protective;
        var pooledReal = deals.SelectMany(_ => rows.Real).ToArray();
        var pooledChoosing = deals.SelectMany(_ => rows.Real).Select(r => r || protective || _options.ThresholdsOn != ThresholdRows.Real).ToArray();
        // Only held-out scores fit calibration and thresholds (reviewed rows are never held out); with
        // ThresholdRows.Real they come from real rows alone when this label has real positives, since
        // the team-written corpus separates the labels far more cleanly than real documents do.
        var heldOut = deals.SelectMany(folds => folds.Select(f => f >= 0)).Select((h, i) => h && include(i)).ToArray();
        pooledReal = [.. pooledReal.Select((r, i) => r && heldOut[i])];
        pooledChoosing = [.. pooledChoosing.Select((c, i) => c && heldOut[i])];
        var usable = pooledChoosing.Where((c, i) => c && pooledTruth[i]).Any() ? pooledChoosing : heldOut;
        var platt = PlattFitter.Fit([.. margins.Where((_, i) => usable[i])], [.. pooledTruth.Where((_, i) => usable[i])]);
        var oof = margins.Select((m, i) => (platt.Probability(m), pooledTruth[i])).ToArray();
        var floor = ClauseLabels.KindOf(label) == Documents.FlagKind.Protective ? _options.ProtectivePrecisionFloor : (double?)null;
        if (_options.ThresholdsOn == ThresholdRows.Balanced && !protective && pooledReal.Where((r, i) => r && pooledTruth[i]).Any())
        {
            // Calibration stays on every row; the threshold weighs the real rows' F1 equally with the whole corpus's.
            return new(platt, ThresholdChooser.Choose([.. oof.Where((_, i) => heldOut[i])], [.. oof.Where((_, i) => pooledReal[i])], null, _options.ThresholdPlateau), oof);
        }

        return new(platt, ThresholdChooser.Choose([.. oof.Where((_, i) => usable[i])], floor, _options.ThresholdPlateau), oof);
    }

    /// <summary>Per-row training weight and whether the row comes from a real labelled set.</summary>
    private sealed record RowInfo(float[] Weights, bool[] Real);

    private RowInfo RowsOf(IReadOnlyList<LabelledClause> clauses) => new(
        [.. clauses.Select(c => c.Reviewed ? _options.ReviewedRowWeight : c.Weight ?? (c.IsReal ? _options.RealRowWeight : 1f))],
        [.. clauses.Select(c => c.IsReal)]);

    /// <summary>
    /// Pooled metrics over several deals, with the counts brought back to one pass over the corpus
    /// (averaged and rounded) so the manifest's positives match the corpus; rates are unchanged.
    /// </summary>
    private static MetricSet PerDeal(MetricSet pooled, int deals) =>
        deals == 1 ? pooled : pooled with
        {
            Positives = pooled.Positives / deals,
            Predicted = (int)Math.Round(pooled.Predicted / (double)deals, MidpointRounding.AwayFromZero),
            TruePositives = (int)Math.Round(pooled.TruePositives / (double)deals, MidpointRounding.AwayFromZero),
        };

    /// <summary>Out-of-fold margins of each text scored whole, and of its best unit (the text or one of its sentences; the whole text when <paramref name="sentences"/> is null).</summary>
    private (double[] Whole, double[] Best) CrossValidatedMargins(MLContext ml, int dimension, ClauseFeatures[] features, ClauseFeatures[][]? sentences, bool[] truth, float[] weights, int[] folds)
    {
        var margins = new double[features.Length];
        var best = new double[features.Length];
        for (var k = 0; k < _options.Folds; k++)
        {
            var fold = k;
            var (transformer, _) = Fit(ml, dimension, features, truth, weights, i => folds[i] != fold);
            var linear = transformer.Model.SubModel;
            var model = new LabelModel("cv", [.. linear.Weights], linear.Bias, new PlattParameters(-1, 0), 0.5);
            for (var i = 0; i < features.Length; i++)
            {
                if (folds[i] == fold)
                {
                    margins[i] = model.Margin(features[i]);
                    best[i] = sentences is null || sentences[i].Length == 0 ? margins[i] : Math.Max(margins[i], sentences[i].Max(model.Margin));
                }
            }
        }

        return (margins, best);
    }

    private (BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Transformer, DataViewSchema Schema) Fit(
        MLContext ml, int dimension, ClauseFeatures[] features, bool[] truth, float[]? weights, Func<int, bool>? include)
    {
        var rows = new List<FeatureRow>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            if (include is null || include(i))
            {
                var values = features[i].Values;
                rows.Add(new FeatureRow { Label = truth[i], Weight = weights?[i] ?? 1f, Features = new VBuffer<float>(dimension, values.Length, values, features[i].Indices) });
            }
        }

        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            NumberOfThreads = 1,
            L1Regularization = _options.L1Regularization,
            L2Regularization = _options.L2Regularization,
            OptimizationTolerance = 1e-6f,
            MaximumNumberOfIterations = 200,
        });
        return (trainer.Fit(data), data.Schema);
    }

    private sealed class FeatureRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

}
