using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary><c>history</c> and <c>diff</c> on versions the classifier did not read: "not checked (language fr)", never "0 flags".</summary>
public sealed class LanguageHistoryAndDiffTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset March = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private string Db => _folder.File("history.db");

    public void Dispose() => _folder.Dispose();

    public async Task InitializeAsync()
    {
        await using var store = await SqliteScanStore.OpenAsync(Db, new FakeTimeProvider(March), default);
        await AnalysedVersions.SaveAsync(store, French("Nous conservons vos photos.").Build(March).Unclassified());
        await AnalysedVersions.SaveAsync(store, French("Nous conservons vos photos pour toujours.").Build(June).Unclassified());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DocumentBuilder French(params string[] sentences) =>
        new DocumentBuilder("Gallia", DocumentType.TermsOfService).Paragraph(sentences);

    [Fact]
    public async Task History_says_not_checked_instead_of_zero_flags()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "history", "Gallia", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 clauses, not checked (language fr)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0 flags", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_says_the_flags_were_not_compared()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "diff", "--provider", "Gallia", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 clauses, not checked (language fr)", run.Out, StringComparison.Ordinal);
        Assert.Contains("flags: not compared (old not checked (language fr), new not checked (language fr))", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0 flags", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0 appeared", run.Out, StringComparison.Ordinal);
    }
}

internal static class UnclassifiedDocuments
{
    /// <summary>The document as the pipeline leaves one in French: language fr, classification not applied.</summary>
    public static Document Unclassified(this Document document) =>
        (document with { Language = "fr" }).WithProvenance("classification", "not applied: the models read English and the document is 'fr'");
}
