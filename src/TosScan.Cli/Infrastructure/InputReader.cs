using TosScan.Crawling;
using TosScan.Crawling.Local;
using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// Reads the single input of <c>analyze</c> and similar commands: a file path, an http(s) URL,
/// or <c>-</c> for standard input.
/// </summary>
internal static class InputReader
{
    public sealed record Input(RawContent Content, DocumentSource Source, string? FinalUrl);

    public static async Task<Input> ReadAsync(string argument, string? provider, DocumentType? type, CliEnvironment environment, IDocumentFetcher fetcher, CancellationToken cancellationToken)
    {
        if (argument == "-")
        {
            using var buffer = new MemoryStream();
            var stdin = environment.OpenStandardInput();
            await using (stdin.ConfigureAwait(false))
            {
                await stdin.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }

            var bytes = buffer.ToArray();
            if (bytes.Length == 0)
            {
                throw new UsageException("standard input is empty; pipe a document into 'tosscan analyze -'");
            }

            return new Input(
                new RawContent(bytes, null, null, "<stdin>"),
                new DocumentSource(provider ?? "stdin", type ?? DocumentType.Other, "-", environment.Time.GetUtcNow(), Hashing.Sha256Hex(bytes), "unknown"),
                null);
        }

        Uri location;
        if (Uri.TryCreate(argument, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            location = uri;
        }
        else if (uri is { IsFile: false } && LooksLikeUrl(argument))
        {
            throw new UsageException($"'{argument}': only http and https URLs are fetched; give one of those, a file path or - for standard input");
        }
        else if (uri is null && LooksLikeUrl(argument))
        {
            // Otherwise "http://[::1" would be looked for as a local file and reported as missing.
            throw new UsageException($"'{argument}' is not a valid URL; check for a missing ']' around an IPv6 address, or spaces");
        }
        else
        {
            // Only an explicit file: URL is read as one; a plain path keeps its '#' and '%' as they are.
            var path = uri is { IsFile: true } && argument.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? uri.LocalPath : environment.ResolvePath(argument);
            if (Directory.Exists(path))
            {
                throw new UsageException($"'{argument}' is a folder; give one document file, an http(s) URL or - for standard input");
            }

            if (!File.Exists(path))
            {
                throw new UsageException($"file not found: {argument}; give a file path, an http(s) URL or - for standard input");
            }

            location = new Uri(path);
        }

        var name = provider ?? GuessProvider(location);
        var documentType = type ?? GuessType(location);
        var outcome = await fetcher.FetchAsync(new DocumentTarget(name, documentType, location, "explicit"), cancellationToken).ConfigureAwait(false);
        if (outcome.Content is null)
        {
            throw new UsageException($"{argument}: {outcome.Record.Status}: {outcome.Record.Reason}");
        }

        var record = outcome.Record;
        return new Input(
            outcome.Content,
            new DocumentSource(name, documentType, record.FinalUrl ?? record.RequestedUrl, record.FetchedAt,
                record.SnapshotSha256 ?? Hashing.Sha256Hex(outcome.Content.Bytes.Span), outcome.Content.MediaType ?? "unknown"),
            record.FinalUrl);
    }

    /// <summary>"scheme://..." is meant as a URL, never as a relative path.</summary>
    internal static bool LooksLikeUrl(string argument)
    {
        var separator = argument.IndexOf("://", StringComparison.Ordinal);
        return separator > 0 && argument[..separator].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-') && char.IsAsciiLetter(argument[0]);
    }

    /// <summary>"Instagram - Terms of Service.md" -> Instagram; a URL -> its host.</summary>
    internal static string GuessProvider(Uri location)
    {
        if (!location.IsFile)
        {
            return location.Host;
        }

        var name = Path.GetFileNameWithoutExtension(location.LocalPath);
        var dash = name.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? name[..dash].Trim() : name;
    }

    internal static DocumentType GuessType(Uri location)
    {
        var name = Uri.UnescapeDataString(location.IsFile ? Path.GetFileNameWithoutExtension(location.LocalPath) : location.AbsolutePath).ToLowerInvariant();
        var words = name.Split((char[])[' ', '-', '_', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        bool Has(params string[] stems) => words.Any(w => stems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));

        if (Has("privacy", "datenschutz", "confidentialit", "privacidad", "privacidade", "privasi"))
        {
            return DocumentType.PrivacyPolicy;
        }

        if (Has("guideline", "community"))
        {
            return DocumentType.CommunityGuidelines;
        }

        return Has("terms", "tos", "agreement", "conditions", "legal", "nutzungsbedingungen", "terminos", "termos")
            ? DocumentType.TermsOfService
            : DocumentType.Other;
    }
}
