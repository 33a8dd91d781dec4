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
