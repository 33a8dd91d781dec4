using TosScan.Cluster.Worker;
using TosScan.Language;
using TosScan.Pipeline;

namespace TosScan.Cli.Infrastructure;

/// <summary>A worker's analyzers: the same pipeline a local scan runs, built by <see cref="Services"/> for each scan's --language.</summary>
internal sealed class CliAnalyzers(CliEnvironment environment) : IAnalyzerSource
{
    public DocumentAnalyzer Create(string? language) =>
        Services.Create(environment, new LanguageOptions { GivenLanguage = language }).Analyzer;
}
