namespace TosScan.Diffing;

/// <summary>
/// What changed between two versions of a document: clauses added, removed and changed, and the
/// flags that appeared or disappeared. Lists are in document order (removed: old order; added and
/// changed: new order).
/// </summary>
/// <param name="Old">The older version.</param>
/// <param name="New">The newer version.</param>
/// <param name="Added">Clauses only in the new version.</param>
/// <param name="Removed">Clauses only in the old version.</param>
/// <param name="Changed">Clauses reworded between the versions (similar, not identical).</param>
/// <param name="UnchangedCount">Clauses whose normalised text is the same in both.</param>
/// <param name="FlagsAppeared">Labels on the new version that the aligned old clause (if any) lacked.</param>
/// <param name="FlagsDisappeared">Labels on the old version that the aligned new clause (if any) lacks.</param>
public sealed record DocumentDiff(
    DiffSide Old,
    DiffSide New,
    IReadOnlyList<DiffClause> Added,
    IReadOnlyList<DiffClause> Removed,
    IReadOnlyList<ChangedClause> Changed,
    int UnchangedCount,
    IReadOnlyList<FlagChange> FlagsAppeared,
    IReadOnlyList<FlagChange> FlagsDisappeared)
{
    /// <summary>
    /// True when the two versions are in different detected languages (e.g. a German and an English
    /// version of the same terms). The flags are then not comparable: the models read English only,
    /// so flags "appearing" say nothing about what the provider changed.
    /// </summary>
    public bool LanguageChanged => !string.Equals(Old.Language, New.Language, StringComparison.Ordinal);

    /// <summary>True when neither a clause nor a flag changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0
        && FlagsAppeared.Count == 0 && FlagsDisappeared.Count == 0;
}

/// <summary>One side of a diff: where the version came from and how much it holds.</summary>
/// <param name="Provider">Provider name.</param>
/// <param name="Type">Document type wire name (<c>terms_of_service</c>, ...).</param>
/// <param name="Location">URL or path it was read from.</param>
/// <param name="RetrievedAt">When it was read (UTC).</param>
/// <param name="Sha256">SHA-256 of the raw bytes.</param>
/// <param name="ClauseCount">Number of clauses.</param>
/// <param name="FlagCount">Number of flags.</param>
/// <param name="Provenance">What produced the analysis (stage name -> version, e.g. <c>model</c>), so a flag
/// change on unchanged words can be traced to a model change.</param>
/// <param name="Language">Detected language (ISO 639-1), or null when it could not be told.</param>
/// <param name="NotChecked">"not checked (language xx)" when the classifier did not read this version; its flags then mean nothing.</param>
public sealed record DiffSide(
    string Provider,
    string Type,
    string Location,
    DateTimeOffset RetrievedAt,
    string Sha256,
    int ClauseCount,
    int FlagCount,
    IReadOnlyDictionary<string, string> Provenance,
    string? Language = null,
    string? NotChecked = null);

/// <summary>A clause as a diff shows it.</summary>
/// <param name="Index">Index in its document's clause list.</param>
/// <param name="Text">The clause's words.</param>
/// <param name="Section">Heading of the section it is in, or null for the preamble.</param>
/// <param name="Labels">Labels flagged on it, sorted.</param>
public sealed record DiffClause(int Index, string Text, string? Section, IReadOnlyList<string> Labels);

/// <summary>A clause present in both versions with different words.</summary>
/// <param name="Old">The clause in the old version.</param>
/// <param name="New">The clause in the new version.</param>
/// <param name="Similarity">Token Jaccard similarity in [0.5, 1] (1 when only punctuation or numbering differs).</param>
public sealed record ChangedClause(DiffClause Old, DiffClause New, double Similarity);

/// <summary>Why a flag appeared or disappeared.</summary>
public enum FlagChangeCause
{
    /// <summary>The clause carrying it was added or removed.</summary>
    ClauseAddedOrRemoved,

    /// <summary>The clause was reworded and the label came or went with the new words.</summary>
    ClauseChanged,

    /// <summary>The clause's words are the same; the flagging (model or threshold) changed.</summary>
    SameClause,
}

/// <summary>A label that appeared on, or disappeared from, a clause.</summary>
/// <param name="Label">The LABELS.md name.</param>
/// <param name="Cause">Why.</param>
/// <param name="OldClause">The clause in the old version, when there is one.</param>
/// <param name="NewClause">The clause in the new version, when there is one.</param>
public sealed record FlagChange(string Label, FlagChangeCause Cause, DiffClause? OldClause, DiffClause? NewClause);
