using TosScan.Classification.Embeddings;
using TosScan.Classification.Features;
using TosScan.Classification.Models;
using TosScan.Documents;
using TosScan.Segmentation;
using TosScan.Text;

namespace TosScan.Classification;

/// <summary>
/// The classifier: features, six linear models, consent rules, evidence and reasons. A text is
/// scored whole and, when it has several sentences, sentence by sentence; each label keeps its best
/// unit, because a risky sentence in a long paragraph must not be diluted by the sentences around it.
/// A text of several sentences has several chances to cross a threshold, so it is judged by the
/// calibration and threshold fitted on such texts (<see cref="LabelModel.Paragraphs"/>) when the
/// models have one. Immutable after loading; thread-safe.
/// </summary>
internal sealed class ClauseClassifier : IClauseClassifier
{
    private readonly FeatureSpace _space;
    private readonly LabelModel[] _models;
    private readonly int _maxEvidence;
    private readonly int _optIn;
    private readonly int _optOut;
    private readonly SentenceSplitter _sentences = new(new SentenceSplitterOptions());
    private readonly EmbeddingLayer? _layer;
    private readonly double[] _maxShift;
    private long _units;
    private long _encoded;

    public string ModelVersion { get; init; } = "unversioned";

    public ClauseClassifier(FeatureSpace space, IReadOnlyList<LabelModel> models, int maxEvidence, EmbeddingLayer? layer = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(models);
        _space = space;
        _models = [.. models];
        _layer = layer;
        // The recorded bound is a quantile of the shifts seen in training; the geometric bound (weight
        // length times the longest possible centred vector) is exact but so loose that every text
        // would be encoded.
        _maxShift = [.. _models.Select(m => layer is null ? 0 : m.EmbeddingShift ?? layer.MaxShift(m.WeightNorm(layer.Offset)))];
        _maxEvidence = maxEvidence;
        _optIn = RuleFeature("con.opt_in");
        _optOut = RuleFeature("con.opt_out");
    }

    public IReadOnlyList<LabelModel> Models => _models;

    /// <summary>Units scored so far and how many of them the cascade sent to the sentence encoder.</summary>
    public (long Units, long Encoded) CascadeCounts => (Interlocked.Read(ref _units), Interlocked.Read(ref _encoded));

    internal FeatureSpace Space => _space;

