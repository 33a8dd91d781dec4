using TosScan.Diffing;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Tests.Documents;

namespace TosScan.Tests.Diffing;

public sealed class DocumentDifferTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);

    private const string Licence = "You grant us a worldwide licence to use your content.";
    private const string LicenceForever = "You grant us a perpetual, irrevocable worldwide licence to use your content.";
    private const string Backups = "Deleted posts may remain in backups.";
    private const string Ads = "We show you ads based on your activity.";
    private const string Brokers = "We sell your data to data brokers.";
    private const string Delete = "We delete your data within 30 days.";
    private const string Contact = "Contact us at legal@example.com.";

    private static (Document Old, Document New) Versions()
    {
        var old = new DocumentBuilder("Chirpy", DocumentType.TermsOfService)
            .Heading("Your content")
            .Paragraph(Licence, Backups)
            .Heading("Ads")
            .Paragraph(Ads, Contact)
            .Flag(Ads, "third_party_marketing", "ads")
            .Build(T0);
        var @new = new DocumentBuilder("Chirpy", DocumentType.TermsOfService)
            .Heading("Your content")
            .Paragraph(LicenceForever, Backups)
            .Flag(LicenceForever, "content_ownership", "perpetual, irrevocable")
            .Flag(Backups, "indefinite_retention", "remain in backups")
            .Heading("Ads")
            .Paragraph(Brokers, Delete, Contact)
            .Flag(Brokers, "third_party_marketing", "sell your data")
            .Flag(Delete, "bounded_retention", "within 30 days")
            .Build(T0.AddDays(200));
        return (old, @new);
    }

    [Fact]
    public void Lists_added_removed_and_reworded_clauses()
    {
        var (old, @new) = Versions();
        var diff = new DocumentDiffer().Compare(old, @new);

        Assert.Equal([Brokers, Delete], diff.Added.Select(c => c.Text));
        Assert.Equal("Ads", diff.Added[0].Section);
        Assert.Equal([Ads], diff.Removed.Select(c => c.Text));
        var changed = Assert.Single(diff.Changed);
        Assert.Equal((Licence, LicenceForever), (changed.Old.Text, changed.New.Text));
        Assert.Equal(4, diff.UnchangedCount); // two headings, Backups, Contact
        Assert.Equal(T0.AddDays(200), diff.New.RetrievedAt);
        Assert.Equal(4, diff.New.FlagCount);
    }

    [Fact]
    public void Tells_why_each_flag_appeared_or_disappeared()
    {
        var (old, @new) = Versions();
        var diff = new DocumentDiffer().Compare(old, @new);

        Assert.Equal(
            [
                ("content_ownership", FlagChangeCause.ClauseChanged, LicenceForever),
                ("indefinite_retention", FlagChangeCause.SameClause, Backups),
                ("third_party_marketing", FlagChangeCause.ClauseAddedOrRemoved, Brokers),
                ("bounded_retention", FlagChangeCause.ClauseAddedOrRemoved, Delete),
            ],
            diff.FlagsAppeared.Select(f => (f.Label, f.Cause, f.NewClause!.Text)));
        var gone = Assert.Single(diff.FlagsDisappeared);
        Assert.Equal(("third_party_marketing", FlagChangeCause.ClauseAddedOrRemoved, Ads), (gone.Label, gone.Cause, gone.OldClause!.Text));
        Assert.Null(gone.NewClause);
    }

    [Fact]
    public void The_stored_JSON_form_gives_the_same_diff_as_the_documents()
    {
        var (old, @new) = Versions();
        var differ = new DocumentDiffer();
        var fromDocuments = differ.Compare(old, @new);
        var fromJson = differ.Compare(
            DocumentJsonMapper.Deserialize(DocumentJsonMapper.Serialize(old)),
            DocumentJsonMapper.Deserialize(DocumentJsonMapper.Serialize(@new)));

        Assert.Equal(DiffFormats.ToText(fromDocuments), DiffFormats.ToText(fromJson));
    }

    [Fact]
    public void A_model_change_between_the_versions_is_pointed_out()
    {
        var (old, @new) = Versions();
        var differ = new DocumentDiffer();

        var sameModel = DiffFormats.ToText(differ.Compare(old.WithProvenance("model", "m1"), @new.WithProvenance("model", "m1")));
        var newModel = differ.Compare(old.WithProvenance("model", "m1"), @new.WithProvenance("model", "m2"));

        Assert.DoesNotContain("different models", sameModel, StringComparison.Ordinal);
        Assert.Contains("note: the flags come from different models (m1 -> m2)", DiffFormats.ToText(newModel), StringComparison.Ordinal);
        Assert.Equal("m2", newModel.New.Provenance["model"]);
    }

    [Fact]
    public void A_document_compared_with_itself_has_no_changes()
    {
        var (_, @new) = Versions();
        var diff = new DocumentDiffer().Compare(@new, @new);
        Assert.True(diff.IsEmpty);
        Assert.Equal(@new.Clauses.Count, diff.UnchangedCount);
    }
}
