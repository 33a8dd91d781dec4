using System.Globalization;
using System.Text;
using CsvHelper;
using TosScan.Text;

namespace TosScan.Crawling.Providers;

/// <summary>
/// Reads <c>name,url,terms_url,privacy_url</c> lists. A bad row is reported with its line number
/// and skipped, so one typo never stops a scan of hundreds of providers; a file that cannot be a
/// providers list at all throws <see cref="ProvidersFileException"/>. Local paths are resolved
/// against the CSV's folder: this is the only place local files are accepted from.
/// </summary>
public static class ProvidersCsvReader
{
    /// <summary>
    /// Longest line (row) read: a name and three URLs fit many times over; a 50 MB row once cost
    /// 6.5 GB of memory and echoed itself into scan-status.csv and the terminal. A longer line is
    /// skipped, unread, and reported by number.
    /// </summary>
    public const int MaxLineChars = 16_384;

    /// <summary>Longest provider name: it names a folder and fills every status line.</summary>
    public const int MaxNameChars = 200;

    /// <summary>Longest URL or path in a row (browsers and servers commonly stop near 8,000).</summary>
    public const int MaxLocationChars = 8_000;

    private static readonly string[] RequiredColumns = ["name", "url"];
    private static readonly string[] KnownColumns = ["name", "url", "terms_url", "privacy_url"];

    public static async Task<ProvidersList> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ProvidersFileException($"providers file not found: {path}; give the path of a CSV with header name,url,terms_url,privacy_url");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<InputProblem>();
        var providers = new List<ProviderEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            NormalizeHeaderName = h => h.Trim().ToLowerInvariant(),
            OnMalformedRecord = r => problems.Add(new InputProblem((int)r.LineNumber, $"malformed CSV row '{Shorten(r.RawRecord)}' ({r.Reason}); check its quotes")),
        };

        var csv = CsvReader.FromText(await ReadBoundedAsync(path, problems, cancellationToken).ConfigureAwait(false), options);
        await using (csv.ConfigureAwait(false))
        {
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var header = csv.Headers ?? [];
            if (header.Count == 0)
            {
                throw new ProvidersFileException($"{path} is empty; expected a header row name,url,terms_url,privacy_url");
            }

            var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
            {
                throw new ProvidersFileException($"{path}: header lacks {string.Join(", ", missing)}; the first row must be name,url,terms_url,privacy_url");
            }

            while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var line = (int)csv.LineNumber;
                var row = KnownColumns.ToDictionary(c => c, c => Field(csv, c));
                var entry = ParseRow(row, folder, line, problems);
                if (entry is null)
                {
                    continue;
                }

                if (!seen.Add(entry.Name))
                {
                    problems.Add(new InputProblem(line, $"provider '{entry.Name}' is listed twice; give each provider one row"));
                    continue;
                }

                providers.Add(entry);
            }
        }

        if (providers.Count == 0 && problems.Count == 0)
        {
            throw new ProvidersFileException($"{path} lists no providers; add one row per provider under the header");
        }

        return new ProvidersList(path, providers, [.. problems.OrderBy(p => p.Line)]);
    }

    /// <summary>
    /// The file's text with every over-long line replaced by an empty one (so line numbers still
    /// match the file) and reported; no over-long line is ever held whole.
    /// </summary>
    private static async Task<string> ReadBoundedAsync(string path, List<InputProblem> problems, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        await foreach (var line in BoundedLines.ReadAsync(reader, MaxLineChars, cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                problems.Add(new InputProblem(line.Number, string.Create(CultureInfo.InvariantCulture,
                    $"row of {line.Length:N0} characters, over the limit of {MaxLineChars:N0}; a row holds a name and up to three URLs: check the file, this row is skipped")));
            }

            text.Append(line.Text).Append('\n');
        }

        return text.ToString();
    }

    private static string? Field(CsvReader csv, string column)
    {
        if (!csv.TryGetFieldIndex(column, out var index) || index >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetStringOrNull(index);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static ProviderEntry? ParseRow(Dictionary<string, string?> row, string folder, int line, List<InputProblem> problems)
    {
        var name = row["name"];
        if (name is null)
        {
            problems.Add(new InputProblem(line, "no provider name; fill the name column"));
            return null;
        }

        if (name.Length > MaxNameChars)
        {
            problems.Add(new InputProblem(line, string.Create(CultureInfo.InvariantCulture,
                $"name '{Shorten(name)}' is {name.Length:N0} characters, over the limit of {MaxNameChars}; shorten it")));
            return null;
        }

        Uri? Locate(string column)
        {
            var value = row[column];
            if (value is null)
            {
                return null;
            }

            if (value.Length > MaxLocationChars)
            {
                problems.Add(new InputProblem(line, string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {column} is {value.Length:N0} characters, over the limit of {MaxLocationChars:N0}; check the row")));
                return null;
            }

            if (LocationParser.TryParse(value, folder, out var uri, out var error))
            {
                return uri;
            }

            problems.Add(new InputProblem(line, $"{name}: {column} '{Shorten(value)}' {error}"));
            return null;
        }

        var problemsBefore = problems.Count;
        var home = Locate("url");
        var terms = Locate("terms_url");
        var privacy = Locate("privacy_url");
        if (problems.Count > problemsBefore)
        {
            return null;
        }

        if (home is null && terms is null && privacy is null)
        {
            problems.Add(new InputProblem(line, $"{name}: no url, terms_url or privacy_url; give at least the home page"));
            return null;
        }

        return new ProviderEntry(name, home, terms, privacy, line);
    }

    private static string Shorten(string? value) =>
        value is null ? string.Empty : (value.Length <= 60 ? value : value[..57] + "...").ReplaceLineEndings(" ");
}
