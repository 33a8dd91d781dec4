namespace TosScan.Readability;

/// <summary>
/// Sums the counts of the sentence units of one scope (a document or a section): the counts, the
/// distinct difficult words and the Linsear Write sample of its first 100 words.
/// Not thread-safe: one accumulator per scope per analysis.
/// </summary>
internal sealed class TallyAccumulator
{
    /// <summary>Linsear Write reads the first 100 words.</summary>
    public const int LinsearWordLimit = 100;

    private readonly HashSet<string> _difficult = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _difficultLookup;
    private int _linsearWords;
    private int _linsearEasy;
    private int _linsearHard;
    private int _linsearUnits;
    private int _unitWords;

    public TallyAccumulator() => _difficultLookup = _difficult.GetAlternateLookup<ReadOnlySpan<char>>();

    public TallyCounts Counts { get; private set; }

    /// <summary>textstat's <c>difficult_words</c>: distinct words (as written) of 2+ syllables not on the Dale-Chall list.</summary>
    public int DistinctDifficultWords => _difficult.Count;

    /// <summary>Linsear Write sample where every unit counts as one sentence (structured mode).</summary>
    public LinsearSample Linsear => new(_linsearEasy, _linsearHard, _linsearUnits);

    /// <summary>Linsear Write words of the sample, with the sentence count supplied by the caller (textstat mode).</summary>
    public LinsearSample LinsearWith(int sentences) => new(_linsearEasy, _linsearHard, sentences);

    /// <summary>Number of words sampled so far for Linsear Write.</summary>
    public int LinsearWords => _linsearWords;

    public void BeginUnit() => _unitWords = 0;

    public void AddWord(ReadOnlySpan<char> word, int syllables, bool familiar)
    {
        if (!familiar && syllables >= 2)
        {
            _difficultLookup.Add(word);
        }

        if (_linsearWords < LinsearWordLimit)
        {
            _linsearWords++;
            if (syllables >= 3)
            {
                _linsearHard++;
            }
            else if (syllables > 0)
            {
                _linsearEasy++;
            }

            if (_unitWords == 0)
            {
                _linsearUnits++;
            }
        }

        _unitWords++;
    }

    public void AddCounts(TallyCounts counts) => Counts += counts;
}
