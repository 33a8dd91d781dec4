using System.Text;
using TosScan.Reporting.Scorecards;
using static TosScan.Reporting.Reports.ReportText;

namespace TosScan.Reporting.Reports;

/// <summary>
/// <c>report.html</c>: one self-contained file (inline CSS and SVG, no script, no external
/// resources) with the scores, the charts, each flagged clause highlighted in its paragraph with
/// its evidence marked, the grade explanations and the manifest. Crawled text is always escaped,
/// and a Content-Security-Policy forbids scripts as a second line of defence.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:90rem;padding:0 1rem;color:#1b1b1b}
        h1,h2,h3{line-height:1.2}table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:14px}
        th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.g{font-weight:bold;text-align:center}
        .gA{background:#d5f5e3}.gB{background:#e8f8d0}.gC{background:#fcf3cf}.gD{background:#fae5d3}.gE{background:#f5b7b1}
        .clause{border:1px solid #ddd;border-left:5px solid #888;border-radius:4px;padding:.5rem .75rem;margin:.75rem 0}
        .clause.risk{border-left-color:#b03a2e}.clause.protective{border-left-color:#1e8449}.clause.overruled{opacity:.7}
        .ctx{margin:.4rem 0 0;color:#444}.hl-risk{background:#fdedec;color:#000}.hl-protective{background:#e9f7ef;color:#000}
        mark{background:#f9e79f;padding:0 .1em}.badge{display:inline-block;border-radius:3px;padding:0 .4em;margin-right:.3em;font-size:13px;background:#eee}
        .badge.risk{background:#f5b7b1}.badge.protective{background:#abebc6}.badge.off{text-decoration:line-through}
        .meta{color:#555;font-size:13px;overflow-wrap:anywhere}td.meta{min-width:14rem}code{font-size:12px;word-break:break-all}svg{max-width:100%;height:auto}
        """;

    public static string Write(ScanReport report)
    {
        using var text = new StringWriter();
        WriteAsync(report, text, CancellationToken.None).GetAwaiter().GetResult();
        return text.ToString();
    }

    /// <summary>Writes the page provider by provider, so only one provider's section is in memory.</summary>
    public static async Task WriteAsync(ScanReport report, TextWriter output, CancellationToken cancellationToken)
    {
        var m = report.Manifest;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>TosScan report</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>TosScan report</h1>\n<p class=\"meta\">Generated ").Append(Time(m.GeneratedAt))
            .Append(" by TosScan ").Append(HtmlText.Encode(m.TosscanVersion))
            .Append(" · ").Append(HtmlText.Encode(m.GradeRule))
            .Append(" · ").Append(m.AsOf is null ? "all stored versions" : "versions as of " + Time(m.AsOf))
            .Append(" · model ").Append(HtmlText.Encode(ReportText.Models(m.ModelVersions)))
            .Append("</p>\n");

        ProviderTable(html, report);
        html.Append("<h2>Charts</h2>\n<figure>").Append(SvgCharts.Readability(report.Providers)).Append("</figure>\n");
        html.Append("<figure>").Append(SvgCharts.Flags(report.Providers)).Append("</figure>\n");
        foreach (var provider in report.Providers)
        {
            ProviderSection(html, provider, report.ClausesOf(provider.Provider));
            await output.WriteAsync(html, cancellationToken).ConfigureAwait(false);
            html.Clear();
        }

        html.Append("<h2>How the grade is computed (").Append(HtmlText.Encode(m.GradeRule)).Append(")</h2>\n<p>")
            .Append(HtmlText.Encode(m.GradeRuleDescription)).Append("</p>\n");
        Manifest(html, m);
        html.Append("</body>\n</html>\n");
        await output.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    private static void ProviderTable(StringBuilder html, ScanReport report)
    {
        html.Append("<h2>Provider scores</h2>\n<table>\n<tr><th>Provider</th><th>Grade</th><th>Score</th><th>Risk flags</th><th>Protective clauses</th><th>Words</th><th>Risk flags per 1,000 words</th><th>Flesch-Kincaid grade</th><th>Checked by a person</th></tr>\n");
        foreach (var p in report.Providers)
        {
            html.Append("<tr><td><a href=\"#").Append(Anchor(p.Provider)).Append("\">").Append(HtmlText.Encode(p.Provider)).Append("</a></td>");
            GradeCell(html, p.Grade, p.NotGradedReason);
            html.Append("<td class=\"n\">").Append(HtmlText.Encode(ScoreWithInterval(p.Grade))).Append("</td>");
            if (CountsNotChecked(p) is { } none)
            {
                // Zeros would read as a clean provider; nothing was looked for.
                html.Append("<td colspan=\"2\">").Append(HtmlText.Encode(none)).Append("</td><td class=\"n\">").Append(Number(p.Words)).Append("</td><td></td>");
            }
            else
            {
                html.Append("<td class=\"n\">").Append(Number(p.RiskFlags))
                    .Append("</td><td class=\"n\">").Append(Number(p.ProtectiveClauses)).Append("</td><td class=\"n\">").Append(Number(p.Words))
                    .Append("</td><td class=\"n\">").Append(PerThousandWords(p.RiskFlags, CheckedWords(p))).Append("</td>");
            }

            html.Append("<td class=\"n\">").Append(p.FleschKincaidGrade is null ? "not scored" : Number(p.FleschKincaidGrade, "0.0")).Append("</td>")
                .Append("<td class=\"review\">").Append(HtmlText.Encode(p.Review?.Describe() ?? "reviews not read")).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void ProviderSection(StringBuilder html, ProviderScorecard provider, IEnumerable<FlaggedClause> clauses)
    {
        html.Append("<section id=\"").Append(Anchor(provider.Provider)).Append("\">\n<h2>").Append(HtmlText.Encode(provider.Provider));
        if (provider.Grade is { } grade)
        {
            html.Append(": grade ").Append(HtmlText.Encode(grade.Display)).Append(", score ").Append(HtmlText.Encode(ScoreWithInterval(grade)));
        }

        html.Append("</h2>\n");
        if (provider.Review is { } review)
        {
            html.Append("<p class=\"review\">").Append(HtmlText.Encode(review.Describe())).Append("</p>\n");
        }

        if (provider.Grade is { } g)
        {
            html.Append("<ul>\n<li>documents: ").Append(HtmlText.Encode(DocumentGrades(provider))).Append("</li>\n");
            if (g.MergedDuplicates > 0)
            {
                html.Append("<li>near-identical flags counted once: ").Append(Number(g.MergedDuplicates)).Append(" merged</li>\n");
            }

            html.Append("<li>start: 100</li>\n");
            foreach (var step in g.Steps)
            {
                html.Append("<li>").Append(HtmlText.Encode(step.Reason)).Append(": ").Append(Signed(step.Points)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
        else
        {
            html.Append("<p>").Append(HtmlText.Encode(provider.NotGradedReason)).Append("</p>\n");
        }

        if (PartlyNotChecked(provider) is { } some)
        {
            html.Append("<p>Left out of the counts: ").Append(HtmlText.Encode(some)).Append("</p>\n");
        }

        html.Append("<table>\n<tr><th>Document</th><th>Grade</th>");
        foreach (var label in Labels.All)
        {
            // Spaces let the long label names wrap, so the table fits the page.
            html.Append("<th>").Append(label.Replace('_', ' ')).Append("</th>");
        }

        html.Append("<th>Flesch-Kincaid</th><th>Reading ease</th><th>Suitability</th><th>Source</th></tr>\n");
        foreach (var d in provider.Documents)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(d.Citation.DocumentType)).Append("</td>");
            GradeCell(html, d.Grade, d.NotGradedReason);
            if (d.NotChecked is not null)
            {
                html.Append("<td colspan=\"").Append(Number(Labels.All.Count)).Append("\">").Append(HtmlText.Encode(d.NotChecked)).Append("</td>");
            }
            else
            {
                foreach (var label in Labels.All)
                {
                    var t = d.Labels.First(l => l.Label == label);
                    html.Append("<td class=\"n\" title=\"machine ").Append(Number(t.Machine)).Append(", confirmed ").Append(Number(t.Confirmed))
                        .Append(", rejected ").Append(Number(t.Rejected)).Append(", added ").Append(Number(t.Added)).Append("\">").Append(Number(t.Effective)).Append("</td>");
                }
            }

            var r = d.Readability;
            html.Append("<td class=\"n\">").Append(!r.Scored ? "not scored" : r.LanguageFigures is { } figures ? HtmlText.Encode(figures) : Number(r.FleschKincaidGrade, "0.0"))
                .Append("</td><td class=\"n\">").Append(Number(r.FleschReadingEase, "0.0")).Append("</td><td>");
            html.Append(!r.Scored
                ? HtmlText.Encode(r.NotScoredReason)
                : r.Suitability.Count == 0 && r.VerdictNote is not null
                    ? HtmlText.Encode(r.VerdictNote)
                    : HtmlText.Encode(string.Join(", ", r.Suitability.Select(s => s.Audience + ": " + s.Verdict))));
            html.Append("</td><td class=\"meta\">").Append(HtmlText.Encode(d.Citation.Url)).Append("<br>retrieved ").Append(Time(d.Citation.RetrievedAt))
                .Append("<br>snapshot <code>").Append(HtmlText.Encode(d.Citation.SnapshotSha256)).Append("</code><br>TosScan ")
                .Append(HtmlText.Encode(d.Citation.TosscanVersion)).Append(", model ").Append(HtmlText.Encode(d.Citation.ModelVersion));
            if (d.Problem is not null)
            {
                html.Append("<br><strong>").Append(HtmlText.Encode(d.Problem)).Append("</strong>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");

        var mine = clauses
            .GroupBy(c => (c.Citation.VersionId, c.ClauseIndex))
            .ToList();
        if (mine.Count == 0)
        {
            html.Append(CountsNotChecked(provider) is not null
                ? "<p>No clause was looked at: the classifier did not read these documents.</p>\n</section>\n"
                : provider.NotChecked is not null ? "<p>No clause was flagged in the documents checked.</p>\n</section>\n" : "<p>No clause was flagged.</p>\n</section>\n");
            return;
        }

        html.Append("<h3>Flagged clauses</h3>\n");
        foreach (var group in mine)
        {
            ClauseBlock(html, [.. group]);
        }

        html.Append("</section>\n");
    }

    private static void ClauseBlock(StringBuilder html, List<FlaggedClause> labels)
    {
        var first = labels[0];
        var counted = labels.Where(l => l.Effective).ToList();
        var kind = counted.Any(l => l.Kind == Labels.Risk) ? "risk" : counted.Any(l => l.Kind == Labels.Protective) ? "protective" : "overruled";
        html.Append("<div class=\"clause ").Append(kind).Append("\">\n<div>");
        foreach (var l in labels)
        {
            html.Append("<span class=\"badge ").Append(l.Kind == Labels.Risk ? "risk" : l.Kind == Labels.Protective ? "protective" : "other")
                .Append(l.Effective ? string.Empty : " off").Append("\">").Append(HtmlText.Encode(l.Label));
            if (l.Machine)
            {
                html.Append(' ').Append(Number(l.Score, "0.00"));
            }

            if (l.Consent is not null)
            {
                html.Append(" · consent ").Append(HtmlText.Encode(l.Consent));
            }

            html.Append(" · ").Append(HtmlText.Encode(l.Decision ?? "unreviewed"));
            if (l.Reviewer is not null)
            {
                html.Append(" by ").Append(HtmlText.Encode(l.Reviewer));
            }

            if (l.Conflict is not null)
            {
                html.Append(" · <b class=\"conflict\">reviewers disagree (").Append(HtmlText.Encode(l.Conflict)).Append("): newest decision used</b>");
            }

            html.Append("</span>");
        }

        html.Append(" <span class=\"meta\">").Append(HtmlText.Encode(first.Citation.DocumentType)).Append(", clause ").Append(Number(first.ClauseIndex)).Append("</span></div>\n");
        html.Append("<p class=\"ctx\">")
            .Append(ClauseHighlighter.Render(first.Context, first.ContextStart, first.Start, first.End, labels.SelectMany(l => l.Evidence), kind == "protective" ? "hl-protective" : "hl-risk"))
            .Append("</p>\n");
        foreach (var reason in labels.Select(l => l.Reason).Concat(labels.Select(l => l.Note)).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal))
        {
            html.Append("<p class=\"meta\">").Append(HtmlText.Encode(reason)).Append("</p>\n");
        }

        html.Append("</div>\n");
    }

    private static void Manifest(StringBuilder html, RunManifest m)
    {
        html.Append("<h2>Run manifest</h2>\n<table>\n");
        Row(html, "TosScan version", m.TosscanVersion);
        Row(html, "Grade rule", m.GradeRule);
        Row(html, "Model versions", ReportText.Models(m.ModelVersions));
        Row(html, "Analysed by TosScan", m.AnalysisVersions.Count == 0 ? "n/a" : string.Join(", ", m.AnalysisVersions));
        Row(html, "As of", m.AsOf is null ? "all stored versions" : Time(m.AsOf));
        Row(html, "Generated at", Time(m.GeneratedAt));
        Row(html, "Review decisions used", Number(m.ReviewDecisions));
        Row(html, "Inputs", m.Inputs.Count == 0 ? "n/a" : string.Join(", ", m.Inputs));
        Row(html, "Reproduce with", "tosscan report --db <the database> --as-of " + ExactTime(m.AsOf ?? m.GeneratedAt));
        html.Append("</table>\n<table>\n<tr><th>Provider</th><th>Document</th><th>Version id</th><th>Retrieved</th><th>Snapshot SHA-256</th><th>Text SHA-256</th><th>Analysed</th></tr>\n");
        foreach (var d in m.Documents)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(d.Provider)).Append("</td><td>").Append(HtmlText.Encode(d.DocumentType))
                .Append("</td><td class=\"n\">").Append(Number(d.VersionId)).Append("</td><td>").Append(Time(d.RetrievedAt))
                .Append("</td><td><code>").Append(HtmlText.Encode(d.SnapshotSha256)).Append("</code></td><td><code>").Append(HtmlText.Encode(d.TextSha256))
                .Append("</code></td><td>").Append(d.Analysed ? "yes" : "no").Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(HtmlText.Encode(name)).Append("</th><td>").Append(HtmlText.Encode(value)).Append("</td></tr>\n");

    private static void GradeCell(StringBuilder html, Grade? grade, string? notGraded) =>
        html.Append("<td class=\"g").Append(grade is null ? string.Empty : " g" + grade.Letter).Append("\" title=\"").Append(HtmlText.Encode(notGraded ?? grade?.Rule))
            .Append("\">").Append(HtmlText.Encode(grade?.Display ?? "not graded")).Append("</td>");

    /// <summary>An id made only of safe characters, so a provider name cannot break out of the attribute.</summary>
    private static string Anchor(string provider) => "p-" + Files.FileNames.Slug(provider).ToLowerInvariant();
}
