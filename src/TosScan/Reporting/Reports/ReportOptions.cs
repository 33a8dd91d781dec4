namespace TosScan.Reporting.Reports;

/// <summary>What <see cref="ReportWriter"/> writes and from which point in time. Validated once by <see cref="Validate"/>.</summary>
public sealed record ReportOptions
{
    /// <summary>Folder the report files go into (created when missing). Required.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Use the versions current at this instant and the review decisions made by then. Default null:
    /// the newest version of every document and every decision.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>
    /// Only these providers (exact names), e.g. the providers list a scan just ran. Default null:
    /// every provider in the store.
    /// </summary>
    public IReadOnlyCollection<string>? Providers { get; init; }

    /// <summary>What the report read, for the manifest (e.g. <c>db=/data/tosscan.db</c>). Default empty.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>
    /// The grade rule: <c>v2</c> (default) or <c>v1</c>, so a report cited under v1 can be reproduced.
    /// Every report names the rule it used.
    /// </summary>
    public string GradeRule { get; init; } = Scorecards.GradeRules.Default;

    public void Validate()
    {
        _ = Scorecards.GradeRules.Create(GradeRule);
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("ReportOptions.OutputDirectory is required.", nameof(OutputDirectory));
        }

        ArgumentNullException.ThrowIfNull(Inputs, nameof(Inputs));
    }
}
