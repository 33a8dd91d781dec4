using System.Globalization;
using TosScan.Reporting.Scorecards;

namespace TosScan.Reporting.Reports;

/// <summary>Culture-invariant formatting shared by the report files, so every file shows a figure the same way.</summary>
internal static class ReportText
{
    /// <summary>
    /// The classifier models behind the flags. Documents that were not classified (not English)
    /// record the model "none"; listed beside a real model it read as "model clauses-..., none",
    /// as if "none" were a second model, so it is said in words instead.
    /// </summary>
    public static string Models(IReadOnlyList<string> modelVersions)
    {
        var models = modelVersions.Where(v => v != Scorecards.ScorecardBuilder.NoModel).ToList();
        var unclassified = models.Count < modelVersions.Count;
        return (models.Count, unclassified) switch
        {
            (0, _) => "none (no document was classified)",
            (_, true) => string.Join(", ", models) + " (some documents not classified: not in English)",
            _ => string.Join(", ", models),
        };
    }

    public static string Number(double? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>To the tick, for the reproduce-with cut-off: seconds would drop a version retrieved within the same second.</summary>
    public static string ExactTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? value) => value is { } v ? Time(v) : string.Empty;

    /// <summary>Risk flags per 1,000 words, or empty for an empty text.</summary>
    public static string PerThousandWords(int flags, int words) =>
        words == 0 ? string.Empty : Number(flags * 1000.0 / words, "0.00");

    /// <summary>
    /// Set when none of the provider's analysed documents was checked by a classifier: its counts
    /// are then shown as this text, never as 0.
    /// </summary>
    public static string? CountsNotChecked(ProviderScorecard provider) =>
        provider.NotChecked is not null && provider.Documents.Where(d => d.Problem is null).All(d => d.NotChecked is not null)
            ? provider.NotChecked
            : null;

    /// <summary>Words of the provider's documents a classifier read: what its flag density is over.</summary>
    public static int CheckedWords(ProviderScorecard provider) =>
        provider.Words - provider.Documents.Where(d => d.Problem is null && d.NotChecked is not null).Sum(d => d.Words);

    /// <summary>Set when some, not all, of the provider's documents were left unchecked: which ones.</summary>
    public static string? PartlyNotChecked(ProviderScorecard provider) =>
        CountsNotChecked(provider) is null ? provider.NotChecked : null;

    /// <summary>"61.3 [54.5-75.8]": the score and, under grade-rule v2, its interval; empty without a grade.</summary>
    public static string ScoreWithInterval(Grade? grade) =>
        grade?.Interval is { } i ? Number(grade.Score) + " [" + Number(i.Low) + "-" + Number(i.High) + "]" : Number(grade?.Score);

    /// <summary>
    /// "terms_of_service B (B-C) (78.1); privacy_policy D (D-E) (45.2)": the provider's grade pools its
    /// documents' flags, and their own grades show where each part of it comes from.
    /// </summary>
    public static string DocumentGrades(ProviderScorecard provider) =>
        string.Join("; ", provider.Documents.Select(d =>
            d.Citation.DocumentType + " " + (d.Grade is null ? "not graded" : d.Grade.Display + " (" + Number(d.Grade.Score) + ")")));

    public static string Signed(double points) =>
        points.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);

    /// <summary>Cuts long clause text for tables, at a word boundary, marking the cut.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
