using System.Collections.Frozen;
using System.Text;

namespace TosScan.Classification.Features;

/// <summary>
/// Maps text to the model's feature vector: word stems and stem bigrams from the training
/// vocabulary (negated words carry a <c>!</c> prefix, so "not sell" and "sell" are different
/// features), followed by two slots per linguistic rule (affirmed, negated). Immutable, so one
/// instance serves every thread.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly FrozenDictionary<string, int> _ngrams;
    private readonly IReadOnlyList<LinguisticRule> _rules;

    public FeatureSpace(IReadOnlyList<string> vocabulary, IReadOnlyList<LinguisticRule> rules)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(rules);
        Vocabulary = vocabulary;
        _ngrams = vocabulary.Select((n, i) => KeyValuePair.Create(n, i)).ToFrozenDictionary(StringComparer.Ordinal);
        _rules = rules;
        RuleOffset = vocabulary.Count;
        Dimension = RuleOffset + (2 * rules.Count);
    }

    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyList<LinguisticRule> Rules => _rules;

    public int RuleOffset { get; }

    public int Dimension { get; }

    /// <summary>The readable name of a feature, for the manifest and debugging.</summary>
    public string NameOf(int feature) =>
        feature < RuleOffset ? Vocabulary[feature]
        : _rules[(feature - RuleOffset) / 2].Name + (((feature - RuleOffset) % 2) == 1 ? ":negated" : string.Empty);

    /// <summary>The rule behind a rule feature, or null for an n-gram feature.</summary>
    public LinguisticRule? RuleOf(int feature) => feature < RuleOffset ? null : _rules[(feature - RuleOffset) / 2];

    public bool IsNegatedRuleFeature(int feature) => feature >= RuleOffset && ((feature - RuleOffset) % 2) == 1;

    public ClauseFeatures Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ClauseTokenizer.Tokenize(text);
        var hits = new Dictionary<int, FeatureHit>();
        foreach (var gram in NGrams(tokens))
        {
            if (_ngrams.TryGetValue(gram.Text, out var index))
            {
                hits.TryAdd(index, new FeatureHit(index, gram.Start, gram.End));
            }
        }

        for (var r = 0; r < _rules.Count; r++)
        {
            var rule = _rules[r];
            foreach (var match in rule.Pattern.EnumerateMatches(text))
            {
                var negated = rule.SplitOnNegation && StartsNegated(tokens, match.Index);
                var feature = RuleOffset + (2 * r) + (negated ? 1 : 0);
                hits.TryAdd(feature, new FeatureHit(feature, match.Index, match.Index + match.Length));
            }
        }

        var indices = hits.Keys.ToArray();
        Array.Sort(indices);
        var ordered = new FeatureHit[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            ordered[i] = hits[indices[i]];
        }

        return new ClauseFeatures(indices, ordered);
    }

    /// <summary>The n-grams of a text as the vocabulary spells them (used to build the vocabulary).</summary>
    public static IEnumerable<(string Text, int Start, int End)> NGrams(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = new StringBuilder(32);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var unigram = Spell(token);
            yield return (unigram, token.Start, token.End);
            if (i + 1 < tokens.Count)
            {
                var next = tokens[i + 1];
                builder.Clear().Append(unigram).Append(' ').Append(Spell(next));
                yield return (builder.ToString(), token.Start, next.End);
            }
        }
    }

    private static string Spell(Token token) => token.Negated ? "!" + token.Stem : token.Stem;

    private static bool StartsNegated(List<Token> tokens, int offset)
    {
        // Binary search the token that starts at or after the match start.
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo < tokens.Count && tokens[lo].Negated;
    }
}
