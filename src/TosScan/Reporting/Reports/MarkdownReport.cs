using System.Text;
using TosScan.Reporting.Scorecards;
using static TosScan.Reporting.Reports.ReportText;

namespace TosScan.Reporting.Reports;

/// <summary><c>report.md</c>: the tables a draft report needs, ready to paste, with the grade rule and manifest.</summary>
internal static class MarkdownReport
{
    private const int ClauseTextLength = 220;

    /// <summary>Characters gathered before they are written out.</summary>
    private const int FlushAt = 1 << 16;

    public static string Write(ScanReport report)
    {
        using var text = new StringWriter();
        WriteAsync(report, text, CancellationToken.None).GetAwaiter().GetResult();
        return text.ToString();
    }

    /// <summary>Writes the report with the clause table row by row, so the clauses are never all in memory.</summary>
    public static async Task WriteAsync(ScanReport report, TextWriter output, CancellationToken cancellationToken)
    {
        var md = new StringBuilder();
        var m = report.Manifest;
        md.Append("# TosScan report\n\n");
        md.Append("Generated ").Append(Time(m.GeneratedAt)).Append(" by TosScan ").Append(MarkdownText.Cell(m.TosscanVersion))
          .Append(" · ").Append(MarkdownText.Cell(m.GradeRule))
          .Append(" · ").Append(m.AsOf is null ? "all stored versions" : "versions as of " + Time(m.AsOf))
          .Append(" · model ").Append(MarkdownText.Cell(ReportText.Models(m.ModelVersions)))
          .Append("\n\n");

        ProviderTable(md, report);
        DocumentTable(md, report);
        ReadabilityTable(md, report);
        await ClauseTableAsync(md, report, output, cancellationToken).ConfigureAwait(false);
        GradeSection(md, report);
        ManifestSection(md, report);
        await output.WriteAsync(md, cancellationToken).ConfigureAwait(false);
    }

    private static void ProviderTable(StringBuilder md, ScanReport report)
    {
        md.Append("## Provider scores\n\n");
        md.Append("| Provider | Grade | Score | Risk flags | Protective clauses | Words | Risk flags per 1,000 words | Flesch-Kincaid grade | Documents | Checked by a person |\n");
        md.Append("|---|:-:|--:|--:|--:|--:|--:|--:|---|---|\n");
        foreach (var p in report.Providers)
        {
            var notChecked = CountsNotChecked(p) is { } none ? MarkdownText.Cell(none) : null;
            md.Append("| ").Append(MarkdownText.Cell(p.Provider))
              .Append(" | ").Append(p.Grade?.Display ?? "not graded")
              .Append(" | ").Append(ScoreWithInterval(p.Grade))
              .Append(" | ").Append(notChecked ?? Number(p.RiskFlags))
              .Append(" | ").Append(notChecked ?? Number(p.ProtectiveClauses))
              .Append(" | ").Append(Number(p.Words))
              .Append(" | ").Append(notChecked is null ? PerThousandWords(p.RiskFlags, CheckedWords(p)) : string.Empty)
              .Append(" | ").Append(p.FleschKincaidGrade is null ? "not scored" : Number(p.FleschKincaidGrade, "0.0"))
              .Append(" | ").Append(MarkdownText.Cell(string.Join(", ", p.Documents.Select(d => d.Citation.DocumentType))));
            if (PartlyNotChecked(p) is { } some)
            {
                md.Append("; ").Append(MarkdownText.Cell(some));
            }

            md.Append(" | ").Append(MarkdownText.Cell(p.Review?.Describe() ?? "reviews not read"));
            md.Append(" |\n");
        }

        md.Append('\n');
    }

