using System.CommandLine;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Documents;
using TosScan.Reporting.Json;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan analyze &lt;path|url|-&gt;</c>: one document through the whole pipeline.</summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A file path, an http(s) URL, or - for standard input." };
        var format = CommonOptions.Format();
        var provider = new Option<string?>("--provider") { Description = "Provider name to record (default: from the file name or host)." };
        var type = CommonOptions.DocumentType();
        var language = CommonOptions.Language();
        var crawler = new CrawlerCommandOptions();
        var command = new Command("analyze", "Analyze one terms of service or privacy policy and print a summary (or --format json).")
        {
            input,
            format,
            provider,
            type,
            language,
        };
        foreach (var option in crawler.All.Where(o => o != crawler.Declarations))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services.Create(environment, CommonOptions.ReadLanguage(parse.GetValue(language)));
            var web = services.CreateCrawler(crawler.Read(parse, environment), store: null);
            await using var webScope = web.ConfigureAwait(false);
            var read = await InputReader.ReadAsync(parse.GetValue(input)!, parse.GetValue(provider), CommonOptions.ParseType(parse.GetValue(type)), environment, web.Fetcher, ct).ConfigureAwait(false);
            var document = await services.Analyzer.AnalyzeAsync(read.Content, read.Source, Extraction.ExtractionRules.None, ct).ConfigureAwait(false);
            foreach (var note in document.Notes)
            {
                await environment.Error.WriteLineAsync($"note: {read.Content.SourceName}: {note}").ConfigureAwait(false);
            }

            if (parse.GetValue(format) == "json")
            {
                await environment.Out.WriteLineAsync(DocumentJsonMapper.Serialize(document)).ConfigureAwait(false);
            }
            else
            {
                await environment.Out.WriteAsync(TerminalText.Inert(DocumentSummary.Render(document))).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
