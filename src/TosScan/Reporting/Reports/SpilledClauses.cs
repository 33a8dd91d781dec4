using System.Collections;
using System.Text;
using System.Text.Json;
using TosScan.Reporting.Json;
using TosScan.Reporting.Scorecards;

namespace TosScan.Reporting.Reports;

/// <summary>
/// The flagged clauses of a report kept in a temporary file, one JSON line each, grouped by
/// provider, instead of in memory: a report over thousands of providers holds one provider's
/// clauses at a time, and each report file reads them back in order (or one provider's). The file
/// is deleted when this is disposed, or with the process's last handle to it.
/// </summary>
internal sealed class SpilledClauses : IReadOnlyCollection<FlaggedClause>, IDisposable
{
    private readonly string _path;
    private readonly FileStream _writer;
    private readonly Dictionary<string, (long Start, long End)> _ranges = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public SpilledClauses()
    {
        _path = Path.Combine(Path.GetTempPath(), $"tosscan-report-{Guid.NewGuid():N}.jsonl");
        _writer = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
    }

    public int Count { get; private set; }

    /// <summary>Appends one provider's clauses; each provider is added once, in report order.</summary>
    public void Add(string provider, IEnumerable<FlaggedClause> clauses)
    {
        var start = _writer.Position;
        foreach (var clause in clauses)
        {
            JsonSerializer.Serialize(_writer, clause, TosScanJson.Compact);
            _writer.WriteByte((byte)'\n');
            Count++;
        }

        _writer.Flush();
        _ranges.Add(provider, (start, _writer.Position));
        _order.Add(provider);
    }

    /// <summary>One provider's clauses, in order; none when it has none.</summary>
    public IEnumerable<FlaggedClause> Of(string provider) =>
        _ranges.TryGetValue(provider, out var range) ? Read(range.Start, range.End) : [];

    public IEnumerator<FlaggedClause> GetEnumerator() => Read(0, _writer.Length).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => _writer.Dispose();

    private IEnumerable<FlaggedClause> Read(long start, long end)
    {
        // A reader of its own, so several enumerations (and the writer) never share a position.
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        stream.Position = start;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        var position = start;
        while (position < end && reader.ReadLine() is { } line)
        {
            position += Encoding.UTF8.GetByteCount(line) + 1;
            yield return JsonSerializer.Deserialize<FlaggedClause>(line, TosScanJson.Compact)
                ?? throw new InvalidDataException($"report scratch file {_path}: an empty clause line");
        }
    }
}
