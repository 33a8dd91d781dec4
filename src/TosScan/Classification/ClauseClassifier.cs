using TosScan.Classification.Features;
using TosScan.Classification.Models;
using TosScan.Documents;
using TosScan.Segmentation;

namespace TosScan.Classification;

/// <summary>
/// The classifier: features, six linear models, consent rules, evidence and reasons. A text is
/// scored whole and, when it has several sentences, sentence by sentence; each label keeps its best
/// unit, because a risky sentence in a long paragraph must not be diluted by the sentences around it.
/// Immutable after loading; thread-safe.
/// </summary>
internal sealed class ClauseClassifier : IClauseClassifier
{
    private readonly FeatureSpace _space;
    private readonly LabelModel[] _models;
    private readonly int _maxEvidence;
    private readonly int _optIn;
    private readonly int _optOut;
    private readonly SentenceSplitter _sentences = new(new SentenceSplitterOptions());

    public string ModelVersion { get; init; } = "unversioned";

    public ClauseClassifier(FeatureSpace space, IReadOnlyList<LabelModel> models, int maxEvidence)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(models);
        _space = space;
        _models = [.. models];
        _maxEvidence = maxEvidence;
        _optIn = RuleFeature("con.opt_in");
        _optOut = RuleFeature("con.opt_out");
    }

    public IReadOnlyList<LabelModel> Models => _models;

    internal FeatureSpace Space => _space;

    public ClauseClassification Classify(string text)
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

        var scores = new Dictionary<string, double>(_models.Length, StringComparer.Ordinal);
        var findings = new List<LabelFinding>();
        var labels = new List<string>();
        var protective = new List<string>();
        string? consent = null;
        foreach (var model in _models)
        {
            var best = 0;
            var bestScore = double.NegativeInfinity;
            for (var u = 0; u < units.Count; u++)
            {
                var score = model.Score(units[u].Features);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = u;
                }
            }

            scores[model.Label] = Math.Round(bestScore, 4);
            if (bestScore < model.Threshold)
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

            findings.Add(Explain(model, text, units[best].Span, units[best].Features, bestScore, labelConsent));
        }

        return new ClauseClassification(labels, protective, consent, scores, findings);
    }

    /// <summary>Consent named anywhere in the text: asking first beats a way out, which beats nothing.</summary>
    private string ConsentOf(ClauseFeatures features) =>
        Array.BinarySearch(features.Indices, _optIn) >= 0 ? ClauseLabels.OptIn
        : Array.BinarySearch(features.Indices, _optOut) >= 0 ? ClauseLabels.OptOut
        : ClauseLabels.NoConsent;

    private LabelFinding Explain(LabelModel model, string text, TextSpan unit, ClauseFeatures features, double score, string? consent)
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

        var glosses = supporting
            .Select(x => _space.GlossOf(x.Hit.Feature))
            .OfType<string>()
            .ToList();
        var topWording = supporting
            .Where(x => _space.IsNGram(x.Hit.Feature))
            .Select(x => text.Substring(unit.Start + x.Hit.Start, x.Hit.End - x.Hit.Start))
            .FirstOrDefault();
        var reason = ReasonWriter.Write(model.Label, glosses, topWording, consent);
        return new LabelFinding(model.Label, ClauseLabels.KindOf(model.Label), Math.Round(score, 4), model.Threshold, evidence, reason, consent);
    }

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
