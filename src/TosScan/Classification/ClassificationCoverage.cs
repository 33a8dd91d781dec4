namespace TosScan.Classification;

/// <summary>
/// Which languages the classifier's models read, and the words every output uses for a document
/// they did not read: "not checked (language fr)", never "0 flags", which would read as clean.
/// </summary>
public static class ClassificationCoverage
{
    /// <summary>The models learnt English wording only.</summary>
    public const string ModelLanguage = "en";

    /// <summary>True when the models read <paramref name="language"/>; an unknown language (no language stage) is tried.</summary>
    public static bool Covers(string? language) =>
        language is null || string.Equals(language, ModelLanguage, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "not checked (language xx)" for a result the classifier skipped because of its language (no
    /// model recorded in its provenance), else null.
    /// </summary>
    public static string? NotCheckedFor(string? language, IReadOnlyDictionary<string, string> provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return !Covers(language) && !provenance.ContainsKey("model") ? NotChecked(language) : null;
    }

    /// <summary>What to show instead of flag counts for a document in <paramref name="language"/>.</summary>
    public static string NotChecked(string? language) =>
        language is null ? "not checked" : "not checked (language " + language + ")";
}
