using System.Collections.Frozen;
using System.Text;
using TosScan.Documents;

namespace TosScan.Classification.Features;

/// <summary>
/// Maps text to the model's feature vector: word stems and stem bigrams from the training
/// vocabulary (negated words carry a <c>!</c> prefix, so "not sell" and "sell" are different
/// features), followed by two slots per linguistic rule (affirmed, negated). Function words on their
/// own are left out, and the n-gram part is scaled to unit length: otherwise a long clause collects
/// weight from "to", "in" and "including" simply by being long. Rule features keep the value 1.
/// Immutable, so one instance serves every thread.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly FrozenDictionary<string, int> _ngrams;
    private readonly IReadOnlyList<LinguisticRule> _rules;

    private readonly (int Offset, int[][] Groups)[] _combinations;
    private readonly (int Offset, int[] Rules)[] _absences;
    private readonly Lazy<string> _fingerprint;

    // Ascending (rules are laid out in order), which WithParagraphContext's merge relies on.
    private readonly int[] _contextFeatures;

    public FeatureSpace(IReadOnlyList<string> vocabulary, IReadOnlyList<LinguisticRule> rules, IReadOnlyList<RuleCombination> combinations, IReadOnlyList<RuleAbsence> absences)
    {
        ArgumentNullException.ThrowIfNull(absences);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(combinations);
        Vocabulary = vocabulary;
        _ngrams = vocabulary.Select((n, i) => KeyValuePair.Create(n, i)).ToFrozenDictionary(StringComparer.Ordinal);
        // Copies: the layout and the fingerprint must not move if a caller changes its lists later.
        _rules = [.. rules];
        Combinations = [.. combinations];
        RuleOffset = vocabulary.Count;
        CombinationOffset = RuleOffset + (2 * rules.Count);
        var ruleIndex = rules.Select((r, i) => (r.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        _combinations = [.. combinations.Select((c, i) => (CombinationOffset + i, c.Groups.Select(g => g.Select(n => ruleIndex.TryGetValue(n, out var r)
            ? RuleOffset + (2 * r)
            : throw new ArgumentException($"Combination '{c.Name}' names unknown rule '{n}'.", nameof(combinations))).ToArray()).ToArray()))];
        AbsenceOffset = CombinationOffset + combinations.Count;
        Absences = [.. absences];
        _absences = [.. absences.Select((a, i) => (AbsenceOffset + i, a.Rules.Select(n => ruleIndex.TryGetValue(n, out var r)
            ? RuleOffset + (2 * r)
            : throw new ArgumentException($"Absence feature '{a.Name}' names unknown rule '{n}'.", nameof(absences))).ToArray()))];
        Dimension = AbsenceOffset + absences.Count;
        _contextFeatures = [.. rules.Select((r, i) => (r, i)).Where(x => x.r.ParagraphContext)
            .SelectMany(x => new[] { RuleOffset + (2 * x.i), RuleOffset + (2 * x.i) + 1 }),
            .. combinations.Select((c, i) => (c, i)).Where(x => x.c.ParagraphContext).Select(x => CombinationOffset + x.i)];
        _fingerprint = new Lazy<string>(ComputeFingerprint);
    }

    private string ComputeFingerprint()
    {
        var text = new StringBuilder().Append("text ").Append(TextRevision).Append('\n');
        foreach (var rule in _rules)
        {
            text.Append(rule.Name).Append('|').Append(rule.Pattern).Append('|').Append(rule.Pattern.Options)
                .Append('|').Append(rule.SplitOnNegation).Append('|').Append(rule.ParagraphContext).Append('\n');
        }

        foreach (var combination in Combinations)
        {
            text.Append(combination.Name).Append('|').AppendJoin(';', combination.Groups.Select(g => string.Join(',', g)))
                .Append('|').Append(combination.ParagraphContext).Append('\n');
        }

        foreach (var absence in Absences)
        {
            text.Append(absence.Name).Append('|').AppendJoin(',', absence.Rules).Append('\n');
        }

        return Hashing.Sha256Hex(text.ToString())[..12];
    }

    public IReadOnlyList<RuleAbsence> Absences { get; }

    /// <summary>Index of the first absence feature; absence features have no span to show as evidence.</summary>
    public int AbsenceOffset { get; }

    public IReadOnlyList<RuleCombination> Combinations { get; }

    public int CombinationOffset { get; }

    /// <summary>
    /// Raise when the tokenizer (negation scope, stemming) or the typographic folding changes the
    /// features a text gets; the rules' patterns are hashed themselves. 2: note marks glued to a word
    /// ("Partners[2]") are folded away (fifteenth round of issue 12). 3: quotation marks no longer
    /// close a negation scope (seventeenth round).
    /// </summary>
    internal const int TextRevision = 3;

    /// <summary>
    /// A short hash of the code that turns text into features: every rule's name, pattern and flags,
    /// the conjunctions and absence features, and <see cref="TextRevision"/>. The same model files read
    /// by different rules give different flags, so the model version a report cites includes it.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>The feature names after the n-grams, in order, as the manifest records them.</summary>
    public IReadOnlyList<string> RuleFeatureNames => [.. _rules.Select(r => r.Name), .. Combinations.Select(c => c.Name), .. Absences.Select(a => a.Name)];

    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyList<LinguisticRule> Rules => _rules;

    public int RuleOffset { get; }

    public int Dimension { get; }

    /// <summary>The readable name of a feature, for the manifest and debugging.</summary>
    public string NameOf(int feature) =>
        feature < RuleOffset ? Vocabulary[feature]
        : feature >= Dimension ? FormattableString.Invariant($"embedding[{feature - Dimension}]")
        : feature >= AbsenceOffset ? Absences[feature - AbsenceOffset].Name
        : feature >= CombinationOffset ? Combinations[feature - CombinationOffset].Name
        : _rules[(feature - RuleOffset) / 2].Name + (((feature - RuleOffset) % 2) == 1 ? ":negated" : string.Empty);

    /// <summary>The gloss of a rule or combination feature, or null for an n-gram or a negated rule.</summary>
    public string? GlossOf(int feature) =>
        feature < RuleOffset || feature >= AbsenceOffset ? null
        : feature >= CombinationOffset ? Combinations[feature - CombinationOffset].Gloss
        : ((feature - RuleOffset) % 2) == 1 ? null
        : _rules[(feature - RuleOffset) / 2].Gloss;

    public bool IsNGram(int feature) => feature < RuleOffset;

    public ClauseFeatures Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Features are read from the folded text (curly apostrophes, dashes, odd spaces, soft hyphens);
        // evidence spans are mapped back so they point into the text as given.
        var normalized = TosScan.Text.TypographicNormalizer.Normalize(text);
        var features = ExtractNormalized(normalized.Text);
        if (normalized.Map is null)
        {
            return features;
        }

        var hits = features.Hits
            .Select(h => h.End > h.Start ? h with { Start = normalized.OriginalStart(h.Start), End = normalized.OriginalEnd(h.End) } : h)
            .ToArray();
        return new ClauseFeatures(features.Indices, features.Values, hits);
    }

    private ClauseFeatures ExtractNormalized(string text)
    {
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

        foreach (var (offset, groups) in _combinations)
        {
            // The evidence of a combination is the hit of its first group (the verb or the grant).
            FeatureHit first = default;
            var all = true;
            for (var g = 0; g < groups.Length; g++)
            {
                var found = false;
                foreach (var member in groups[g])
                {
                    if (hits.TryGetValue(member, out var hit))
                    {
                        first = g == 0 ? hit : first;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                hits[offset] = new FeatureHit(offset, first.Start, first.End);
            }
        }

        foreach (var (offset, absent) in _absences)
        {
            if (!absent.Any(r => hits.ContainsKey(r) || hits.ContainsKey(r + 1)))
            {
                hits[offset] = new FeatureHit(offset, 0, 0);
            }
        }

        var indices = hits.Keys.ToArray();
        Array.Sort(indices);
        var ordered = new FeatureHit[indices.Length];
        var values = new float[indices.Length];
        var ngramCount = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            ordered[i] = hits[indices[i]];
            ngramCount += indices[i] < RuleOffset ? 1 : 0;
        }

        var ngramValue = ngramCount == 0 ? 0f : 1f / MathF.Sqrt(ngramCount);
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = indices[i] < RuleOffset ? ngramValue : 1f;
        }

        return new ClauseFeatures(indices, values, ordered);
    }

    /// <summary>
    /// A sentence's features plus the paragraph-context rule features its paragraph has and it lacks.
    /// Inherited features carry an empty span, so they never become evidence for the sentence.
    /// </summary>
    public ClauseFeatures WithParagraphContext(ClauseFeatures sentence, ClauseFeatures paragraph)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(paragraph);
        List<int>? inherited = null;
        foreach (var feature in _contextFeatures)
        {
            if (Array.BinarySearch(paragraph.Indices, feature) >= 0 && Array.BinarySearch(sentence.Indices, feature) < 0)
            {
                (inherited ??= []).Add(feature);
            }
        }

        if (inherited is null)
        {
            return sentence;
        }

        var count = sentence.Indices.Length + inherited.Count;
        var indices = new int[count];
        var values = new float[count];
        var hits = new FeatureHit[count];
        int s = 0, c = 0;
        for (var i = 0; i < count; i++)
        {
            if (c >= inherited.Count || (s < sentence.Indices.Length && sentence.Indices[s] < inherited[c]))
            {
                indices[i] = sentence.Indices[s];
                values[i] = sentence.Values[s];
                hits[i] = sentence.Hits[s];
                s++;
            }
            else
            {
                indices[i] = inherited[c];
                values[i] = 1f;
                hits[i] = new FeatureHit(inherited[c], 0, 0);
                c++;
            }
        }

        return new ClauseFeatures(indices, values, hits);
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
            var functionWord = FunctionWords.Contains(token.Stem);
            if (!functionWord)
            {
                yield return (unigram, token.Start, token.End);
            }

            if (i + 1 < tokens.Count)
            {
                var next = tokens[i + 1];
                if (!functionWord || !FunctionWords.Contains(next.Stem))
                {
                    builder.Clear().Append(unigram).Append(' ').Append(Spell(next));
                    yield return (builder.ToString(), token.Start, next.End);
                }
            }
        }
    }

    /// <summary>Words that say nothing about a topic by themselves (stems, as the tokenizer spells them).</summary>
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "to", "in", "of", "and", "or", "for", "on", "by", "at", "as", "with", "from", "into", "be", "is", "are",
        "was", "were", "been", "that", "this", "these", "those", "thi", "it", "its", "it'", "which", "who", "whom", "such", "any", "all",
        "each", "other", "also", "includ", "shall", "will", "may", "can", "would", "could", "should", "must", "you", "your", "we",
        "our", "us", "their", "they", "them", "he", "she", "his", "her", "if", "so", "than", "then", "there", "here", "hereby",
        "herein", "thereof", "whether", "about", "under", "upon", "out", "up", "do", "doe", "has", "have", "had",
        "not", "i", "ii", "iii", "b", "c", "d", "e",
    ], StringComparer.Ordinal);

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
