using System.Text.Json;
using TosScan.Documents;
using TosScan.Pipeline;
using TosScan.Reporting;
using TosScan.Reporting.Reports;
using TosScan.Reporting.Scorecards;
using static TosScan.Tests.Reporting.ReportScenario;

namespace TosScan.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static async Task<(ReportResult Result, string Out)> WriteAsync(ReportScenario scenario, DateTimeOffset? asOf = null, string folder = "out", string gradeRule = "v2")
    {
        var output = scenario.Folder.File(folder);
        var writer = new ReportWriter(scenario.Store, scenario.Store, scenario.Time);
        var result = await writer.WriteAsync(new ReportOptions { OutputDirectory = output, AsOf = asOf, Inputs = ["db=scan.db"], GradeRule = gradeRule }, default);
        return (result, output);
    }

    [Fact]
    public async Task Every_report_file_is_written_and_report_json_carries_the_manifest()
    {
        await using var scenario = await CreateAsync();
        var (result, output) = await WriteAsync(scenario);

        Assert.Equal(
            [ReportFiles.Json, ReportFiles.ProviderScores, ReportFiles.Clauses, ReportFiles.Markdown, ReportFiles.Html],
            result.Files.Select(Path.GetFileName));
        Assert.All(result.Files, f => Assert.True(new FileInfo(f).Length > 200, f));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Json)));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        var manifest = root.GetProperty("manifest");
        Assert.Equal("grade-rule v2", manifest.GetProperty("grade_rule").GetString());
        Assert.Contains("per 1,000 words", manifest.GetProperty("grade_rule_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(TosScanVersion.Current, manifest.GetProperty("tosscan_version").GetString());
        Assert.Equal(T0.AddDays(3), manifest.GetProperty("generated_at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, manifest.GetProperty("as_of").ValueKind);
        Assert.Equal(["test-model 1.0"], manifest.GetProperty("model_versions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, manifest.GetProperty("review_decisions").GetInt32());
        Assert.Equal(3, manifest.GetProperty("documents").GetArrayLength());
        Assert.Equal(["db=scan.db"], manifest.GetProperty("inputs").EnumerateArray().Select(e => e.GetString()));

        var alphaTerms = root.GetProperty("providers")[0].GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("citation").GetProperty("document_type").GetString() == "terms_of_service");
        var citation = alphaTerms.GetProperty("citation");
        Assert.Equal(AlphaTermsV1().SnapshotSha256, citation.GetProperty("snapshot_sha256").GetString());
        Assert.Equal(AlphaTerms, citation.GetProperty("url").GetString());
        Assert.Equal(T0, citation.GetProperty("retrieved_at").GetDateTimeOffset());
        Assert.Equal("test-model 1.0", citation.GetProperty("model_version").GetString());
        Assert.Equal(TosScanVersion.Current, citation.GetProperty("tosscan_version").GetString());
        Assert.Equal(result.Report.Clauses.Count, root.GetProperty("clauses").GetArrayLength());
    }

    [Fact]
    public async Task The_files_written_from_clauses_kept_on_disk_equal_the_report_built_in_memory()
    {
        await using var scenario = await CreateAsync();
        var (result, output) = await WriteAsync(scenario);
        var inMemory = await new ReportWriter(scenario.Store, scenario.Store, scenario.Time)
            .BuildAsync(new ReportOptions { OutputDirectory = output, Inputs = ["db=scan.db"], GradeRule = "v2" }, default);

        Assert.IsNotType<List<FlaggedClause>>(result.Report.Clauses);
        Assert.True(inMemory.Clauses.Count > 3);
        Assert.Equal(Json(inMemory.Clauses), Json(result.Report.Clauses));
        Assert.Equal(Json(inMemory.Clauses.Where(c => c.Citation.Provider == Alpha)), Json(result.Report.ClausesOf(Alpha)));
        Assert.Equal(HtmlReport.Write(inMemory), await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Html)));
        Assert.Equal(MarkdownReport.Write(inMemory), await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Markdown)));
        Assert.Equal(ClausesCsv.Write(inMemory), await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Clauses)));
        Assert.Equal(ReportJsonFile.Write(inMemory), await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Json)));
    }

    [Fact]
    public async Task Tallies_count_machine_flags_and_apply_the_newest_review_decisions()
    {
        await using var scenario = await CreateAsync();
        var report = (await WriteAsync(scenario)).Result.Report;
        var terms = report.Providers.Single(p => p.Provider == Alpha).Documents.Single(d => d.Citation.DocumentType == "terms_of_service");
        LabelTally Tally(string label) => terms.Labels.Single(t => t.Label == label);

        Assert.Equal(new LabelTally("content_ownership", "risk", 1, 1, 0, 0, 1), Tally("content_ownership"));
        Assert.Equal(new LabelTally("indefinite_retention", "risk", 1, 0, 1, 0, 0), Tally("indefinite_retention"));
        Assert.Equal(new LabelTally("third_party_marketing", "risk", 1, 0, 0, 0, 1), Tally("third_party_marketing"));
        Assert.Equal(new LabelTally("bounded_retention", "protective", 0, 0, 0, 1, 1), Tally("bounded_retention"));
        Assert.Equal(2, terms.RiskFlags);
        Assert.Equal(2, terms.ProtectiveClauses);

        // A later decision overrules an earlier one on the same clause and label.
        await ReportStore.DecideAsync(scenario.Store, Alpha, DocumentType.TermsOfService, RetentionClause, "indefinite_retention", "confirmed", T0.AddDays(2).AddHours(1));
        var again = (await WriteAsync(scenario, folder: "out2")).Result.Report;
        var retention = again.Providers[0].Documents.Single(d => d.Citation.DocumentType == "terms_of_service").Labels.Single(t => t.Label == "indefinite_retention");
        Assert.Equal(new LabelTally("indefinite_retention", "risk", 1, 1, 0, 0, 1), retention);

        var rejectedRow = report.Clauses.Single(c => c.Label == "indefinite_retention");
        Assert.False(rejectedRow.Effective);
        Assert.Equal("rejected", rejectedRow.Decision);
        var addedRow = report.Clauses.Single(c => c.Label == "bounded_retention" && c.Citation.DocumentType == "terms_of_service");
        Assert.False(addedRow.Machine);
        Assert.True(addedRow.Effective);
        Assert.Equal(BackupClause, addedRow.Text);
    }

    [Fact]
    public async Task A_relabelled_flag_moves_to_its_new_label_and_a_later_rejection_of_that_label_removes_it()
    {
        await using var scenario = await CreateAsync();
        const string marketing = "We share your details with advertisers unless you opt out.";
        await ReportStore.DecideAsync(scenario.Store, Alpha, DocumentType.TermsOfService, marketing, "third_party_marketing", "relabelled", T0.AddDays(2), newLabel: "no_marketing_sharing");
        var report = (await WriteAsync(scenario, folder: "relabelled")).Result.Report;
        var terms = report.Providers[0].Documents.Single(d => d.Citation.DocumentType == "terms_of_service");
        Assert.Equal(new LabelTally("third_party_marketing", "risk", 1, 0, 1, 0, 0), terms.Labels.Single(t => t.Label == "third_party_marketing"));
        Assert.Equal(new LabelTally("no_marketing_sharing", "protective", 0, 0, 0, 1, 1), terms.Labels.Single(t => t.Label == "no_marketing_sharing"));
        Assert.Equal("relabelled", report.Clauses.Single(c => c.Label == "no_marketing_sharing" && c.Citation.DocumentType == "terms_of_service").Decision);

        await ReportStore.DecideAsync(scenario.Store, Alpha, DocumentType.TermsOfService, marketing, "no_marketing_sharing", "rejected", T0.AddDays(2).AddHours(1));
        var later = (await WriteAsync(scenario, folder: "later")).Result.Report;
        var laterTerms = later.Providers[0].Documents.Single(d => d.Citation.DocumentType == "terms_of_service");
        Assert.Equal(0, laterTerms.Labels.Single(t => t.Label == "no_marketing_sharing").Effective);
        Assert.Equal(0, laterTerms.Labels.Single(t => t.Label == "third_party_marketing").Effective);
    }

    [Fact]
    public async Task The_grade_follows_rule_v1_step_by_step()
    {
        await using var scenario = await CreateAsync();
        // v1 stays available, so a report cited under it can be reproduced.
        var report = (await WriteAsync(scenario, gradeRule: "v1")).Result.Report;
        var terms = report.Providers.Single(p => p.Provider == Alpha).Documents.Single(d => d.Citation.DocumentType == "terms_of_service");

        var words = AlphaTermsV1().Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(words, terms.Words);
        var density = Math.Round(Math.Min(20, 2 * 1000.0 / words * 4), 2);
        var expected = 100 - 20 + 5 - 20 - density - 6.6;
        Assert.Equal(Math.Round(expected, 2), terms.Grade!.Score, 2);
        Assert.Equal(GradeRuleV1.LetterFor(terms.Grade.Score), terms.Grade.Letter);
        Assert.Equal("grade-rule v1", terms.Grade.Rule);
        Assert.Contains(terms.Grade.Steps, s => s.Reason.StartsWith("protects_ownership also present", StringComparison.Ordinal) && s.Points == 5);
        Assert.DoesNotContain(terms.Grade.Steps, s => s.Reason.StartsWith("indefinite_retention", StringComparison.Ordinal));

        // The provider grade combines both documents: words summed, FK weighted by words.
        var alpha = report.Providers.Single(p => p.Provider == Alpha);
        var privacy = alpha.Documents.Single(d => d.Citation.DocumentType == "privacy_policy");
        Assert.Equal(terms.Words + privacy.Words, alpha.Words);
        Assert.Equal(Math.Round(((12.4 * terms.Words) + (7.0 * privacy.Words)) / alpha.Words, 2), alpha.FleschKincaidGrade);
    }

    [Fact]
    public async Task A_document_without_readability_says_not_scored_and_gets_no_readability_penalty()
    {
        await using var scenario = await CreateAsync();
        var (result, output) = await WriteAsync(scenario);
        var hostile = result.Report.Providers.Single(p => p.Provider == Hostile);
        var doc = Assert.Single(hostile.Documents);
        Assert.False(doc.Readability.Scored);
        Assert.Contains("not scored", doc.Readability.NotScoredReason, StringComparison.Ordinal);
        Assert.Contains(doc.Grade!.Steps, s => s.Reason.StartsWith("readability not scored", StringComparison.Ordinal) && s.Points == 0);
        Assert.Null(hostile.FleschKincaidGrade);

        var rows = CsvTable.Records(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.ProviderScores)));
        var row = rows.Single(r => r["provider"] == Hostile && r["document_type"] == "privacy_policy");
        Assert.Equal("not scored", row["suitability_children"]);
        Assert.Equal(string.Empty, row["flesch_kincaid_grade"]);
        var alphaRow = rows.Single(r => r["provider"] == Alpha && r["document_type"] == "terms_of_service");
        Assert.Equal("12.4", alphaRow["flesch_kincaid_grade"]);
        Assert.Equal("very_difficult", alphaRow["suitability_children"]);
        Assert.Equal("difficult", alphaRow["suitability_young_people"]);
        Assert.Contains("not scored", await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Markdown)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_no_classifier_ran_on_is_not_graded_and_one_without_analysis_is_listed_with_the_problem()
    {
        await using var scenario = await CreateAsync();
        var unclassified = new AnalysedDocumentBuilder("Gamma", DocumentType.TermsOfService, "https://gamma.example/terms", T0)
            .Paragraph("We may keep your posts forever.")
            .WithoutModelVersion();
        await ReportStore.AddAsync(scenario.Store, unclassified, "Gamma", DocumentType.TermsOfService, "https://gamma.example/terms", T0);
        var bare = await scenario.Store.AddVersionAsync("Gamma", DocumentType.PrivacyPolicy, "https://gamma.example/privacy", new string('a', 64), T0, "Text never analysed.", default);

        var (result, output) = await WriteAsync(scenario);

        var gamma = result.Report.Providers.Single(p => p.Provider == "Gamma");
        Assert.Null(gamma.Grade);
        var terms = gamma.Documents.Single(d => d.Citation.DocumentType == "terms_of_service");
        Assert.Null(terms.Grade);
        Assert.Contains("no classifier ran", terms.NotGradedReason, StringComparison.Ordinal);
        Assert.Null(terms.Problem);
        Assert.Equal("none", terms.Citation.ModelVersion);
        Assert.True(terms.Words > 0);
        Assert.Equal(terms.Words, gamma.Words);
        var privacy = gamma.Documents.Single(d => d.Citation.DocumentType == "privacy_policy");
        Assert.Equal("no analysis stored for this version", privacy.Problem);
        Assert.False(result.Report.Manifest.Documents.Single(d => d.VersionId == bare.Version.Id).Analysed);

        var rows = CsvTable.Records(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.ProviderScores)));
        Assert.Equal(string.Empty, rows.Single(r => r["provider"] == "Gamma" && r["document_type"] == "all")["grade"]);
        Assert.Contains("| Gamma | not graded |", await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Markdown)), StringComparison.Ordinal);

        // Flags prove a classifier ran even when it did not record its model: graded, model "unrecorded".
        var flaggedOnly = new AnalysedDocumentBuilder("Delta", DocumentType.TermsOfService, "https://delta.example/terms", T0)
            .Paragraph("We keep your posts forever.")
            .Flag(0, 0, "indefinite_retention", FlagKind.Risk, 0.9, "forever")
            .WithoutModelVersion();
        await ReportStore.AddAsync(scenario.Store, flaggedOnly, "Delta", DocumentType.TermsOfService, "https://delta.example/terms", T0);
        var delta = (await WriteAsync(scenario, folder: "delta")).Result.Report.Providers.Single(p => p.Provider == "Delta").Documents[0];
        Assert.NotNull(delta.Grade);
        Assert.Equal("unrecorded", delta.Citation.ModelVersion);

        // The other providers' grades are unaffected.
        Assert.NotNull(result.Report.Providers.Single(p => p.Provider == Alpha).Grade);
    }

    [Fact]
    public async Task A_providers_filter_keeps_only_those_providers_and_their_decisions()
    {
        await using var scenario = await CreateAsync();
        var writer = new ReportWriter(scenario.Store, scenario.Store, scenario.Time);
        var report = await writer.BuildAsync(new ReportOptions { OutputDirectory = scenario.Folder.File("unused"), Providers = [Hostile] }, default);

        Assert.Equal([Hostile], report.Providers.Select(p => p.Provider));
        Assert.All(report.Clauses, c => Assert.Equal(Hostile, c.Citation.Provider));
        Assert.Equal(0, report.Manifest.ReviewDecisions);
        Assert.Single(report.Manifest.Documents);
        Assert.False(Directory.Exists(scenario.Folder.File("unused")));
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe_and_are_quoted()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteAsync(scenario);
        var raw = await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Clauses));
        var rows = CsvTable.Records(raw);

        var formula = rows.Single(r => r["clause_text"].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("'" + FormulaClause, formula["clause_text"]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", raw, StringComparison.Ordinal);
        Assert.All(rows.SelectMany(r => r.Values), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), cell));

        var pipes = rows.Single(r => r["clause_text"].StartsWith("Pipes", StringComparison.Ordinal));
        Assert.Equal("Pipes | break", pipes["evidence"]);
        Assert.Equal("content_ownership", pipes["label"]);

        var scores = CsvTable.Records(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.ProviderScores)));
        Assert.Contains(scores, r => r["provider"] == Hostile && r["document_type"] == "all");
    }

    [Fact]
    public async Task Markdown_tables_survive_pipes_and_never_carry_raw_html()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteAsync(scenario);
        var md = await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Markdown));

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript:", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", md, StringComparison.Ordinal);

        // Every row of a table has as many unescaped pipes as its header.
        var lines = md.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            var width = Pipes(lines[i]);
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Assert.True(width == Pipes(lines[j]), $"line {j + 1}: {lines[j]}");
            }
        }
    }

    [Fact]
    public async Task As_of_reproduces_the_report_from_the_versions_and_decisions_current_then()
    {
        await using var scenario = await CreateAsync();
        var (then, _) = await WriteAsync(scenario, folder: "then");

        // Later: the terms change and a reviewer changes their mind.
        scenario.Time.Advance(TimeSpan.FromDays(20));
        await ReportStore.AddAsync(scenario.Store, AlphaTermsV2(), Alpha, DocumentType.TermsOfService, AlphaTerms, T0.AddDays(10));
        await ReportStore.DecideAsync(scenario.Store, Alpha, DocumentType.TermsOfService, OwnershipClause, "content_ownership", "rejected", T0.AddDays(11));
        var (now, _) = await WriteAsync(scenario, folder: "now");
        var nowTerms = now.Report.Providers[0].Documents.Single(d => d.Citation.DocumentType == "terms_of_service");
        Assert.Equal(AlphaTermsV2().SnapshotSha256, nowTerms.Citation.SnapshotSha256);

        var (reproduced, _) = await WriteAsync(scenario, asOf: then.Report.Manifest.GeneratedAt, folder: "reproduced");

        Assert.Equal(then.Report.Manifest.GeneratedAt, reproduced.Report.Manifest.AsOf);
        Assert.Equal(Json(then.Report.Providers), Json(reproduced.Report.Providers));
        Assert.Equal(Json(then.Report.Clauses), Json(reproduced.Report.Clauses));
        Assert.Equal(Json(then.Report.Manifest.Documents), Json(reproduced.Report.Manifest.Documents));
        Assert.NotEqual(Json(then.Report.Providers), Json(now.Report.Providers));
    }

    private static int Pipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, TosScan.Reporting.Json.TosScanJson.Compact);
}
