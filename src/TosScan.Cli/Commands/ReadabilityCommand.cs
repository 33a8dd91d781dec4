using System.CommandLine;
using System.Globalization;
using System.Text;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Readability;
using TosScan.Segmentation;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan readability &lt;path|-&gt;...</c>: readability and plain-language suitability of one or more
/// files (or standard input). Each input is extracted (HTML, Markdown, PDF, text) and, in structured
/// mode, segmented; nothing else of the pipeline runs, so no model is loaded.
/// </summary>
internal sealed class ReadabilityCommand : ICliCommand
{
    private readonly Func<IContentExtractor> _extractor;
    private readonly Func<IDocumentStage> _segmenter;

    /// <summary>The command on the real extractor and segmentation stage.</summary>
    public ReadabilityCommand()
        : this(ContentExtractor.CreateDefault, () => new SegmentationStage())
    {
    }

    /// <summary>The command on the given extractor and segmenter (created on first use).</summary>
    public ReadabilityCommand(Func<IContentExtractor> extractor, Func<IDocumentStage> segmenter)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(segmenter);
        _extractor = extractor;
        _segmenter = segmenter;
    }

    public Command Build(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files to score (HTML, Markdown, PDF or text), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var mode = new Option<string>("--mode")
        {
            Description = "structured (default): our clauses are the sentence units; textstat: textstat 0.7.11's own rules, to compare with published figures.",
            DefaultValueFactory = _ => "structured",
        };
        mode.AcceptOnlyFromAmong("structured", "textstat");
        var command = new Command("readability", "Score readability and plain-language suitability for children, young people and parents.")
        {
            inputs,
            format,
            mode,
        };
        command.SetAction((parse, ct) =>
        {
            if (!ReadabilityModes.TryParse(parse.GetValue(mode), out var readabilityMode))
            {
                throw new UsageException($"--mode must be structured or textstat, not '{parse.GetValue(mode)}'");
            }

            return RunAsync(environment, parse.GetValue(inputs) ?? [], parse.GetValue(format) == "json", readabilityMode, ct);
        });
        return command;
    }

    private async Task<int> RunAsync(CliEnvironment environment, string[] inputs, bool json, ReadabilityMode mode, CancellationToken cancellationToken)
    {
        if (inputs.Length == 0)
        {
            throw new UsageException("give at least one file, or - for standard input (see 'tosscan readability --help')");
        }

        if (inputs.Count(i => i == "-") > 1)
        {
            throw new UsageException("standard input (-) can be read only once");
        }

        var scorer = new FileScorer(environment, _extractor(), mode == ReadabilityMode.Structured ? _segmenter() : null, new ReadabilityStage(new ReadabilityOptions { Mode = mode }));
        var stdin = inputs.Contains("-") ? await ReadStandardInputAsync(environment, cancellationToken).ConfigureAwait(false) : null;

        // Score in parallel, print in input order as each result becomes available.
        using var gate = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        var work = inputs.Select(input => ScoreGatedAsync(scorer, gate, input, stdin, cancellationToken)).ToList();
        var failed = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var (document, error) = await work[i].ConfigureAwait(false);
            var report = document?.Readability;
            if (error is not null)
            {
                failed++;
                await environment.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            }

            if (json)
            {
                await WriteJsonLineAsync(environment.Out, inputs[i], report, error).ConfigureAwait(false);
            }
            else if (document?.Readability is { } readability)
            {
                await environment.Out.WriteAsync(TerminalText.Inert(ReadabilityText.Format(inputs[i], readability, document.Text))).ConfigureAwait(false);
            }
        }

        return failed == 0 ? ExitCodes.Success : failed == inputs.Length ? ExitCodes.BadInput : ExitCodes.PartialFailure;
    }

    private static async Task<(Document? Document, string? Error)> ScoreGatedAsync(FileScorer scorer, SemaphoreSlim gate, string input, byte[]? stdin, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => scorer.ScoreAsync(input, stdin, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<byte[]> ReadStandardInputAsync(CliEnvironment environment, CancellationToken cancellationToken)
    {
        var text = await environment.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetBytes(text);
    }

    private static async Task WriteJsonLineAsync(TextWriter output, string input, ReadabilityReport? report, string? error)
    {
        using var buffer = new MemoryStream();
        ReadabilityJson.WriteObject(buffer, "file", input, report, error);
        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
    }

    /// <summary>Reads, extracts, segments and scores one input; failures come back as a message naming the input.</summary>
    private sealed class FileScorer(CliEnvironment environment, IContentExtractor extractor, IDocumentStage? segmenter, ReadabilityStage readability)
    {
        public async Task<(Document? Document, string? Error)> ScoreAsync(string input, byte[]? stdin, CancellationToken cancellationToken)
        {
            string location;
            byte[] bytes;
            if (input == "-")
            {
                location = "-";
                bytes = stdin ?? [];
            }
            else
            {
                location = environment.ResolvePath(input);
                if (Directory.Exists(location))
                {
                    return (null, $"{input} is a folder; give the files in it, e.g. {Path.Combine(input, "*.md")}");
                }

                if (!File.Exists(location))
                {
                    return (null, $"{input}: no such file; check the path");
                }

                try
                {
                    bytes = await File.ReadAllBytesAsync(location, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return (null, $"{input}: cannot be read ({ex.Message})");
                }
            }

            try
            {
                var content = new RawContent(bytes, null, null, input);
                var extracted = await extractor.ExtractAsync(content, ExtractionRules.None, cancellationToken).ConfigureAwait(false);
                var source = new DocumentSource(
                    input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(location),
                    DocumentType.Other,
                    location,
                    environment.Time.GetUtcNow(),
                    Hashing.Sha256Hex(bytes),
                    MediaTypeOf(location));
                var document = new Document(source, extracted.Text, extracted.Blocks, extracted.Title);
                if (segmenter is not null)
                {
                    document = await segmenter.ProcessAsync(document, cancellationToken).ConfigureAwait(false);
                }

                document = await readability.ProcessAsync(document, cancellationToken).ConfigureAwait(false);
                return (document, null);
            }
            catch (ExtractionException ex)
            {
                return (null, ex.Message);
            }
        }

        private static string MediaTypeOf(string location) => Path.GetExtension(location).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".md" or ".markdown" => "text/markdown",
            ".pdf" => "application/pdf",
            ".txt" => "text/plain",
            _ => "application/octet-stream",
        };
    }
}
