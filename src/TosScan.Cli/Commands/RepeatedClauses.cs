using TosScan.Classification;

namespace TosScan.Cli.Commands;

/// <summary>
/// The results of the texts one <c>classify</c> run has already classified, so that a clause that
/// comes back is classified once. Real documents repeat themselves: a family of products shares its
/// policies word for word, and headings, link texts and boilerplate recur across providers (4,776 of
/// the 20,032 clauses of the 44 documents under shared/realdocs/current repeat an earlier one). The
/// classifier is deterministic, so a repeat gets exactly the result the first occurrence got. Owned by
/// one run and used from one thread; bounded by <see cref="Capacity"/> texts, after which new texts
/// are classified as before but no longer remembered.
/// </summary>
internal sealed class RepeatedClauses
{
    /// <summary>Texts remembered by default: a few tens of megabytes at most, far more than one provider list gives.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly IClauseClassifier _classifier;
    private readonly Dictionary<string, ClauseClassification> _seen = new(StringComparer.Ordinal);

    public RepeatedClauses(IClauseClassifier classifier, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _classifier = classifier;
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Texts that were answered from an earlier result rather than classified again.</summary>
    public long Repeats { get; private set; }

    /// <summary>The results for <paramref name="texts"/>, in order; only texts not seen before reach the classifier, once each.</summary>
    public IReadOnlyList<ClauseClassification> ClassifyAll(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var fresh = new List<string>();
        var freshIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (!_seen.ContainsKey(text) && freshIndex.TryAdd(text, fresh.Count))
            {
                fresh.Add(text);
            }
        }

        var classified = fresh.Count == 0 ? [] : _classifier.ClassifyAll(fresh);
        var results = new ClauseClassification[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            results[i] = _seen.TryGetValue(texts[i], out var earlier) ? earlier : classified[freshIndex[texts[i]]];
        }

        Repeats += texts.Count - fresh.Count;
        for (var f = 0; f < fresh.Count && _seen.Count < Capacity; f++)
        {
            _seen[fresh[f]] = classified[f];
        }

        return results;
    }
}
