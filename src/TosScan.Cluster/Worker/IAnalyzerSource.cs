using TosScan.Pipeline;

namespace TosScan.Cluster.Worker;

/// <summary>
/// Builds the analyzer a worker runs for a scan's <c>--language</c> (the CLI's composition root
/// supplies the full pipeline; tests may supply a lighter one). Called once per distinct setting.
/// </summary>
public interface IAnalyzerSource
{
    DocumentAnalyzer Create(string? language);
}
