using System.Globalization;
using TosScan.Storage;

namespace TosScan.Review.Queue;

/// <summary>One flag in the review queue, with its clause in context.</summary>
/// <param name="Card">The clause, its neighbours and all its flags.</param>
/// <param name="Flag">The flag to decide on.</param>
/// <param name="Judgements">Each reviewer's newest word on the flag, when anyone decided on it.</param>
/// <param name="Effect">What deciding it would do to the provider's grade, when the provider is graded.</param>
internal sealed record QueueItem(ReviewClauseCard Card, ReviewFlagRow Flag, FlagJudgements? Judgements, GradeEffect? Effect)
{
    public string Provider => Card.Provider;

    public string Label => Flag.Label;

    public double? Score => Flag.Machine?.Score;

    /// <summary>How far the score is from the label's threshold: the smaller, the less certain the model.</summary>
    public double? Distance => Flag.Machine is { } m ? Math.Abs(m.Score - m.Threshold) : null;

    public bool IsReviewed => Flag.Decision is not null;

    public bool IsConflict => Judgements?.Conflict == true;
}

/// <summary>
/// The provider's grade as it stands and as it would be if this flag stopped counting (rejected) or,
/// for a flag that no longer counts, counted again.
/// </summary>
/// <param name="Provider">Whose grade.</param>
/// <param name="Counted">True when the flag counts in the grade now.</param>
/// <param name="Letter">The grade now.</param>
/// <param name="Score">The points now.</param>
/// <param name="LetterOtherwise">The grade with the flag the other way.</param>
/// <param name="ScoreOtherwise">The points with the flag the other way.</param>
internal sealed record GradeEffect(string Provider, bool Counted, string Letter, double Score, string LetterOtherwise, double ScoreOtherwise)
{
    public bool ChangesLetter => Letter != LetterOtherwise;

    public double Points => Math.Abs(Score - ScoreOtherwise);

    public string Describe()
    {
        var change = ChangesLetter
            ? $"moves {Provider} from {Letter} to {LetterOtherwise}"
            : $"keeps {Provider} at {Letter}";
        return string.Create(CultureInfo.InvariantCulture, $"{(Counted ? "Rejecting" : "Restoring")} this flag {change} ({Score:0.##} to {ScoreOtherwise:0.##} points).");
    }
}
