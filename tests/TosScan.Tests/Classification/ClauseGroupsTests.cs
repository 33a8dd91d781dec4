using System.Text.Json;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

public sealed class ClauseGroupsTests
{
    private static LabelledClause Clause(string id, string text) =>
        new(id, text, [], [], null, new Dictionary<string, JsonElement>());

    [Fact]
    public void Template_siblings_share_a_group_and_unrelated_clauses_do_not()
    {
        LabelledClause[] clauses =
        [
            Clause("c-1", "By posting Content you grant Chirply a perpetual, irrevocable, worldwide licence to use, reproduce, modify and distribute such Content in any media."),
            Clause("c-2", "By posting Content you grant Loopster a perpetual, irrevocable, worldwide licence to use, reproduce, modify and distribute such Content in any media now known."),
            Clause("c-3", "We delete your messages within 30 days of account closure."),
            Clause("c-4", "These Terms are governed by the laws of the State of California."),
        ];

        var groups = ClauseGroups.Of(clauses, 0.4);

        Assert.Equal("c-1", groups[0]);
        Assert.Equal("c-1", groups[1]);
        Assert.Equal("c-3", groups[2]);
        Assert.Equal("c-4", groups[3]);
    }

    [Fact]
    public void Similarity_one_links_only_clauses_with_the_same_content_bigrams()
    {
        LabelledClause[] clauses =
        [
            Clause("b", "We keep backups of your posts for 30 days."),
            Clause("a", "We keep backups of your posts for 90 days."),
            Clause("c", "We keep backups of your photos for 90 days."),
        ];

        var groups = ClauseGroups.Of(clauses, 1.0);

        // Numbers are left out, so the first two are the same skeleton; the key is the ordinally smallest id.
        Assert.Equal(["a", "a", "c"], groups);
    }

    [Fact]
    public async Task Groups_of_the_committed_corpus_do_not_depend_on_file_order()
    {
        var corpus = await TrainingCorpus.LoadAsync(Path.Combine(RepoPaths.Corpus, "clauses"), CancellationToken.None);
        var clauses = corpus.Clauses.Take(600).ToArray();

        var forward = ClauseGroups.Of(clauses, 0.4);
        var backward = ClauseGroups.Of([.. clauses.Reverse()], 0.4).Reverse().ToArray();

        Assert.Equal(forward, backward);
        // Grouping must actually merge something in a template-generated corpus, and not everything.
        var distinct = forward.Distinct(StringComparer.Ordinal).Count();
        Assert.InRange(distinct, 2, clauses.Length - 1);
    }
}

public sealed class GroupedCrossValidationTests
{
    private static LabelledClause Clause(string id, string text) =>
        new(id, text, [], [], null, new Dictionary<string, JsonElement>());

    [Fact]
    public async Task Cross_validation_alone_reports_what_training_records_and_grouping_changes_the_folds()
    {
        var root = Directory.CreateTempSubdirectory("tosscan-cv-");
        try
        {
            var corpusDir = Directory.CreateDirectory(Path.Combine(root.FullName, "corpus"));
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "clauses"), "*.jsonl"))
            {
                await File.WriteAllLinesAsync(Path.Combine(corpusDir.FullName, Path.GetFileName(file)), File.ReadLines(file).TakeLast(80)); // generated rows come last
            }

            var corpus = await TrainingCorpus.LoadAsync(corpusDir.FullName, CancellationToken.None);
            var options = new TrainerOptions { Folds = 3 };
            var trainer = new ClassifierTrainer(options);
            var manifest = await trainer.TrainAsync(corpus, Path.Combine(root.FullName, "models"), TextWriter.Null, CancellationToken.None);
            var cv = trainer.CrossValidate(corpus);

            foreach (var (label, info) in manifest.Labels)
            {
                Assert.Equal(info.Threshold, cv[label].Threshold);
                Assert.Equal(info.CrossValidation, cv[label].Metrics);
            }

            Assert.Contains("Jaccard >= 0.4", manifest.Trainer.FoldGrouping, StringComparison.Ordinal);
            var grouped = trainer.FoldsOf(corpus.Clauses, out var groups);
            var byId = new ClassifierTrainer(options with { GroupSimilarity = 1 }).FoldsOf(corpus.Clauses, out var singletons);
            Assert.Equal(corpus.Clauses.Count, singletons);
            Assert.True(groups < singletons, $"expected template siblings to be grouped, got {groups} groups for {singletons} clauses");
            Assert.NotEqual(byId, grouped);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Each_repeat_deals_the_same_groups_into_folds_differently()
    {
        // Two families of near-identical clauses and a few unrelated ones.
        var clauses = new List<LabelledClause>();
        for (var i = 0; i < 6; i++)
        {
            clauses.Add(Clause($"a{i}", $"We may share your email address with advertising partners for their own marketing, batch {i}."));
            clauses.Add(Clause($"b{i}", $"Backup copies of deleted photos are kept on archive servers with no end date, batch {i}."));
            clauses.Add(Clause($"c{i}", $"Unrelated clause number {i} about {(char)('k' + i)}arbitration venues and {(char)('p' + i)}governing law."));
        }

        var trainer = new ClassifierTrainer(new TrainerOptions { Folds = 3, CrossValidationRepeats = 4 });
        var deals = trainer.DealsOf(clauses, out var groups);

        Assert.Equal(4, deals.Length);
        Assert.Equal(trainer.FoldsOf(clauses, out _), deals[0]);
        Assert.True(groups < clauses.Count);
        foreach (var deal in deals)
        {
            // Siblings stay together in every deal, so no deal leaks a template into its own test fold.
            Assert.Single(Enumerable.Range(0, 6).Select(i => deal[3 * i]).Distinct());
            Assert.Single(Enumerable.Range(0, 6).Select(i => deal[(3 * i) + 1]).Distinct());
        }

        Assert.True(deals.Skip(1).Any(d => !d.SequenceEqual(deals[0])), "later deals should differ from the first");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Cross_validation_repeats_outside_1_to_10_are_refused(int repeats)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ClassifierTrainer(new TrainerOptions { CrossValidationRepeats = repeats }));
        Assert.Contains("CrossValidationRepeats", ex.Message, StringComparison.Ordinal);
    }
}
