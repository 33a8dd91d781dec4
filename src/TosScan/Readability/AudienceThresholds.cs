namespace TosScan.Readability;

/// <summary>
/// When a text suits one audience. The verdict is made on the Flesch-Kincaid grade: at or below
/// <see cref="SuitableMaxGrade"/> (and, when set, at or above <see cref="MinFleschReadingEase"/>) it
/// is suitable; up to <see cref="DifficultMaxGrade"/> difficult; above that very difficult.
/// See docs/readability.md for where each number comes from.
/// </summary>
/// <param name="Audience">Wire name: children, young_people, parents.</param>
/// <param name="AgeRange">The ages covered, e.g. "10-12".</param>
/// <param name="SuitableMaxGrade">Highest grade that is suitable.</param>
/// <param name="DifficultMaxGrade">Highest grade that is only difficult.</param>
/// <param name="MinFleschReadingEase">Lowest Flesch Reading Ease a suitable text may have; null for no such rule.</param>
/// <param name="WordsPerMinute">Reading rate for this audience's reading time.</param>
public sealed record AudienceThresholds(
    string Audience,
    string AgeRange,
    double SuitableMaxGrade,
    double DifficultMaxGrade,
    double? MinFleschReadingEase,
    double WordsPerMinute)
{
    /// <summary>
    /// children 10-12: suitable up to grade 5 (reading age 10, the youngest of the band), difficult up
    /// to grade 7 (reading age 12). young_people 13-17: suitable up to grade 8 (reading age 13), difficult
    /// up to grade 12 (reading age 17). parents: the plain-language target, Flesch-Kincaid at most 8 and
    /// Flesch Reading Ease at least 60; difficult up to grade 12 (end of secondary school).
    /// </summary>
    public static IReadOnlyList<AudienceThresholds> Defaults { get; } =
    [
        new("children", "10-12", 5, 7, null, 150),
        new("young_people", "13-17", 8, 12, null, 200),
        new("parents", "adult", 8, 12, 60, 238),
    ];

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Audience))
        {
            throw new ArgumentException("AudienceThresholds.Audience must be a name such as 'children'.", nameof(Audience));
        }

        if (double.IsNaN(SuitableMaxGrade) || double.IsNaN(DifficultMaxGrade) || DifficultMaxGrade < SuitableMaxGrade)
        {
            throw new ArgumentOutOfRangeException(nameof(DifficultMaxGrade), DifficultMaxGrade, $"AudienceThresholds '{Audience}': DifficultMaxGrade must be at least SuitableMaxGrade ({SuitableMaxGrade}).");
        }

        if (double.IsNaN(WordsPerMinute) || WordsPerMinute < 50 || WordsPerMinute > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(WordsPerMinute), WordsPerMinute, $"AudienceThresholds '{Audience}': WordsPerMinute must be between 50 and 1000.");
        }
    }

    /// <summary>The verdict for a text of this grade and reading ease.</summary>
    public AudienceSuitability Assess(double fleschKincaidGrade, double fleschReadingEase, int words)
    {
        var verdict = fleschKincaidGrade <= SuitableMaxGrade && (MinFleschReadingEase is null || fleschReadingEase >= MinFleschReadingEase)
            ? "suitable"
            : fleschKincaidGrade <= DifficultMaxGrade ? "difficult" : "very_difficult";
        return new AudienceSuitability(
            Audience,
            AgeRange,
            verdict,
            fleschKincaidGrade,
            fleschKincaidGrade + 5,
            SuitableMaxGrade,
            DifficultMaxGrade,
            MinFleschReadingEase,
            words / WordsPerMinute,
            WordsPerMinute);
    }
}