    public ClauseClassification Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClassifyAll([text])[0];
    }

    /// <summary>
    /// Classifies many texts at once. The result is the same as one <see cref="Classify"/> per text,
    /// but the sentence encoder sees all the units that need a vector together, sorted by length into
    /// full batches, which is several times faster than encoding them one call at a time.
    /// </summary>
    public IReadOnlyList<ClauseClassification> ClassifyAll(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var units = texts.Select(UnitsOf).ToArray();
        if (_layer is not null)
        {
            AddSentenceVectors(texts, units, _layer);
        }

        return [.. texts.Select((t, i) => Decide(t, units[i]))];
    }

    /// <summary>The whole text and, when it has several sentences, each sentence, with their sparse features.</summary>
    private List<(TextSpan Span, ClauseFeatures Features)> UnitsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = _sentences.Split(text, new TextSpan(0, text.Length));
        var units = new List<(TextSpan Span, ClauseFeatures Features)>(sentences.Count + 1)
        {
            (new TextSpan(0, text.Length), _space.Extract(text)),
        };
        if (sentences.Count > 1)
        {
            var paragraph = units[0].Features;
            foreach (var sentence in sentences)
            {
                units.Add((sentence, _space.WithParagraphContext(_space.Extract(sentence.Slice(text)), paragraph)));
            }
        }

        return units;
    }

    private ClauseClassification Decide(string text, List<(TextSpan Span, ClauseFeatures Features)> units)
    {
        var scores = new Dictionary<string, double>(_models.Length, StringComparer.Ordinal);
        var findings = new List<LabelFinding>();
        var labels = new List<string>();
        var protective = new List<string>();
        string? consent = null;
        var severalSentences = units.Count > 1;
        foreach (var model in _models)
        {
            var platt = model.PlattFor(severalSentences);
            var threshold = model.ThresholdFor(severalSentences);
            var best = 0;
            var bestScore = double.NegativeInfinity;
            for (var u = 0; u < units.Count; u++)
            {
                var score = platt.Probability(model.Margin(units[u].Features));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = u;
                }
            }

            scores[model.Label] = Math.Round(bestScore, 4);
            if (bestScore < threshold)
            {
                continue;
            }

            var kind = ClauseLabels.KindOf(model.Label);
            (kind == FlagKind.Risk ? labels : protective).Add(model.Label);
            string? labelConsent = null;
            if (model.Label == ClauseLabels.ThirdPartyMarketing)
            {
                consent = labelConsent = ConsentOf(units[0].Features);
            }

            findings.Add(Explain(model, text, units[best].Span, units[best].Features, bestScore, threshold, labelConsent));
        }

        return new ClauseClassification(labels, protective, consent, scores, findings);
    }

    /// <summary>
    /// The cascade: a unit is encoded only when its sentence vector could still carry some label over
    /// its threshold, i.e. when the label's score somewhere within the vector's bounded shift of the
    /// sparse margin reaches the threshold. Every other unit keeps the centre vector (0): its score is
    /// the model's reading of an average clause with these words, and its labels are those of the
    /// full model unless its vector would move the margin further than the vectors of most training
    /// texts did (the manifest's quantile). Most clauses of a real document are far from every
    /// threshold, so most are never encoded.
    /// </summary>
    private void AddSentenceVectors(IReadOnlyList<string> texts, List<(TextSpan Span, ClauseFeatures Features)>[] units, EmbeddingLayer layer)
    {
        var needed = new List<(int Text, int Unit)>();
        for (var t = 0; t < units.Length; t++)
        {
            for (var u = 0; u < units[t].Count; u++)
            {
                if (CouldCross(units[t][u].Features, units[t].Count > 1))
                {
                    needed.Add((t, u));
                }
            }
        }

        Interlocked.Add(ref _units, units.Sum(u => (long)u.Count));
        Interlocked.Add(ref _encoded, needed.Count);
        if (needed.Count == 0)
        {
            return;
        }

        // The encoder reads the folded text, as the sparse features do, so typography alone never moves a score.
        var vectors = layer.Embedder.Embed([.. needed.Select(n => TypographicNormalizer.Normalize(units[n.Text][n.Unit].Span.Slice(texts[n.Text])).Text)], CancellationToken.None);
        for (var n = 0; n < needed.Count; n++)
        {
            var (t, u) = needed[n];
            units[t][u] = (units[t][u].Span, layer.Append(units[t][u].Features, vectors[n]));
        }
    }

    /// <summary>True when some label's score, anywhere within its vector's largest possible shift of the sparse margin, reaches the threshold.</summary>
    private bool CouldCross(ClauseFeatures sparse, bool severalSentences)
    {
        for (var m = 0; m < _models.Length; m++)
        {
            var margin = _models[m].Margin(sparse);
            var platt = _models[m].PlattFor(severalSentences);
            if (Math.Max(platt.Probability(margin + _maxShift[m]), platt.Probability(margin - _maxShift[m])) >= _models[m].ThresholdFor(severalSentences))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Consent named anywhere in the text: asking first beats a way out, which beats nothing.</summary>
    private string ConsentOf(ClauseFeatures features) =>
        Array.BinarySearch(features.Indices, _optIn) >= 0 ? ClauseLabels.OptIn
        : Array.BinarySearch(features.Indices, _optOut) >= 0 ? ClauseLabels.OptOut
        : ClauseLabels.NoConsent;

    private LabelFinding Explain(LabelModel model, string text, TextSpan unit, ClauseFeatures features, double score, double threshold, string? consent)
    {
        var supporting = features.Hits
            .Select((h, i) => (Hit: h, Weight: model.WeightOf(h.Feature) * features.Values[i]))
            .Where(x => x.Weight > 0 && x.Hit.End > x.Hit.Start)
            .OrderByDescending(x => x.Weight)
            .ThenBy(x => x.Hit.Start)
            .Take(_maxEvidence)
            .ToList();

        var evidence = supporting
            .Select(x => TextSpan.FromBounds(x.Hit.Start, x.Hit.End).Offset(unit.Start))
            .Distinct()
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Length)
            .Select(s => new EvidenceSpan(model.Label, s, s.Slice(text)))
            .ToList();

        // A reason names only rules of the label's own practice: a licence flagged "because of"
        // retention wording reads as a claim the clause does not make, even when a retention rule
        // happens to carry weight in the licence model.
        var family = FamilyOf(model.Label);
        var glosses = supporting
            .Where(x => !_space.IsNGram(x.Hit.Feature) && family.Any(f => _space.NameOf(x.Hit.Feature).StartsWith(f, StringComparison.Ordinal)))
            .Select(x => _space.GlossOf(x.Hit.Feature))
            .OfType<string>()
            .ToList();
        var topWording = supporting
            .Where(x => _space.IsNGram(x.Hit.Feature))
            .Select(x => text.Substring(unit.Start + x.Hit.Start, x.Hit.End - x.Hit.Start))
            .FirstOrDefault();
        var reason = ReasonWriter.Write(model.Label, glosses, topWording, consent);
        return new LabelFinding(model.Label, ClauseLabels.KindOf(model.Label), Math.Round(score, 4), threshold, evidence, reason, consent);
    }

    /// <summary>The rule-name prefixes of a label's practice.</summary>
    private static string[] FamilyOf(string label) => label switch
    {
        ClauseLabels.ContentOwnership or ClauseLabels.ProtectsOwnership => ["own."],
        ClauseLabels.IndefiniteRetention or ClauseLabels.BoundedRetention => ["ret."],
        _ => ["mkt.", "con."],
    };

    private int RuleFeature(string name)
    {
        for (var r = 0; r < _space.Rules.Count; r++)
        {
            if (_space.Rules[r].Name == name)
            {
                return _space.RuleOffset + (2 * r);
            }
        }

        throw new InvalidOperationException($"Linguistic rule '{name}' is missing.");
    }
}