    private static void DocumentTable(StringBuilder md, ScanReport report)
    {
        md.Append("## Flags by document\n\n");
        md.Append("Effective counts (machine flags minus rejected plus reviewer-added); in brackets: machine / confirmed / rejected / added.\n\n");
        md.Append("| Provider | Document | Grade | ");
        foreach (var label in Labels.All)
        {
            md.Append(label).Append(" | ");
        }

        md.Append("Retrieved | Snapshot SHA-256 |\n|---|---|:-:|");
        md.Append(string.Concat(Enumerable.Repeat("--:|", Labels.All.Count)));
        md.Append("---|---|\n");
        foreach (var d in report.Providers.SelectMany(p => p.Documents))
        {
            md.Append("| ").Append(MarkdownText.Cell(d.Citation.Provider))
              .Append(" | ").Append(MarkdownText.Cell(d.Citation.DocumentType))
              .Append(" | ").Append(d.Grade?.Display ?? "not graded").Append(" | ");
            if (d.NotChecked is not null)
            {
                // One cell says it; the other label cells stay empty rather than show zeros.
                md.Append(MarkdownText.Cell(d.NotChecked)).Append(" | ").Append(string.Concat(Enumerable.Repeat(" | ", Labels.All.Count - 1)));
            }
            else
            {
                foreach (var label in Labels.All)
                {
                    var t = d.Labels.First(l => l.Label == label);
                    md.Append(Number(t.Effective)).Append(" (").Append(Number(t.Machine)).Append('/').Append(Number(t.Confirmed))
                      .Append('/').Append(Number(t.Rejected)).Append('/').Append(Number(t.Added)).Append(") | ");
                }
            }

            md.Append(Time(d.Citation.RetrievedAt)).Append(" | ").Append(MarkdownText.Cell(d.Citation.SnapshotSha256)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void ReadabilityTable(StringBuilder md, ScanReport report)
    {
        md.Append("## Readability and suitability\n\n");
        md.Append("| Provider | Document | Flesch-Kincaid grade | Reading ease | Reading time (min) | Children | Young people | Parents | Mode |\n");
        md.Append("|---|---|--:|--:|--:|---|---|---|---|\n");
        foreach (var d in report.Providers.SelectMany(p => p.Documents))
        {
            var r = d.Readability;
            md.Append("| ").Append(MarkdownText.Cell(d.Citation.Provider)).Append(" | ").Append(MarkdownText.Cell(d.Citation.DocumentType)).Append(" | ");
            if (!r.Scored)
            {
                md.Append(MarkdownText.Cell(r.NotScoredReason ?? "not scored")).Append(" | | | | | | |\n");
                continue;
            }

            // Another language has no Flesch-Kincaid grade: its own figures stand in the grade's cell.
            md.Append(r.LanguageFigures is { } figures ? MarkdownText.Cell(figures) : Number(r.FleschKincaidGrade, "0.0")).Append(" | ").Append(Number(r.FleschReadingEase, "0.0"))
              .Append(" | ").Append(Number(r.ReadingTimeMinutes, "0.0"))
              .Append(" | ").Append(Verdict(r, "children")).Append(" | ").Append(Verdict(r, "young_people")).Append(" | ").Append(Verdict(r, "parents"))
              .Append(" | ").Append(MarkdownText.Cell(r.Mode)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Verdict(ReadabilitySummary r, string audience) =>
        MarkdownText.Cell(r.Suitability.FirstOrDefault(s => s.Audience == audience)?.Verdict ?? (r.VerdictNote is null ? "n/a" : "no verdict for this language"));

    private static async Task ClauseTableAsync(StringBuilder md, ScanReport report, TextWriter output, CancellationToken cancellationToken)
    {
        md.Append("## Flagged clauses\n\n");
        var notChecked = report.Providers.SelectMany(p => p.Documents).Where(d => d.NotChecked is not null).ToList();
        foreach (var d in notChecked)
        {
            md.Append("- ").Append(MarkdownText.Cell(d.Citation.Provider)).Append(' ').Append(MarkdownText.Cell(d.Citation.DocumentType))
              .Append(": ").Append(MarkdownText.Cell(d.NotChecked)).Append('\n');
        }

        if (notChecked.Count > 0)
        {
            md.Append('\n');
        }

        if (report.Clauses.Count == 0)
        {
            md.Append(notChecked.Count == 0 ? "No clause was flagged.\n\n" : "No clause was flagged in the documents checked.\n\n");
            return;
        }

        md.Append("| Provider | Document | # | Label | Kind | Score | Review | Counts | Clause |\n");
        md.Append("|---|---|--:|---|---|--:|---|:-:|---|\n");
        foreach (var c in report.Clauses)
        {
            if (md.Length > FlushAt)
            {
                await output.WriteAsync(md, cancellationToken).ConfigureAwait(false);
                md.Clear();
            }

            md.Append("| ").Append(MarkdownText.Cell(c.Citation.Provider))
              .Append(" | ").Append(MarkdownText.Cell(c.Citation.DocumentType))
              .Append(" | ").Append(Number(c.ClauseIndex))
              .Append(" | ").Append(MarkdownText.Cell(c.Label))
              .Append(" | ").Append(c.Kind)
              .Append(" | ").Append(c.Machine ? Number(c.Score, "0.00") : "reviewer")
              .Append(" | ").Append(MarkdownText.Cell(c.Conflict is null ? c.Decision ?? "unreviewed" : $"{c.Decision} (reviewers disagree: {c.Conflict}; newest decision used)"))
              .Append(" | ").Append(c.Effective ? "yes" : "no")
              .Append(" | ").Append(MarkdownText.Cell(Shorten(c.Text, ClauseTextLength)))
              .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void GradeSection(StringBuilder md, ScanReport report)
    {
        md.Append("## How the grade is computed (").Append(MarkdownText.Cell(report.Manifest.GradeRule)).Append(")\n\n");
        md.Append(MarkdownText.Cell(report.Manifest.GradeRuleDescription)).Append("\n\n");
        foreach (var p in report.Providers.Where(p => p.Grade is not null))
        {
            md.Append("**").Append(MarkdownText.Cell(p.Provider)).Append(": ").Append(p.Grade!.Display).Append(", score ").Append(ScoreWithInterval(p.Grade)).Append("**\n\n");
            md.Append("- documents: ").Append(MarkdownText.Cell(DocumentGrades(p))).Append('\n');
            if (p.Grade.MergedDuplicates > 0)
            {
                md.Append("- near-identical flags counted once: ").Append(Number(p.Grade.MergedDuplicates)).Append(" merged\n");
            }

            md.Append("- start: 100\n");
            foreach (var step in p.Grade.Steps)
            {
                md.Append("- ").Append(MarkdownText.Cell(step.Reason)).Append(": ").Append(Signed(step.Points)).Append('\n');
            }

            md.Append('\n');
        }

        foreach (var d in report.Providers.SelectMany(p => p.Documents).Where(d => d.Grade is null))
        {
            md.Append("- ").Append(MarkdownText.Cell(d.Citation.Provider)).Append(' ').Append(MarkdownText.Cell(d.Citation.DocumentType))
              .Append(": ").Append(MarkdownText.Cell(d.NotGradedReason)).Append('\n');
        }

        md.Append('\n');
    }

    private static void ManifestSection(StringBuilder md, ScanReport report)
    {
        var m = report.Manifest;
        md.Append("## Run manifest\n\n");
        md.Append("- TosScan version: ").Append(MarkdownText.Cell(m.TosscanVersion)).Append('\n');
        md.Append("- Grade rule: ").Append(MarkdownText.Cell(m.GradeRule)).Append('\n');
        md.Append("- Model versions: ").Append(MarkdownText.Cell(ReportText.Models(m.ModelVersions))).Append('\n');
        md.Append("- Analysed by TosScan: ").Append(MarkdownText.Cell(m.AnalysisVersions.Count == 0 ? "n/a" : string.Join(", ", m.AnalysisVersions))).Append('\n');
        md.Append("- As of: ").Append(m.AsOf is null ? "all stored versions" : Time(m.AsOf)).Append('\n');
        md.Append("- Generated at: ").Append(Time(m.GeneratedAt)).Append('\n');
        md.Append("- Review decisions used: ").Append(Number(m.ReviewDecisions)).Append('\n');
        md.Append("- Inputs: ").Append(MarkdownText.Cell(m.Inputs.Count == 0 ? "n/a" : string.Join(", ", m.Inputs))).Append("\n\n");
        md.Append("| Provider | Document | Version id | Retrieved | Snapshot SHA-256 | Text SHA-256 | Analysed |\n");
        md.Append("|---|---|--:|---|---|---|:-:|\n");
        foreach (var d in m.Documents)
        {
            md.Append("| ").Append(MarkdownText.Cell(d.Provider)).Append(" | ").Append(MarkdownText.Cell(d.DocumentType))
              .Append(" | ").Append(Number(d.VersionId)).Append(" | ").Append(Time(d.RetrievedAt))
              .Append(" | ").Append(MarkdownText.Cell(d.SnapshotSha256)).Append(" | ").Append(MarkdownText.Cell(d.TextSha256)).Append(" | ").Append(d.Analysed ? "yes" : "no").Append(" |\n");
        }

        md.Append('\n');
        md.Append("To reproduce: `tosscan report --db <the database> --as-of ").Append(ExactTime(m.AsOf ?? m.GeneratedAt)).Append("`\n");
    }
}
