namespace TosScan.Crawling.Providers;

/// <summary>The providers read from a list, and the lines that could not be used.</summary>
public sealed record ProvidersList(string SourcePath, IReadOnlyList<ProviderEntry> Providers, IReadOnlyList<InputProblem> Problems);

/// <summary>A line of an input file that could not be used, and why.</summary>
public sealed record InputProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>The providers file as a whole cannot be used (missing, no header, no rows).</summary>
public sealed class ProvidersFileException : Exception
{
    public ProvidersFileException(string message) : base(message) { }

    public ProvidersFileException(string message, Exception innerException) : base(message, innerException) { }

    public ProvidersFileException() { }
}
